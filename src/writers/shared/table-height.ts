// A table's height estimated from the fonts' metrics, as the PDF sets it (same column widths, text size,
// line height and cell padding): the DOCX, which Word lays out, decides with it whether to keep a table whole.
import { plainText } from '../../compose/inline.js';
import type { TableBlock, TableCell } from '../../model/types.js';
import { measurer, type Measure } from './measure.js';
import type { TableLayout } from './table-layout.js';
import type { Theme } from './theme.js';

/** Lines a text takes in a cell `width` pt wide, its words wrapped one by one; a word wider than the cell is divided. */
function lineCount(text: string, width: number, measure: Measure, bold: boolean): number {
  const space = measure(' ', bold);
  return text.split('\n').reduce((total, line) => {
    let lines = 1;
    let used = 0;
    for (const word of line.split(/[ \t]+/).filter(Boolean)) {
      const w = measure(word, bold);
      if (used > 0 && used + space + w > width) {
        lines += 1;
        used = 0;
      }
      used += (used > 0 ? space : 0) + w;
      for (; used > width; used -= width) lines += 1;
    }
    return total + lines;
  }, 0);
}

const hasBold = (cell: TableCell | undefined) => cell?.children.some((inline) => inline.type === 'strong') === true;

/** The estimated height in pt of `table` across the text width, with the layout the writer has worked out: header row and body rows. */
export function estimatedTableHeight(table: TableBlock, theme: Theme, { fractions, size }: TableLayout): number {
  const measure = measurer(theme.font, size);
  const pad = theme.space.cellPadding;
  const rowHeight = (cells: TableCell[], header: boolean) => {
    const lines = fractions.map((f, i) =>
      lineCount(plainText(cells[i]?.children ?? []), f * theme.contentWidth - 2 * pad, measure, header || hasBold(cells[i])),
    );
    return Math.max(1, ...lines) * size * theme.lineHeight + 2 * pad;
  };
  return rowHeight(table.header, true) + table.rows.reduce((sum, row) => sum + rowHeight(row, false), 0);
}
