// The few places where we reach into pdfkit's private objects, typed once.
import type PDFKit from 'pdfkit';

/** An indirect PDF object: its dictionary, and `end` which writes it out. */
export interface PdfRef {
  data: Record<string, unknown>;
  end: () => void;
}

/** The dictionary behind a structure element, written when pdfkit flushes the element. */
export function dictionaryOf(element: PDFKit.PDFStructureElement): PdfRef {
  return (element as unknown as { dictionary: PdfRef }).dictionary;
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
  loca: { offsets: number[] };
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
  glyf: Uint8Array[];
  loca: { offsets: number[] };
  hmtx: { metrics: { advance: number; bearing: number }[] };
  offset: number;
  includeGlyph(id: number): number;
  _addGlyph(id: number): number;
}
