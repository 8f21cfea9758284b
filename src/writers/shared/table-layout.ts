// Column widths shared by both writers, like a browser's automatic table layout: every column gets at
// least its longest word, then the room left goes to the columns with longer texts.
import { plainText } from '../../compose/inline.js';
import type { TableCell } from '../../model/types.js';
import { measurer, type Measure } from './measure.js';
import type { Theme } from './theme.js';

interface Demand {
  min: number;
  max: number;
}

function columnDemand(cells: { cell: TableCell; bold: boolean }[], measure: Measure, padding: number): Demand {
  let min = 0;
  let max = 0;
  for (const { cell, bold } of cells) {
    const text = plainText(cell.children);
    for (const line of text.split('\n')) {
      max = Math.max(max, measure(line, bold));
      for (const word of line.split(/\s+/)) min = Math.max(min, measure(word, bold));
    }
  }
  return { min: min + padding, max: max + padding };
}

/** Fractions of `width`, one per column, summing to 1. */
export function columnFractions(
  header: TableCell[],
  rows: TableCell[][],
  options: { width: number; measure: Measure; padding: number; boldFirstColumn?: boolean },
): number[] {
  const count = Math.max(header.length, ...rows.map((r) => r.length));
  const demands = Array.from({ length: count }, (_, i) =>
    columnDemand(
      [
        ...(header[i] ? [{ cell: header[i]!, bold: true }] : []),
        ...rows.flatMap((r) => (r[i] ? [{ cell: r[i]!, bold: options.boldFirstColumn === true && i === 0 }] : [])),
      ],
      options.measure,
      options.padding,
    ),
  );
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const mins = demands.map((d) => d.min);
  const maxs = demands.map((d) => Math.max(d.max, d.min));
  let widths: number[];
  if (sum(maxs) <= options.width) {
    const extra = options.width - sum(maxs);
    widths = maxs.map((m) => m + (extra * m) / sum(maxs));
  } else if (sum(mins) <= options.width) {
    const room = options.width - sum(mins);
    const wish = sum(maxs) - sum(mins);
    widths = demands.map((d, i) => mins[i]! + (wish > 0 ? (room * (maxs[i]! - mins[i]!)) / wish : room / count));
  } else {
    widths = mins;
  }
  const total = sum(widths);
  return widths.map((w) => w / total);
}

/** Column fractions for a table in the theme's body font, `width` pt wide. */
export function tableFractions(table: { header: TableCell[]; rows: TableCell[][] }, theme: Theme, width: number): number[] {
  return columnFractions(table.header, table.rows, {
    width,
    measure: measurer(theme.font, theme.size.body),
    padding: 2 * theme.space.cellPadding + 1,
  });
}
