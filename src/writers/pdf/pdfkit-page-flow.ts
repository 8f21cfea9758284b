// How pdfkit's text flows from page to page, steered through its private methods (typed once here):
// where the text goes on after a page's bottom, and a dry run that shows where lines would fall.
import type PDFKit from 'pdfkit';

interface PageFlowInternals {
  continueOnNewPage(): unknown;
  endPageMarkings(page: PDFKit.PDFPage): unknown[];
  initPageMarkings(markings: unknown[]): void;
  /** Draws one line of wrapped text and moves y below it (bound to the document, an own property). */
  _line(text: string, options: { lineGap?: number }, wrapper?: unknown): void;
  _lineGap: number;
  /** The fill colour pdfkit sets again on every page its text continues on. */
  _fillColor?: unknown;
}

const internals = (doc: PDFKit.PDFDocument) => doc as unknown as PageFlowInternals;

/** Runs `run` with some of the document's members replaced, and puts the document's own back after. */
function withMembers(doc: PDFKit.PDFDocument, members: Partial<PageFlowInternals>, run: () => void): void {
  const target = internals(doc) as unknown as Record<string, unknown>;
  const saved = Object.keys(members).map((key) => [key, Object.hasOwn(target, key), target[key]] as const);
  Object.assign(target, members);
  try {
    run();
  } finally {
    for (const [key, own, value] of saved) {
      if (own) target[key] = value;
      else delete target[key]; // pdfkit's method from its prototype again
    }
  }
}

/**
 * Runs `draw` with text that runs past the page's bottom continuing where `nextPage` goes (it switches
 * to or adds a page and sets y), instead of on a new page at the end. Open marked content (a cell's TD)
 * is closed on the page left and reopened on the next, as pdfkit does for its own page breaks.
 */
export function sendOverflowTo(doc: PDFKit.PDFDocument, nextPage: () => void, draw: () => void): void {
  const flow = internals(doc);
  const continueOnNewPage = () => {
    const markings = flow.endPageMarkings(doc.page);
    nextPage();
    flow.initPageMarkings(markings);
    return doc;
  };
  withMembers(doc, { continueOnNewPage }, draw);
}

/** The lines a text puts on one page: how many, the top of the last, and its foot as pdfkit reckons it (against the page's bottom). */
export interface PageLines {
  lines: number;
  lastTop: number;
  lastFoot: number;
}

/**
 * Lays out text calls (`layout`) from the current position as pdfkit would draw them, drawing nothing:
 * pdfkit breaks the lines and pages, we note where each line falls. A page break stays on the current
 * page, with y at its top and its bottom margin set to `nextBottom`, that of the page pdfkit would add.
 */
export function dryRun(doc: PDFKit.PDFDocument, nextBottom: number, layout: () => void): PageLines[] {
  const flow = internals(doc);
  const { x, y, page } = doc;
  const bottom = page.margins.bottom;
  const pages: PageLines[] = [{ lines: 0, lastTop: y, lastFoot: y }];
  const _line: PageFlowInternals['_line'] = (_text, options) => {
    const current = pages.at(-1)!;
    // The continued runs of one line (a bold word) report that line again, at the same top.
    if (current.lines === 0 || current.lastTop !== doc.y) {
      current.lines += 1;
      current.lastTop = doc.y;
      current.lastFoot = doc.y + doc.currentLineHeight(true);
    }
    doc.y += doc.currentLineHeight(true) + (options.lineGap || flow._lineGap || 0);
  };
  const continueOnNewPage = () => {
    pages.push({ lines: 0, lastTop: page.margins.top, lastFoot: page.margins.top });
    page.margins.bottom = nextBottom;
    doc.y = page.margins.top;
    return doc;
  };
  try {
    withMembers(doc, { _line, continueOnNewPage, _fillColor: undefined }, layout);
  } finally {
    page.margins.bottom = bottom;
    [doc.x, doc.y] = [x, y];
  }
  return pages;
}
