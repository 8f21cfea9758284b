// Grid tables for PDF: rows kept whole where they fit on a page (a row taller than a page goes on over
// the next ones), the header row repeated (as Artifact) after a page break, tagged TR/TH/TD.
import type { FieldsBlock, TableBlock } from '../../model/types.js';
import { group, pageBottom, pageRoom, type Doc, type PdfContext } from './context.js';
import { notesSharingPage, pendingNotes, placeNotesAtFoot } from './footnotes.js';
import { tableLayout } from '../shared/table-layout.js';
import { keepsWhole, ROWS_KEPT_WITH_NEXT } from '../shared/table-keeping.js';
import { drawRow, measureRow, type GridOptions, type RowLayout } from './grid-row.js';
import { drawRowAcrossPages } from './row-across-pages.js';

/** Lines of a row taller than a page that have to fit below the current y for the row to start there. */
const FIRST_LINES_OF_A_TALL_ROW = 3;

const rowInlines = (row: RowLayout) => row.cells.flatMap((cell) => cell.children);

/** Whether the row fits on one page below the header row; if not, it is split across pages. */
const fitsOnPage = (ctx: PdfContext, row: RowLayout, header: RowLayout | undefined) => row.height + (header?.height ?? 0) <= pageRoom(ctx.doc);

/** The room a row needs below the current y to start there: all of it, or the first lines of a row taller than a page. */
function roomToStart(ctx: PdfContext, row: RowLayout, header: RowLayout | undefined, options: GridOptions): number {
  if (fitsOnPage(ctx, row, header)) return row.height;
  return FIRST_LINES_OF_A_TALL_ROW * options.size * ctx.theme.lineHeight + 2 * ctx.theme.space.cellPadding;
}

/** The grid of a Markdown table: ruled, with its header row. */
function tableGrid(node: TableBlock, ctx: PdfContext): GridOptions {
  return { header: node.header, rows: node.rows, ...tableLayout(node, ctx.theme, ctx.width), align: node.align, ruled: true, groupHeads: node.groupHeads };
}

/** The borderless label/value grid of header fields („Vorlagen-Nr.“ …). */
function fieldsGrid(node: FieldsBlock, ctx: PdfContext): GridOptions {
  return {
    rows: node.items.map((item) => [{ children: [{ type: 'text', value: item.label }] }, { children: item.value }]),
    fractions: [0.3, 0.7],
    size: ctx.theme.size.body,
    align: ['left', 'left'],
    ruled: false,
    rowHeaders: true,
  };
}

/** The blocks drawn as a grid. */
export type GridBlock = TableBlock | FieldsBlock;

const GRIDS: { [K in GridBlock['type']]: (node: Extract<GridBlock, { type: K }>, ctx: PdfContext) => GridOptions } = { table: tableGrid, fields: fieldsGrid };

interface MeasuredGrid {
  header?: RowLayout;
  rows: RowLayout[];
}

interface BlockGrid {
  options: GridOptions;
  grid: MeasuredGrid;
}

/**
 * Grids laid out and measured, by block, with the document and column width they were measured for: what
 * keeps with a grid from above (a heading, an introduction) measures it to find its start, and drawing it
 * takes the same measures instead of laying out and measuring every cell again.
 */
const measured = new WeakMap<GridBlock, BlockGrid & { doc: Doc; width: number }>();

function blockGrid(node: GridBlock, ctx: PdfContext): BlockGrid {
  const known = measured.get(node);
  if (known?.doc === ctx.doc && known.width === ctx.width) return known;
  const options = (GRIDS[node.type] as (node: GridBlock, ctx: PdfContext) => GridOptions)(node, ctx);
  const entry = { options, grid: measureGrid(ctx, options), doc: ctx.doc, width: ctx.width };
  measured.set(node, entry);
  return entry;
}

function measureGrid(ctx: PdfContext, options: GridOptions): MeasuredGrid {
  return {
    header: options.header ? measureRow(ctx, options.header, options, true) : undefined,
    rows: options.rows.map((cells) => measureRow(ctx, cells, options, false)),
  };
}

const heightOf = (rows: readonly RowLayout[]) => rows.reduce((sum, row) => sum + row.height, 0);

/**
 * The room a grid needs below the current y to begin there: all of it when it is short enough to be
 * kept on one page together with `lead` (what keeps with it from above: a heading, an introduction)
 * and `next` (what it keeps with below: a note), else its header row and the start of its first row;
 * with the footnotes these reference.
 */
