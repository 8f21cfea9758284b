// RV307: words marked as another language, :sprache[best practice]{lang=en}, need a language tag that
// screen readers and Word understand. Without one the words are still printed, only unmarked. The text is
// read by the same Markdown parser that renders it, so check and document always agree.
import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseMarkdown } from '../markdown/parse.js';
import { CODES, type Diagnostic } from './diagnostics.js';
import { isLanguageTag } from './formats.js';
import type { LoadedSpec } from './load.js';
import { segmentsToPointer } from './positions.js';

interface Directive {
  type: string;
  name?: string;
  attributes?: Record<string, string | null | undefined> | null;
  position?: { start: { line: number; column: number } };
  children?: Directive[];
}

/** Every string of the spec with its JSON pointer. */
function strings(value: unknown, pointer = ''): { pointer: string; text: string }[] {
  if (typeof value === 'string') return [{ pointer, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${pointer}/${i}`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => strings(item, pointer + segmentsToPointer([key])));
  }
  return [];
}

function languageMarks(node: Directive): Directive[] {
  const own = node.type === 'textDirective' && node.name === 'sprache' ? [node] : [];
  return [...own, ...(node.children ?? []).flatMap(languageMarks)];
}

function check(source: LoadedSpec, pointer: string, mark: Directive): Diagnostic[] {
  const lang = mark.attributes?.lang ?? undefined;
  if (lang && isLanguageTag(lang)) return [];
  const words = toString(mark as Nodes);
  const at = mark.position?.start ?? { line: 1, column: 1 };
  return [
    {
      code: CODES.languageTag,
      severity: 'warning',
      message: lang
        ? `„${lang}“ bei „${words}“ ist kein Sprachcode; die Wörter werden ohne Sprachangabe gedruckt.`
        : `Bei „${words}“ fehlt die Sprache; die Wörter werden ohne Sprachangabe gedruckt.`,
      hint: `Schreiben Sie den Sprachcode in geschweiften Klammern dahinter, etwa :sprache[${words}]{lang=en} für Englisch, {lang=fr} für Französisch oder {lang=tr} für Türkisch.`,
      path: pointer,
      ...source.locateInText(pointer, at.line, at.column),
    },
  ];
}

/** Language marks with a missing or malformed language, in any text of the spec. */
export function languageMarkDiagnostics(source: LoadedSpec): Diagnostic[] {
  return strings(source.data)
    .filter(({ text }) => text.includes(':sprache['))
    .flatMap(({ pointer, text }) => languageMarks(parseMarkdown(text) as Directive).flatMap((mark) => check(source, pointer, mark)));
}
