// The PDF layouts made so far, one per model. The DOCX writer takes its table-of-contents page numbers
// from the PDF layout of the same model, so when both formats are rendered the layout (two or three
// passes for a long report) is done once. Kept apart from the writer: asking whether a model was laid
// out already does not load pdfkit.
import type { DocumentModel } from '../../model/types.js';
import type { Theme } from '../shared/theme.js';

export interface Pass {
  pdf: Buffer;
  /** Page number of each heading, in document order. */
  pages: number[];
  pageCount: number;
}

const layouts = new WeakMap<DocumentModel, { theme: Theme; pass: Promise<Pass> }>();

/** The layout of `model` in `theme`, if one was made or is under way. */
export function knownLayout(model: DocumentModel, theme: Theme): Promise<Pass> | undefined {
  const known = layouts.get(model);
  return known?.theme === theme ? known.pass : undefined;
}

export function rememberLayout(model: DocumentModel, theme: Theme, pass: Promise<Pass>): Promise<Pass> {
  layouts.set(model, { theme, pass });
  return pass;
}
