// A paragraph that breaks across pages keeps at least two lines on each page. Its first line alone at
// the foot of a page moves over (an orphan); when only its last line would go over (a widow), the line
// before goes with it, and a paragraph of three lines moves whole.
import type PDFKit from 'pdfkit';
import type { Inline } from '../../model/types.js';
import { plainText } from '../../compose/inline.js';
import { FONT, type PdfContext } from './context.js';
import { drawInlines, linesPerPage, type TextOptions } from './inline.js';
import { sendOverflowTo, type PageLines } from './pdfkit-page-flow.js';

const MIN_LINES = 2;

/** The bottom margin that keeps the last line of `page` (and only it) from fitting there: half a line above its foot. */
function marginWithoutLastLine(ctx: PdfContext, page: PageLines, size: number): number {
  return ctx.doc.page.height - (page.lastFoot - (size * ctx.theme.lineHeight) / 2);
}

/** Whether the paragraph has to begin on the next page: its first line would be alone, or it has three lines and cannot leave two on each page. */
function beginsOnNextPage(pages: readonly PageLines[]): boolean {
  if (pages.length < 2) return false;
  const [first, second] = [pages[0]!, pages[1]!];
  return first.lines < MIN_LINES || (pages.length === 2 && second.lines < MIN_LINES && first.lines <= MIN_LINES);
}

/** Symbols from the fallback font may be wider than the body font's bold: room to spare for them. */
const WIDTH_SLACK = 1.1;

/**
 * Whether the paragraph certainly ends on the current page, so it needs no dry run (most paragraphs
 * stand well above the foot of the page). Words measured in bold, the widest style, from the shared
 * word cache; a line wrapped word by word is never shorter than the width less the longest word, so
 * each hard-broken line takes at most ⌈width of its words / (width − longest word)⌉ lines.
 */
function surelyFits(ctx: PdfContext, inlines: readonly Inline[], options: TextOptions): boolean {
  const { doc } = ctx;
  const width = options.width ?? ctx.width;
  doc.font(FONT.bold).fontSize(options.size);
  const space = doc.widthOfString(' ');
  let lines = 0;
  for (const line of plainText(inlines).split('\n')) {
    let total = 0;
    let longest = 0;
    for (const word of line.split(' ')) {
      const w = doc.widthOfString(word) * WIDTH_SLACK;
      total += w + space;
      longest = Math.max(longest, w);
    }
    if (longest > width / 2) return false;
    lines += Math.max(1, Math.ceil(total / (width - longest)));
  }
  const lineHeight = options.size * ctx.theme.lineHeight;
  return doc.y + (lines + 1) * lineHeight <= doc.page.maxY();
}

/**
 * Draws `inlines` as one paragraph from the current y, with at least two of its lines on every page.
 * `wrap` runs the drawing (inside the paragraph's marked content): a page break decided here comes
 * before it, so the marked content opens on the page where the text begins.
 */
export function drawParagraphLines(ctx: PdfContext, inlines: readonly Inline[], options: TextOptions, wrap: (draw: () => void) => void): void {
  if (surelyFits(ctx, inlines, options)) return wrap(() => drawInlines(ctx, inlines, options));
  let pages = linesPerPage(ctx, inlines, options);
  if (beginsOnNextPage(pages)) {
    ctx.doc.addPage();
    pages = linesPerPage(ctx, inlines, options);
  }
  if (pages.at(-1)!.lines >= MIN_LINES || pages.length === 1) return wrap(() => drawInlines(ctx, inlines, options));
  drawWithoutWidow(ctx, inlines, options, pages, wrap);
}

/** Draws the paragraph with the page before its last one line shorter: the current page, or one the paragraph opens. */
function drawWithoutWidow(ctx: PdfContext, inlines: readonly Inline[], options: TextOptions, pages: readonly PageLines[], wrap: (draw: () => void) => void): void {
  const { doc } = ctx;
  const shortened = pages.length - 2;
  const shorten = (page: PDFKit.PDFPage) => {
    const bottom = page.margins.bottom;
    page.margins.bottom = marginWithoutLastLine(ctx, pages[shortened]!, options.size);
    return () => void (page.margins.bottom = bottom);
  };
  let restore = shortened === 0 ? shorten(doc.page) : () => {};
  let breaks = 0;
  const nextPage = () => {
    doc.addPage();
    if (++breaks === shortened) restore = shorten(doc.page);
  };
  try {
    wrap(() => sendOverflowTo(doc, nextPage, () => drawInlines(ctx, inlines, options)));
  } finally {
    restore();
  }
}
