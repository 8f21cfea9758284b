// How both writers label list items, by nesting depth (0 = top level) or as the writer typed them.
import type { ListNumbering } from '../../model/types.js';

/** Bullets by depth, repeating after four levels. */
export const BULLETS = ['•', '–', '◦', '▪'] as const;

export const bulletAt = (depth: number): string => BULLETS[depth % BULLETS.length]!;

const BY_DEPTH: readonly ListNumbering[] = [
  { counter: 'decimal', pattern: '%.' },
  { counter: 'lowerLetter', pattern: '%)' },
  { counter: 'decimal', pattern: '%.' },
];

/** An ordered list's labels: as written, else a), b) … at the second level (and every third below it), 1., 2. … elsewhere. */
export const numberingAt = (depth: number, written?: ListNumbering): ListNumbering => written ?? BY_DEPTH[depth % BY_DEPTH.length]!;

/** Letters as Word counts them: a … z, then aa … zz, aaa … */
function letters(n: number): string {
  return String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

const COUNTERS: Record<ListNumbering['counter'], (n: number) => string> = {
  decimal: String,
  lowerLetter: letters,
  upperLetter: (n) => letters(n).toUpperCase(),
};

/** The label of item number `n` („3.“, „c)“, „(3)“). */
export const labelText = (numbering: ListNumbering, n: number): string => numbering.pattern.replace('%', COUNTERS[numbering.counter](n));
