// A worker renders the copies a file lists one after another. Loading the file and its table for each
// copy made a batch of n copies read n tables: with 400 rows that took 30 ms a copy, more than rendering
// it. A worker therefore keeps the copies of the file it last loaded, for as long as every file they were
// read from (the spec, its bases, the table) has the same text. A changed file is loaded anew, so a copy
// never renders from an outdated text; the copies are not changed by checking or rendering them.
import { readFileSync } from 'node:fs';
import { loadWithBasis } from '../spec/basis.js';
import { copiesOf } from '../spec/copies.js';
import type { LoadedSpec } from '../spec/load.js';

interface Kept {
  file: string;
  /** The text of every file the copies were read from. */
  texts: Map<string, string>;
  copies: LoadedSpec[];
}

let kept: Kept | undefined;

function textOf(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

const unchanged = (texts: ReadonlyMap<string, string>): boolean => [...texts].every(([file, text]) => textOf(file) === text);

/** The specs a file makes (see copiesOf), loaded once while its files stay as they are. */
export function keptCopiesOf(file: string): LoadedSpec[] {
  if (kept?.file === file && unchanged(kept.texts)) return kept.copies;
  const copies = copiesOf(loadWithBasis(file));
  const files = copies[0]?.copy ? copies[0].files : [];
  const texts = new Map(files.map((read) => [read, textOf(read)] as const));
  // Only a list that could be read is kept; a wrong one is reported by the one job its file makes.
  kept = files.length > 0 && [...texts.values()].every((text) => text !== undefined) ? { file, texts: texts as Map<string, string>, copies } : undefined;
  return copies;
}
