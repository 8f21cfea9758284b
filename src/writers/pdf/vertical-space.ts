// Space between blocks, as Word lays it out: where one block's space below meets the next block's space
// above, the larger of the two separates them, not their sum. So a heading after a paragraph stands 12 pt
// below it (not 6 + 12), and the PDF keeps the rhythm the DOCX shows in Word or LibreOffice.
import type PDFKit from 'pdfkit';
import type { PdfContext } from './context.js';

/** The space added last: how much, and where it ended (nothing was drawn since if y and page are still the same). */
export interface LastSpace {
  points: number;
  y: number;
  page?: PDFKit.PDFPage;
}

export function noSpaceYet(): LastSpace {
  return { points: 0, y: Number.NaN };
}

/** Moves down by `points`, less the space just added above it, if nothing was drawn in between. */
export function addSpace(ctx: PdfContext, points: number): void {
  const { doc, lastSpace } = ctx;
  const adjoins = lastSpace.page === doc.page && lastSpace.y === doc.y;
  doc.y += adjoins ? Math.max(0, points - lastSpace.points) : points;
  lastSpace.points = adjoins ? Math.max(lastSpace.points, points) : points;
  lastSpace.y = doc.y;
  lastSpace.page = doc.page;
}

/** The space below a paragraph: a list item's inside a list (items follow closely), else a paragraph's. */
export const spaceBelowParagraph = (ctx: PdfContext): number => (ctx.listDepth > 0 ? ctx.theme.space.listItem : ctx.theme.space.paragraph);
