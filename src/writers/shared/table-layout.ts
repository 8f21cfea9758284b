// Column widths shared by both writers, like a browser's automatic table layout: every column gets at
// least its longest word, then the room left goes to the columns with longer texts.
import { plainText } from '../../compose/inline.js';
import type { TableBlock, TableCell } from '../../model/types.js';
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
      // No-break spaces (as in „10.000,00 €“) keep their neighbours together.
      for (const word of line.split(/[ \t]+/)) min = Math.max(min, measure(word, bold));
    }
  }
  return { min: min + padding, max: max + padding };
}

/**
 * Widths no wider than `cap`, where `cap` is as wide as `width` allows: when the longest words of all
 * columns together are too wide, only the columns with the longest words give way (their words break),
 * and columns of short words and figures keep theirs („10.000 €“ never splits for a long URL beside it).
 */
function capWidest(mins: number[], width: number): number[] {
  const ascending = [...mins].sort((a, b) => a - b);
  let below = 0;
  for (const [index, min] of ascending.entries()) {
    const cap = (width - below) / (ascending.length - index);
    if (cap <= min) return mins.map((m) => Math.min(m, cap));
    below += min;
  }
  return mins;
}

/**
 * Fractions of `width`, one per column, summing to 1; and how wide the longest words need it to be.
 * `headers` are header rows (bold): one table's, or those of tables that line up with it.
 */
export function columnFractions(
  headers: TableCell[][],
  rows: TableCell[][],
  options: { width: number; measure: Measure; padding: number; boldFirstColumn?: boolean },
): { fractions: number[]; minWidth: number } {
  const count = Math.max(...headers.map((h) => h.length), ...rows.map((r) => r.length));
  const demands = Array.from({ length: count }, (_, i) =>
    columnDemand(
      [
        ...headers.flatMap((header) => (header[i] ? [{ cell: header[i]!, bold: true }] : [])),
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
    widths = capWidest(mins, options.width);
  }
  const total = sum(widths);
  return { fractions: widths.map((w) => w / total), minWidth: sum(mins) };
}

/** A table may set its text up to this much smaller so that its longest words fit. */
const MIN_TABLE_SCALE = 0.8;

export interface TableLayout {
  fractions: number[];
  /** Font size for the table's text in pt. */
  size: number;
}

/**
 * Column widths and text size for a table `width` pt wide in the theme's body font; tables it is aligned
 * with are measured with it, so they all come out alike.
 */
export function tableLayout(table: Pick<TableBlock, 'header' | 'rows' | 'alignedWith'>, theme: Theme, width: number): TableLayout {
  const tables = [table, ...(table.alignedWith ?? [])];
  const headers = tables.map((t) => t.header);
  const rows = tables.flatMap((t) => t.rows);
  const layoutAt = (size: number) =>
    columnFractions(headers, rows, { width, measure: measurer(theme.font, size), padding: 2 * theme.space.cellPadding + 1 });
  const padding = 2 * theme.space.cellPadding + 1;
  const atBody = layoutAt(theme.size.body);
  if (atBody.minWidth <= width) return { fractions: atBody.fractions, size: theme.size.body };
  const columns = atBody.fractions.length;
  const scale = Math.max(MIN_TABLE_SCALE, (width - columns * padding) / (atBody.minWidth - columns * padding));
  // In half points, rounded down: rounded up, the longest words would not fit after all.
  const size = Math.max(MIN_TABLE_SCALE * theme.size.body, Math.floor(theme.size.body * scale * 2) / 2);
  return { fractions: layoutAt(size).fractions, size };
}
