// One row of a PDF grid: measured, framed and drawn, its cells tagged TH/TD (or drawn as an Artifact
// when it repeats the header row on a later page).
import type { Align, TableCell } from '../../model/types.js';
import { artifact, tagged, type PdfContext, type StructElement } from './context.js';
import { drawInlines, measureInlines } from './inline.js';

export interface GridOptions {
  header?: TableCell[];
  rows: TableCell[][];
  fractions: number[];
  /** Text size in pt (tables may set smaller than body text so that long words fit). */
  size: number;
  align: Align[];
  /** Draw borders and header shading (false for borderless layout grids such as header fields). */
  ruled: boolean;
  /** First column is a row header (TH with Scope Row), as in label/value grids. */
  rowHeaders?: boolean;
  /** Rows that stay on the page of the row after them (a finance plan's group). */
  groupHeads?: number[];
}

export interface RowLayout {
  cells: TableCell[];
  height: number;
  isHeader: boolean;
}

export function cellWidth(ctx: PdfContext, fraction: number): number {
  return fraction * ctx.width;
}

const isHeaderCell = (row: RowLayout, options: GridOptions, column: number) => row.isHeader || (options.rowHeaders === true && column === 0);

/**
 * Where the text of cell `column` goes: inside the cell's padding. A borderless grid (the header fields)
 * has no frame to keep the text off, so its first column starts at the text edge, as body text does.
 */
function textBox(ctx: PdfContext, options: GridOptions, column: number): { x: number; width: number } {
  const pad = ctx.theme.space.cellPadding;
  const left = ctx.x + options.fractions.slice(0, column).reduce((sum, f) => sum + cellWidth(ctx, f), 0);
  const inset = options.ruled || column > 0 ? pad : 0;
  return { x: left + inset, width: cellWidth(ctx, options.fractions[column]!) - inset - pad };
}

export function measureRow(ctx: PdfContext, cells: TableCell[], options: GridOptions, isHeader: boolean): RowLayout {
  const pad = ctx.theme.space.cellPadding;
  const row = { cells, height: 0, isHeader };
  const heights = options.fractions.map((_, i) =>
    measureInlines(ctx, cells[i]?.children ?? [], { size: options.size, bold: isHeaderCell(row, options, i), width: textBox(ctx, options, i).width }),
  );
  return { ...row, height: Math.max(options.size * 1.2, ...heights) + 2 * pad };
}

/** Borders (and a header row's shading) of a row, or of the part of a row on one page, from `y` down. */
export function drawFrame(ctx: PdfContext, y: number, height: number, row: RowLayout, options: GridOptions): void {
  if (!options.ruled) return;
  const { doc, theme } = ctx;
  artifact(ctx, () => {
    if (row.isHeader) doc.rect(ctx.x, y, ctx.width, height).fill(theme.color.tableHeader);
    doc.lineWidth(0.5).strokeColor(theme.color.rule);
    let x = ctx.x;
    for (const f of options.fractions) {
      doc.rect(x, y, cellWidth(ctx, f), height).stroke();
      x += cellWidth(ctx, f);
    }
    doc.fillColor(theme.color.text);
  });
}

/** Draws the text of cell `column` from `y` on: tagged under `tr`, or as an Artifact without one. */
export function drawCell(ctx: PdfContext, y: number, row: RowLayout, column: number, options: GridOptions, tr?: StructElement): void {
  const isTh = isHeaderCell(row, options, column);
  const draw = () => {
    ctx.doc.y = y + ctx.theme.space.cellPadding;
    drawInlines(ctx, row.cells[column]?.children ?? [], {
      size: options.size,
      bold: isTh,
      ...textBox(ctx, options, column),
      align: options.align[column] ?? 'left',
    });
  };
  const scope = row.isHeader ? 'Column' : 'Row';
  if (tr) tagged(ctx, isTh ? 'TH' : 'TD', draw, tr, isTh ? { attributes: { O: 'Table', Scope: scope } } : {});
  else artifact(ctx, draw, 'Pagination');
}

/** Draws a row that fits on the page at the current y, and moves below it. */
export function drawRow(ctx: PdfContext, row: RowLayout, options: GridOptions, tr?: StructElement): void {
  const y = ctx.doc.y;
  drawFrame(ctx, y, row.height, row, options);
  options.fractions.forEach((_, column) => drawCell(ctx, y, row, column, options, tr));
  ctx.doc.y = y + row.height;
}