function roomToBegin(ctx: PdfContext, grid: MeasuredGrid, options: GridOptions, lead: number | 'led', next: number): number {
  const { header, rows } = grid;
  const headerHeight = header?.height ?? 0;
  const headNotes = pendingNotes(ctx, header ? rowInlines(header) : []).height;
  const whole = heightOf(rows) + pendingNotes(ctx, [...(header ? rowInlines(header) : []), ...rows.flatMap(rowInlines)]).height;
  // Right under what leads into it, a grid never moves away: that decided already whether the grid fits whole.
  const short = keepsWhole(rows.length, headerHeight + heightOf(rows), ctx.theme);
  const keep = lead !== 'led' && short && lead + headerHeight + whole + next <= pageRoom(ctx.doc);
  const first = rows[0] ? roomForGroup(ctx, grid, 0, options) + pendingNotes(ctx, rowInlines(rows[0])).height + headNotes : 0;
  return headerHeight + (keep ? whole + next : first);
}

/**
 * The room row `index` needs below the current y: its own (with the rows it heads), and for one of the last rows of a grid also
 * the rows after it and `next`, the start of a block kept with the grid (a note). So the last row (a
 * total, say) never stands alone on a page, and a note never begins a page alone. Not for the first row
 * (it stays under the header row) nor when these do not fit on a page anyway.
 */
function roomForRow(ctx: PdfContext, grid: MeasuredGrid, index: number, options: GridOptions, next: number): number {
  const { header, rows } = grid;
  const own = roomForGroup(ctx, grid, index, options);
  if (index === 0 || index < rows.length - ROWS_KEPT_WITH_NEXT) return own;
  const tail = heightOf(rows.slice(index)) + next;
  return tail + (header?.height ?? 0) <= pageRoom(ctx.doc) ? Math.max(own, tail) : own;
}

/**
 * The room row `index` needs below the current y to start there: its own, or for a row that heads the
 * rows below it also the rows up to the first that heads none, so a group's title never ends a page.
 * Not when they do not fit on a page together.
 */
function roomForGroup(ctx: PdfContext, { header, rows }: MeasuredGrid, index: number, options: GridOptions): number {
  const own = roomToStart(ctx, rows[index]!, header, options);
  let last = index;
  while (options.groupHeads?.includes(last) && last < rows.length - 1) last += 1;
  if (last === index) return own;
  const group = heightOf(rows.slice(index, last)) + roomToStart(ctx, rows[last]!, header, options);
  return group + (header?.height ?? 0) <= pageRoom(ctx.doc) ? group : own;
}

/** The room a grid needs to begin below the current y, after `lead` points of what keeps with it and with `next` below it. */
export function gridStartHeight(ctx: PdfContext, node: GridBlock, lead: number, next = 0): number {
  const { options, grid } = blockGrid(node, ctx);
  return roomToBegin(ctx, grid, options, lead, next);
}

// A row that references footnotes is drawn with its notes at the foot of its page (as a paragraph is):
// the notes' height counts when deciding whether the row, or a short table, still fits. `next` is the
// room the block after the grid needs when the grid keeps its last rows with it (see roomForRow).
export function drawGrid(ctx: PdfContext, node: GridBlock, next = 0): void {
  const { options, grid } = blockGrid(node, ctx);
  const { header, rows } = grid;
  group(ctx, 'Table', (table) => {
    if (ctx.doc.y + roomToBegin(ctx, grid, options, ctx.ledIn ? 'led' : 0, next) > pageBottom(ctx.doc)) ctx.doc.addPage();
    const headNotes = pendingNotes(ctx, header ? rowInlines(header) : []);
    if (header) group({ ...ctx, parent: table }, 'TR', (tr) => drawRow(ctx, header, options, tr));
    placeNotesAtFoot(ctx, headNotes);
    rows.forEach((row, index) => {
      const notes = notesSharingPage(ctx, pendingNotes(ctx, rowInlines(row)), row.height + (header?.height ?? 0));
      if (ctx.doc.y + roomForRow(ctx, grid, index, options, next) + notes.height > pageBottom(ctx.doc)) {
        ctx.doc.addPage();
        if (header) drawRow(ctx, header, options);
      }
      group({ ...ctx, parent: table }, 'TR', (tr) =>
        fitsOnPage(ctx, row, header) ? drawRow(ctx, row, options, tr) : drawRowAcrossPages(ctx, row, options, header, tr),
      );
      placeNotesAtFoot(ctx, notes);
    });
  });
}
