// Headings as places to go: named destinations for links, bookmarks (the PDF outline) nested by level,
// the page each heading lands on, and the table of contents drawn from them.
import type { HeadingBlock, TocBlock } from '../../model/types.js';
import { anchorName, type HeadingEntry } from '../shared/headings.js';
import { addSpace } from './vertical-space.js';
import { FONT, ensureSpace, group, lineGap, tagged, type Doc, type PdfContext } from './context.js';
import { headingStyle } from '../shared/theme.js';

interface OutlineItem {
  addItem(title: string, options?: { expanded?: boolean }): OutlineItem;
}

export interface Navigation {
  /** The document's headings in order. */
  headings: HeadingEntry[];
  /** Page numbers of the headings from the previous pass (for the table of contents), if any. */
  knownPages?: number[];
  /** Page numbers found in this pass. */
  pages: number[];
  /** Open outline items by level, to nest bookmarks. */
  outline: OutlineItem[];
}

export function navigation(headings: HeadingEntry[], knownPages?: number[]): Navigation {
  return { headings, knownPages, pages: [], outline: [] };
}

const currentPage = (doc: Doc) => doc.bufferedPageRange().start + doc.bufferedPageRange().count;

/** Called where a heading is drawn: destination, bookmark, page. */
export function markHeading(ctx: PdfContext, node: HeadingBlock, text: string): void {
  const nav = ctx.nav;
  const index = nav.pages.length;
  nav.pages.push(currentPage(ctx.doc));
  ctx.doc.addNamedDestination(anchorName(index), 'XYZ', ctx.x, ctx.doc.page.height - ctx.doc.y, null);
  const parent = nav.outline[node.level - 2] ?? (ctx.doc.outline as unknown as OutlineItem);
  nav.outline[node.level - 1] = parent.addItem(text, { expanded: node.level === 1 });
  nav.outline.length = node.level;
}

/**
 * How wide the last line of `text` is when wrapped at `width`, word by word as pdfkit wraps it: where the
 * dot leaders of a table-of-contents entry that takes two lines begin.
 */
function lastLineWidth(doc: Doc, text: string, width: number): number {
  const space = doc.widthOfString(' ');
  let line = 0;
  for (const word of text.split(' ')) {
    const w = doc.widthOfString(word);
    line = line > 0 && line + space + w <= width ? line + space + w : w;
  }
  return Math.min(line, width);
}

/** The table of contents: one linked line per heading, page numbers right-aligned after dot leaders. */
export function drawToc(ctx: PdfContext, node: TocBlock): void {
  const { doc, theme } = ctx;
  const size = theme.size.body;
  tagged(ctx, 'P', () => {
    doc.font(FONT.bold).fontSize(headingStyle(theme, 1).size);
    doc.text(node.title, ctx.x, doc.y, { lineGap: lineGap(theme, size) });
  });
  doc.y += theme.space.headingAfter * 2;
  const entries = ctx.nav.headings.filter((h) => h.level <= node.maxLevel && h.text.trim() !== '');
  group(ctx, 'TOC', (toc) => {
    for (const entry of entries) {
      const page = String(ctx.nav.knownPages?.[entry.index] ?? 0);
      const indent = (entry.level - 1) * theme.space.listIndent;
      ensureSpace(ctx, size * theme.lineHeight);
      const y = doc.y;
      tagged(
        ctx,
        'TOCI',
        () => {
          doc.font(entry.level === 1 ? FONT.bold : FONT.regular).fontSize(size).fillColor(theme.color.text);
          const numberWidth = doc.widthOfString(page);
          const textWidth = ctx.width - indent - numberWidth - 24;
          doc.text(entry.text, ctx.x + indent, y, { width: textWidth, lineGap: lineGap(theme, size) });
          const bottom = doc.y;
          const dotsFrom = ctx.x + indent + lastLineWidth(doc, entry.text, textWidth) + 4;
          const dotsTo = ctx.x + ctx.width - numberWidth - 4;
          const lastLine = bottom - size * theme.lineHeight;
          doc.text(page, ctx.x + ctx.width - numberWidth, lastLine, { lineBreak: false });
          if (dotsTo > dotsFrom) {
            doc.fontSize(size * 0.8).text('.'.repeat(Math.floor((dotsTo - dotsFrom) / doc.widthOfString('.'))), dotsFrom, lastLine + size * 0.15, { lineBreak: false });
          }
          // One link over the whole entry, text and page number (pdfkit's goTo option fails without line breaks).
          doc.goTo(ctx.x + indent, y, ctx.width - indent, bottom - y, anchorName(entry.index));
          doc.y = bottom;
        },
        toc,
        { linkDescription: `Gehe zu ${entry.text}, Seite ${page}` },
      );
    }
  });
  addSpace(ctx, theme.space.paragraph);
}
