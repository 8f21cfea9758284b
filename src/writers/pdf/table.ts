// Grid tables for PDF: rows kept whole where they fit on a page (a row taller than a page goes on over
// the next ones), the header row repeated (as Artifact) after a page break, tagged TR/TH/TD.
import { group, pageBottom, pageRoom, type PdfContext } from './context.js';
import { notesSharingPage, pendingNotes, placeNotesAtFoot } from './footnotes.js';
import { KEEP_TOGETHER_ROWS } from '../shared/table-layout.js';
import { drawRow, measureRow, type GridOptions, type RowLayout } from './grid-row.js';
import { drawRowAcrossPages } from './row-across-pages.js';

export type { GridOptions } from './grid-row.js';

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
    const first = rows[0] ? roomToStart(ctx, rows[0], header, options) + pendingNotes(ctx, rowInlines(rows[0])).height : 0;
    if (ctx.doc.y + (header?.height ?? 0) + (keep ? whole : first + headNotes.height) > pageBottom(ctx.doc)) ctx.doc.addPage();
    if (header) group({ ...ctx, parent: table }, 'TR', (tr) => drawRow(ctx, header, options, tr));
    placeNotesAtFoot(ctx, headNotes);
    for (const row of rows) {
      const notes = notesSharingPage(ctx, pendingNotes(ctx, rowInlines(row)), row.height + (header?.height ?? 0));
      if (ctx.doc.y + roomToStart(ctx, row, header, options) + notes.height > pageBottom(ctx.doc)) {
        ctx.doc.addPage();
        if (header) drawRow(ctx, header, options);
      }
      group({ ...ctx, parent: table }, 'TR', (tr) =>
        fitsOnPage(ctx, row, header) ? drawRow(ctx, row, options, tr) : drawRowAcrossPages(ctx, row, options, header, tr),
      );
      placeNotesAtFoot(ctx, notes);
    }
  });
}
