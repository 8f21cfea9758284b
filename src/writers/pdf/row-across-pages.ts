// A grid row taller than a page: its cells go on over the next pages, below the header row repeated there.
import { pageBottom, type PdfContext, type StructElement } from './context.js';
import { drawCell, drawFrame, drawRow, type GridOptions, type RowLayout } from './grid-row.js';
import { sendOverflowTo } from './pdfkit-page-flow.js';

/**
 * Draws `row` from the current y (on the document's last page) over as many pages as its longest cell
 * needs. Each cell starts at the row's top; where its text runs past a page's bottom it goes on at the
 * top of the next page, below the room kept for the header: on a page an earlier, longer cell already
 * opened, or on a new one. Frames and the repeated header rows follow once every cell is set.
 */
export function drawRowAcrossPages(ctx: PdfContext, row: RowLayout, options: GridOptions, header: RowLayout | undefined, tr: StructElement): void {
  const { doc } = ctx;
  const pad = ctx.theme.space.cellPadding;
  const range = doc.bufferedPageRange();
  const first = range.start + range.count - 1;
  const top = doc.y;
  const continuedTop = () => doc.page.margins.top + (header?.height ?? 0);
  let page = first;
  let last = first;
  let end = top + pad; // lowest text end on the last page
  const nextPage = () => {
    page += 1;
    if (page <= last) {
      doc.switchToPage(page);
    } else {
      doc.addPage();
      last = page;
      end = continuedTop() + pad;
    }
    doc.y = continuedTop() + pad;
  };
  options.fractions.forEach((_, column) => {
    doc.switchToPage((page = first));
    sendOverflowTo(doc, nextPage, () => drawCell(ctx, top, row, column, options, tr));
    if (page === last) end = Math.max(end, doc.y);
  });
  for (let p = first; p <= last; p++) {
    doc.switchToPage(p);
    const segmentTop = p === first ? top : continuedTop();
    if (p > first && header) {
      doc.y = doc.page.margins.top;
      drawRow(ctx, header, options);
    }
    drawFrame(ctx, segmentTop, (p === last ? end + pad : pageBottom(doc)) - segmentTop, row, options);
  }
  doc.y = end + pad;
}
