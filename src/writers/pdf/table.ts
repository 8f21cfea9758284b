// Grid tables for PDF: measured rows, header repeated (as Artifact) after a page break, tagged TR/TH/TD.
import type { Align, TableCell } from '../../model/types.js';
import { artifact, group, pageBottom, pageRoom, tagged, type PdfContext, type StructElement } from './context.js';
import { drawInlines, measureInlines } from './inline.js';
import { notesSharingPage, pendingNotes, placeNotesAtFoot } from './footnotes.js';
import { KEEP_TOGETHER_ROWS } from '../shared/table-layout.js';

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
}

interface RowLayout {
  cells: TableCell[];
  height: number;
  isHeader: boolean;
}

function cellWidth(ctx: PdfContext, fraction: number): number {
  return fraction * ctx.width;
}

function measureRow(ctx: PdfContext, cells: TableCell[], options: GridOptions, isHeader: boolean): RowLayout {
  const pad = ctx.theme.space.cellPadding;
  const heights = options.fractions.map((f, i) =>
    measureInlines(ctx, cells[i]?.children ?? [], {
      size: options.size,
      bold: isHeader || (options.rowHeaders === true && i === 0),
      width: cellWidth(ctx, f) - 2 * pad,
    }),
  );
  return { cells, height: Math.max(options.size * 1.2, ...heights) + 2 * pad, isHeader };
}

function drawFrame(ctx: PdfContext, y: number, row: RowLayout, options: GridOptions): void {
  if (!options.ruled) return;
  const { doc, theme } = ctx;
  artifact(ctx, () => {
    if (row.isHeader) doc.rect(ctx.x, y, ctx.width, row.height).fill(theme.color.tableHeader);
    doc.lineWidth(0.5).strokeColor(theme.color.rule);
    let x = ctx.x;
    for (const f of options.fractions) {
      doc.rect(x, y, cellWidth(ctx, f), row.height).stroke();
      x += cellWidth(ctx, f);
    }
    doc.fillColor(theme.color.text);
  });
}

function drawCells(ctx: PdfContext, y: number, row: RowLayout, options: GridOptions, tr?: StructElement): void {
  const pad = ctx.theme.space.cellPadding;
  let x = ctx.x;
  options.fractions.forEach((f, i) => {
    const width = cellWidth(ctx, f) - 2 * pad;
    const isTh = row.isHeader || (options.rowHeaders === true && i === 0);
    const draw = () => {
      ctx.doc.y = y + pad;
      drawInlines(ctx, row.cells[i]?.children ?? [], {
        size: options.size,
        bold: isTh,
        x: x + pad,
        width,
        align: options.align[i] ?? 'left',
      });
    };
    const scope = row.isHeader ? 'Column' : 'Row';
    if (tr) tagged(ctx, isTh ? 'TH' : 'TD', draw, tr, isTh ? { attributes: { O: 'Table', Scope: scope } } : {});
    else artifact(ctx, draw, 'Pagination');
    x += cellWidth(ctx, f);
  });
}

function drawRow(ctx: PdfContext, row: RowLayout, options: GridOptions, tr?: StructElement): void {
  const y = ctx.doc.y;
  drawFrame(ctx, y, row, options);
  drawCells(ctx, y, row, options, tr);
  ctx.doc.y = y + row.height;
}

const rowInlines = (row: RowLayout) => row.cells.flatMap((cell) => cell.children);

// A row that references footnotes is drawn with its notes at the foot of its page (as a paragraph is):
// the notes' height counts when deciding whether the row, or a short table, still fits.
export function drawGrid(ctx: PdfContext, options: GridOptions): void {
  const header = options.header ? measureRow(ctx, options.header, options, true) : undefined;
  const rows = options.rows.map((cells) => measureRow(ctx, cells, options, false));
  group(ctx, 'Table', (table) => {
    const allNotes = pendingNotes(ctx, [...(header ? rowInlines(header) : []), ...rows.flatMap(rowInlines)]).height;
    const headNotes = pendingNotes(ctx, header ? rowInlines(header) : []);
    const whole = rows.reduce((sum, row) => sum + row.height, 0) + allNotes;
    const keep = rows.length <= KEEP_TOGETHER_ROWS && (header?.height ?? 0) + whole <= pageRoom(ctx.doc);
    const first = (rows[0]?.height ?? 0) + headNotes.height + pendingNotes(ctx, rows[0] ? rowInlines(rows[0]) : []).height;
    if (ctx.doc.y + (header?.height ?? 0) + (keep ? whole : first) > pageBottom(ctx.doc)) ctx.doc.addPage();
    if (header) group({ ...ctx, parent: table }, 'TR', (tr) => drawRow(ctx, header, options, tr));
    placeNotesAtFoot(ctx, headNotes);
    for (const row of rows) {
      const notes = notesSharingPage(ctx, pendingNotes(ctx, rowInlines(row)), row.height);
      if (ctx.doc.y + row.height + notes.height > pageBottom(ctx.doc)) {
        ctx.doc.addPage();
        if (header) drawRow(ctx, header, options);
      }
      group({ ...ctx, parent: table }, 'TR', (tr) => drawRow(ctx, row, options, tr));
      placeNotesAtFoot(ctx, notes);
    }
  });
}
