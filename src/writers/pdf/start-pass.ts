// A new PDF document set up for one pass over a model: fonts, metadata, tagging, and the drawing context.
import type { DocumentModel } from '../../model/types.js';
import type { Theme } from '../shared/theme.js';
import { PDFDocument } from './font-cache.js';
import { registerFonts, type Doc, type PdfContext, type StructElement } from './context.js';
import { archivalMetadata, PDF_SUBSET } from './archive.js';
import { noSpaceYet } from './vertical-space.js';
import { footnoteState } from './footnotes.js';
import type { Navigation } from './navigation.js';
import { tagLinks } from './links.js';
import type { PreparedImages } from './images.js';

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

function toBuffer(doc: Doc): Promise<Buffer> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolvePromise(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

export interface StartedPass {
  doc: Doc;
  ctx: PdfContext;
  /** The structure tree's root (Document): end it when all is drawn. */
  root: StructElement;
  /** The PDF's bytes, once the document is ended. */
  done: Promise<Buffer>;
}

/** A document on its first page, with the context to draw the model's blocks into it. */
export function startPass(model: DocumentModel, theme: Theme, images: PreparedImages, nav: Navigation): StartedPass {
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
    nav,
    images,
    lastSpace: noSpaceYet(),
  };
  return { doc, ctx, root, done };
}
