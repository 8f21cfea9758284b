// Page numbers for the DOCX table of contents, taken from our PDF layout of the same document: the fonts
// share their metrics (Arimo/Arial, Tinos/Times), so headings land on the same pages. docx asks an
// "estimator" for the page of each bookmark; its heading bookmarks come in the order of the headings.
import type { EstimatedPageNumbers, PageNumberEstimator } from 'docx';
import type { DocumentModel } from '../../model/types.js';
import { headingsOf } from '../shared/headings.js';
import type { Theme } from '../shared/theme.js';

function bookmarkNames(node: unknown, out: string[]): string[] {
  if (Array.isArray(node)) node.forEach((child) => bookmarkNames(child, out));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'w:bookmarkStart') {
        const attrs = (Array.isArray(value) ? value : [value]).find((v) => v && typeof v === 'object' && '_attr' in v) as
          | { _attr: Record<string, string> }
          | undefined;
        const name = attrs?._attr['w:name'];
        if (name) out.push(name);
      } else bookmarkNames(value, out);
    }
  }
  return out;
}

export async function tocPageEstimator(model: DocumentModel, theme: Theme, maxLevel: number): Promise<PageNumberEstimator> {
  const { layoutPdf } = await import('../pdf/index.js');
  const { pages, pageCount } = await layoutPdf(model, theme);
  const listed = headingsOf(model.blocks).filter((h) => h.level <= maxLevel);
  const estimator = (body: unknown): EstimatedPageNumbers => {
    const names = bookmarkNames(body, []);
    const bookmarks = new Map<string, string>();
    const numbers = new Map<string, number>();
    names.slice(0, listed.length).forEach((name, i) => {
      const page = pages[listed[i]!.index];
      if (page !== undefined) {
        bookmarks.set(name, String(page));
        numbers.set(name, page);
      }
    });
    return { bookmarks, bookmarkPageNumbers: numbers, pageCount };
  };
  return estimator as PageNumberEstimator;
}
