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
