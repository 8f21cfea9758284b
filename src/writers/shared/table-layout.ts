// Column widths shared by both writers: proportional to the text each column holds, within bounds.
import { plainText } from '../../compose/inline.js';
import type { TableCell } from '../../model/types.js';

const MIN_SHARE = 0.08;

/** Longest word and total length decide how much room a column asks for. */
function demand(cells: TableCell[]): number {
  const texts = cells.map((c) => plainText(c.children));
  const longestWord = Math.max(1, ...texts.flatMap((t) => t.split(/\s+/).map((w) => w.length)));
  const longestText = Math.max(1, ...texts.map((t) => t.length));
  return Math.max(longestWord * 1.5, Math.min(longestText, 60));
}

/** Fractions of the available width, one per column, summing to 1. */
export function columnFractions(header: TableCell[], rows: TableCell[][]): number[] {
  const count = Math.max(header.length, ...rows.map((r) => r.length));
  const demands = Array.from({ length: count }, (_, i) =>
    demand([header[i], ...rows.map((r) => r[i])].filter((c): c is TableCell => c !== undefined)),
  );
  const total = demands.reduce((a, b) => a + b, 0);
  const raw = demands.map((d) => Math.max(MIN_SHARE, d / total));
  const sum = raw.reduce((a, b) => a + b, 0);
  return raw.map((r) => r / sum);
}
