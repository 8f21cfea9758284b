// PDF writer: document setup (start-pass.ts), the first page's foot, the block handlers, then notes and
// footers on every page.
import type { DocumentModel } from '../../model/types.js';
import { allBlocks, hasContents } from '../../model/content.js';
import type { Theme } from '../shared/theme.js';
import { artifact, FONT, type Doc, type PdfContext } from './context.js';
import { drawBlocks } from './handlers.js';
import { drawPageFeet, remainingNotes } from './footnotes.js';
import { navigation } from './navigation.js';
import { startPass } from './start-pass.js';
import { drawFirstPageFoot, measureFirstPageFoot, type FirstPageFoot } from './first-page-foot.js';
import { headingsOf, type HeadingEntry } from '../shared/headings.js';
import { prepareImages, type PreparedImages } from './images.js';
import { knownLayout, rememberLayout, type Pass } from './layouts.js';

/** The running header on pages after the first: small text above a thin rule. */
function drawRunningHeader(doc: Doc, theme: Theme, ctx: PdfContext, text: string): void {
  const y = theme.margin.top / 2 - theme.size.small / 2;
  artifact(
    ctx,
    () => {
      doc.font(FONT.regular).fontSize(theme.size.small).fillColor(theme.color.text);
      doc.text(text, theme.margin.left, y, { lineBreak: false, width: theme.contentWidth, ellipsis: true });
      const rule = y + theme.size.small * 1.4;
      doc.moveTo(theme.margin.left, rule).lineTo(theme.page.width - theme.margin.right, rule).lineWidth(0.4).strokeColor(theme.color.rule).stroke();
    },
    'Pagination',
  );
}

/** Running header (from page 2), footer text and „Seite X von Y“ on every page, as pagination artifacts. */
function drawPageFurniture(doc: Doc, theme: Theme, ctx: PdfContext, runningHeader?: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    if (runningHeader && i > range.start) drawRunningHeader(doc, theme, ctx, runningHeader);
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - theme.margin.bottom / 2 - theme.size.small; // the house margin: footnotes raise the page's own
    artifact(
      ctx,
      () => {
        doc.font(FONT.regular).fontSize(theme.size.small).fillColor(theme.color.text);
        doc.text(theme.footerText, theme.margin.left, y, { lineBreak: false });
        const label = `Seite ${i + 1} von ${range.count}`;
        const right = theme.page.width - theme.margin.right;
        doc.text(label, right - doc.widthOfString(label), y, { lineBreak: false });
      },
      'Pagination',
    );
    doc.page.margins.bottom = bottomMargin;
  }
}

/**
 * Renders the document. With a table of contents, a first pass finds the pages of the headings and a
 * second prints them (a third only if printing them moved a heading).
 */
export async function renderPdf(model: DocumentModel, theme: Theme): Promise<Buffer> {
  return (await layoutPdf(model, theme)).pdf;
}

/** The PDF and the page of every heading (in document order), for tables of contents elsewhere (see layouts.ts). */
export function layoutPdf(model: DocumentModel, theme: Theme): Promise<Pass> {
  return knownLayout(model, theme) ?? rememberLayout(model, theme, layoutOnce(model, theme));
}

/** What every pass over a model draws with: its headings, its images decoded, its first page's foot measured. */
interface Prepared {
  headings: HeadingEntry[];
  images: PreparedImages;
  foot?: FirstPageFoot;
}

async function layoutOnce(model: DocumentModel, theme: Theme): Promise<Pass> {
  const images = await prepareImages(allBlocks(model));
  const prepared: Prepared = {
    headings: headingsOf(model.blocks),
    images,
    ...(model.firstPageFoot ? { foot: measureFirstPageFoot(model, theme, images, model.firstPageFoot) } : {}),
  };
  let pass = await renderPass(model, theme, prepared);
  if (!hasContents(model)) return pass;
  for (let i = 0; i < 2; i++) {
    const next = await renderPass(model, theme, prepared, pass.pages);
    const settled = next.pages.every((page, index) => page === pass.pages[index]);
    pass = next;
    if (settled) break;
  }
  return pass;
}

async function renderPass(model: DocumentModel, theme: Theme, { headings, images, foot }: Prepared, knownPages?: number[]): Promise<Pass> {
  const { doc, ctx, root, done } = startPass(model, theme, images, navigation(headings, knownPages));
  const footBox = foot && drawFirstPageFoot(ctx, foot);
  drawBlocks(model.blocks, ctx);
  remainingNotes(ctx);
  if (footBox) {
    root.add(footBox);
    footBox.end();
  }
  drawPageFeet(ctx);
  drawPageFurniture(doc, theme, ctx, model.meta.runningHeader);
  root.end();
  doc.end();
  const pageCount = doc.bufferedPageRange().count;
  return { pdf: await done, pages: ctx.nav.pages, pageCount };
}
