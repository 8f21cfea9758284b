// The few places where we reach into pdfkit's private objects, typed once.
import type PDFKit from 'pdfkit';
import { PDFDocument } from './font-cache.js';

/** An indirect PDF object: its dictionary, and `end` which writes it out. */
export interface PdfRef {
  data: Record<string, unknown>;
  end: (chunk?: Buffer) => void;
}

/** The dictionary behind a structure element, written when pdfkit flushes the element. */
export function dictionaryOf(element: PDFKit.PDFStructureElement): PdfRef {
  return (element as unknown as { dictionary: PdfRef }).dictionary;
}

/**
 * Enters each piece of `content` into the ParentTree, which leads from a page's marked content to its
 * element. pdfkit does so when the content is added to the element: for the pieces it has by then. Text
 * that runs on over a page break goes on as a new piece on the next page, which stays unregistered.
 */
export function registerInParentTree(element: PDFKit.PDFStructureElement, content: PDFKit.PDFStructureContent): void {
  (element as unknown as { _addContentToParentTree(content: PDFKit.PDFStructureContent): void })._addContentToParentTree(content);
}

/** A word as pdfkit's EmbeddedFont lays it out: glyphs and their positions, scaled to 1000 units per em. */
export interface LaidOutRun {
  glyphs: { id: number; advanceWidth: number; codePoints: number[] }[];
  positions: Record<string, number>[];
  advanceWidth: number;
}

/** pdfkit's font class for embedded TrueType fonts (not exported by pdfkit). */
export interface EmbeddedFontInternals {
  /** The parsed fontkit font, shared by all documents of the process (see ../shared/fontkit.ts). */
  font: object;
  layoutRun(text: string): LaidOutRun;
  layoutCached(text: string): LaidOutRun;
}

/** The font the document currently draws with. */
export function currentFontOf(doc: PDFKit.PDFDocument): EmbeddedFontInternals {
  return (doc as unknown as { _font: EmbeddedFontInternals })._font;
}

/** fontkit's TrueType font, as far as subsetting reads it. */
export interface FontkitTrueType {
  /** Version 0: offsets stored halved in 16 bits; 1: in 32 bits. */
  loca: { offsets: number[]; version: 0 | 1 };
  directory: { tables: Record<string, { length: number } | undefined> };
  _variationProcessor?: unknown;
  getGlyph(id: number): {
    advanceWidth: number;
    _decode(): { numberOfContours: number; components?: { glyphID: number; pos: number }[] } | null;
    _getMetrics(): { leftBearing: number };
  };
  _getTableStream(tag: string): { pos: number; readBuffer(length: number): Uint8Array };
  createSubset(): TrueTypeSubsetInternals;
}

/** fontkit's TrueType subset, which pdfkit fills while drawing and encodes when the document ends. */
export interface TrueTypeSubsetInternals {
  font: FontkitTrueType;
  /** Glyph ids of the font in the subset's order. */
  glyphs: number[];
  glyf: Uint8Array[];
  loca: { offsets: number[] };
  hmtx: { metrics: { advance: number; bearing: number }[] };
  offset: number;
  encode(): Buffer;
  includeGlyph(id: number): number;
  _addGlyph(id: number): number;
}

/** pdfkit's JPEG or PNG image before it is embedded: pixel size and `embed`, which writes its objects. */
export interface PdfImageInternals {
  width: number;
  height: number;
  /** EXIF orientation of a JPEG. */
  orientation?: number;
  /** png-js's decoder of a PNG, with the compressed pixel data. */
  image?: { imgData?: Buffer };
  embed(document: { ref(data?: Record<string, unknown>): PdfRef }): void;
}

/** Opens image data the way `doc.image()` does, without a document. */
export function openPdfImage(data: Buffer): PdfImageInternals {
  const openImage = (PDFDocument.prototype as unknown as { openImage(src: Buffer): PdfImageInternals }).openImage;
  return openImage.call({ _imageRegistry: {}, _imageCount: 0 }, data);
}

/** The next free XObject name for an image, counted like pdfkit's own (I1, I2, …). */
export function nextImageLabel(doc: PDFKit.PDFDocument): string {
  const internals = doc as unknown as { _imageCount: number };
  return `I${++internals._imageCount}`;
}
