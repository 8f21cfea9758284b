// The headings of a document in order, for tables of contents and bookmarks (both writers).
import { plainText } from '../../compose/inline.js';
import type { Block } from '../../model/types.js';

export interface HeadingEntry {
  /** Position among all headings, the same in every pass and writer. */
  index: number;
  level: number;
  text: string;
}

function collect(blocks: readonly Block[], out: HeadingEntry[]): void {
  for (const block of blocks) {
    if (block.type === 'heading') out.push({ index: out.length, level: block.level, text: plainText(block.children) });
    else if (block.type === 'list') block.items.forEach((item) => collect(item, out));
  }
}

export function headingsOf(blocks: readonly Block[]): HeadingEntry[] {
  const out: HeadingEntry[] = [];
  collect(blocks, out);
  return out;
}

export const anchorName = (index: number) => `ueberschrift-${index + 1}`;
