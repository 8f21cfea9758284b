// Footnotes of a document that embeds another (a Mitteilungsvorlage with its Jahresbericht): both number
// their notes from 1, so the embedded notes are set apart first and then all are numbered anew in the
// order their marks appear, as a reader meets them.
import type { Block, Footnote } from '../model/types.js';

type NoteRef = { type: 'footnoteRef'; number: number };

const isNoteRef = (value: object): value is NoteRef => (value as { type?: unknown }).type === 'footnoteRef';

/** A copy of `value` (blocks, inlines: plain data) with every footnote mark renumbered. */
function withNumbers<T>(value: T, renumber: (n: number) => number): T {
  if (Array.isArray(value)) return value.map((item) => withNumbers(item, renumber)) as T;
  if (value === null || typeof value !== 'object') return value;
  if (isNoteRef(value)) return { ...value, number: renumber(value.number) };
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withNumbers(item, renumber)])) as T;
}

/** The footnote numbers in the order their marks appear (each once). */
function markOrder(value: unknown, order: Set<number> = new Set()): Set<number> {
  if (Array.isArray(value)) value.forEach((item) => markOrder(item, order));
  else if (value !== null && typeof value === 'object') {
    if (isNoteRef(value)) order.add(value.number);
    else Object.values(value).forEach((item) => markOrder(item, order));
  }
  return order;
}

/** Embedded blocks and notes with numbers above the host's `count`, so they cannot clash. */
export function afterHostNotes(count: number, blocks: Block[], notes: Footnote[]): { blocks: Block[]; footnotes: Footnote[] } {
  const shift = (n: number) => n + count;
  return { blocks: withNumbers(blocks, shift), footnotes: notes.map((note) => ({ number: shift(note.number), children: withNumbers(note.children, shift) })) };
}

/** Blocks and notes numbered 1, 2, 3 … in the order the marks appear; a note without a mark keeps its place after them. */
export function numberedInReadingOrder(blocks: Block[], notes: Footnote[]): { blocks: Block[]; footnotes: Footnote[] } {
  const order = [...markOrder(blocks), ...notes.map((note) => note.number)];
  const numbers = new Map<number, number>();
  for (const old of order) if (!numbers.has(old)) numbers.set(old, numbers.size + 1);
  const renumber = (n: number) => numbers.get(n) ?? n;
  const footnotes = notes
    .map((note) => ({ number: renumber(note.number), children: withNumbers(note.children, renumber) }))
    .sort((a, b) => a.number - b.number);
  return { blocks: withNumbers(blocks, renumber), footnotes };
}
