// Every text value of a spec with its JSON pointer, for checks that read what a user wrote.
import { segmentsToPointer } from './positions.js';

export interface SpecString {
  pointer: string;
  text: string;
}

export function specStrings(value: unknown, pointer = ''): SpecString[] {
  if (typeof value === 'string') return [{ pointer, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => specStrings(item, `${pointer}/${i}`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => specStrings(item, pointer + segmentsToPointer([key])));
  }
  return [];
}

/** „U+1F44D“: a character's code point as Unicode writes it. */
export const codePointLabel = (character: string): string => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Line and column (from 1) of a UTF-16 offset within a text. */
export function positionInText(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}
