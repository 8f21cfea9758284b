// How both writers label list items, by nesting depth (0 = top level) or as the writer typed them.
import type { ListBlock, ListNumbering } from '../../model/types.js';
import { measurer } from './measure.js';
import type { Theme } from './theme.js';

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

/** The label of a list's item `index`, the list standing at nesting depth `depth`. */
export const itemLabel = (list: ListBlock, index: number, depth: number): string =>
  list.ordered ? labelText(numberingAt(depth, list.numbering), list.start + index) : bulletAt(depth);

/** The least room between a label and its item's text, as a share of the body size. */
const LABEL_GAP = 0.4;

/**
 * How far a list's text stands in from its labels, in pt: the theme's list indent, or as much more as its
 * widest label needs („10.“, „(12)“), so that the text of all its items begins in one column, clear of them.
 */
export function labelColumn(list: ListBlock, depth: number, theme: Theme): number {
  const { listIndent } = theme.space;
  if (!list.ordered) return listIndent;
  const size = theme.size.body;
  const measure = measurer(theme.font, size);
  const widest = Math.max(...list.items.map((_, index) => measure(itemLabel(list, index, depth), false)));
  return Math.max(listIndent, Math.ceil(widest + LABEL_GAP * size));
}
