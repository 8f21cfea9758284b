// PDF writer: document setup (fonts, metadata, tagging), the block handlers, then footers on every page.
import type { DocumentModel } from '../../model/types.js';
import type { Theme } from '../shared/theme.js';
import { PDFDocument } from './font-cache.js';
import { artifact, FONT, registerFonts, type Doc, type PdfContext } from './context.js';
import { drawBlocks } from './handlers.js';
import { archivalMetadata, PDF_SUBSET } from './archive.js';
import { noSpaceYet } from './vertical-space.js';
import { drawPageFeet, footnoteState, remainingNotes } from './footnotes.js';
import { navigation } from './navigation.js';
import { tagLinks } from './links.js';
import { headingsOf, type HeadingEntry } from '../shared/headings.js';
import { prepareImages, type PreparedImages } from './images.js';

function createDocument(model: DocumentModel, theme: Theme): Doc {
  return new PDFDocument({
    size: [theme.page.width, theme.page.height],
    margins: theme.margin,
    bufferPages: true,
    autoFirstPage: true,
    tagged: true,
    lang: model.meta.language,
    displayTitle: true,
    pdfVersion: '1.7',
    subset: PDF_SUBSET,
    font: null as never,
    info: {
      Title: model.meta.title,
      Subject: model.meta.subject,
      Author: model.meta.author,
      Creator: 'ratsvorlage',
      Producer: 'ratsvorlage',
      CreationDate: model.meta.created,
      ModDate: model.meta.created,
    },
  });
}

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

function toBuffer(doc: Doc): Promise<Buffer> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolvePromise(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

export interface Pass {
  pdf: Buffer;
  /** Page number of each heading, in document order. */
  pages: number[];
  pageCount: number;
}

/**
 * Renders the document. With a table of contents, a first pass finds the pages of the headings and a
 * second prints them (a third only if printing them moved a heading).
 */
export async function renderPdf(model: DocumentModel, theme: Theme): Promise<Buffer> {
  return (await layoutPdf(model, theme)).pdf;
}

// The DOCX writer takes its table-of-contents page numbers from the PDF layout of the same model, so
// when both formats are rendered the layout (two or three passes for a long report) is done once.
const layouts = new WeakMap<DocumentModel, { theme: Theme; pass: Promise<Pass> }>();

/** The PDF and the page of every heading (in document order), for tables of contents elsewhere. */
export function layoutPdf(model: DocumentModel, theme: Theme): Promise<Pass> {
  const known = layouts.get(model);
  if (known?.theme === theme) return known.pass;
  const pass = layoutOnce(model, theme);
  layouts.set(model, { theme, pass });
  return pass;
}

async function layoutOnce(model: DocumentModel, theme: Theme): Promise<Pass> {
  const headings = headingsOf(model.blocks);
  const images = await prepareImages(model.blocks);
  let pass = await renderPass(model, theme, headings, images);
  if (!model.blocks.some((b) => b.type === 'toc')) return pass;
  for (let i = 0; i < 2; i++) {
    const next = await renderPass(model, theme, headings, images, pass.pages);
    const settled = next.pages.every((page, index) => page === pass.pages[index]);
    pass = next;
    if (settled) break;
  }
  return pass;
}

async function renderPass(model: DocumentModel, theme: Theme, headings: HeadingEntry[], images: PreparedImages, knownPages?: number[]): Promise<Pass> {
  const doc = createDocument(model, theme);
  archivalMetadata(doc);
  const done = toBuffer(doc);
  registerFonts(doc, theme);
  tagLinks(doc);
  const root = doc.struct('Document');
  doc.addStructure(root);
  const textWidth = theme.page.width - theme.margin.left - theme.margin.right;
  const ctx: PdfContext = {
    doc,
    theme,
    x: theme.margin.left,
    width: textWidth,
    parent: root,
    listDepth: 0,
    notes: footnoteState(model.footnotes, { x: theme.margin.left, width: textWidth }),
    nav: navigation(headings, knownPages),
    images,
    lastSpace: noSpaceYet(),
  };
  drawBlocks(model.blocks, ctx);
  remainingNotes(ctx);
  drawPageFeet(ctx);
  drawPageFurniture(doc, theme, ctx, model.meta.runningHeader);
  root.end();
  doc.end();
  const pageCount = doc.bufferedPageRange().count;
  return { pdf: await done, pages: ctx.nav.pages, pageCount };
}

