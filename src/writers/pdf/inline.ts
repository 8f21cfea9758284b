// Inline model nodes → runs of styled text, drawn with pdfkit's continued text.
import type { Inline, InlineHandlers } from '../../model/types.js';
import { glyphCheck } from '../shared/measure.js';
import { FONT, fontFor, lineGap, type PdfContext } from './context.js';

export interface Segment {
  text: string;
  bold: boolean;
  italic: boolean;
  link?: string;
  superscript?: boolean;
  /** Language of words that are not in the document's language, tagged as a Span with /Lang. */
  lang?: string;
}

type Style = Omit<Segment, 'text'>;

/**
 * Soft hyphens (U+00AD, common in text pasted from Word) mark where a word may be divided. pdfkit's line
 * breaking mishandles them (it drops real hyphens in the same text or prints the soft one); our PDF
 * lines do not divide words, so they are left out. The DOCX keeps them for Word.
 */
const SOFT_HYPHENS = /\u00ad/g;

const handlers: InlineHandlers<Style, Segment[]> = {
  text: (node, style) => [{ ...style, text: node.value.replace(SOFT_HYPHENS, '') }],
  strong: (node, style) => segments(node.children, { ...style, bold: true }),
  emphasis: (node, style) => segments(node.children, { ...style, italic: true }),
  link: (node, style) => segments(node.children, { ...style, link: node.url }),
  language: (node, style) => segments(node.children, { ...style, lang: node.lang }),
  footnoteRef: (node, style) => [{ ...style, text: superscript(node.number), superscript: true }],
  break: (_, style) => [{ ...style, text: '\n' }],
};

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** 12 → „¹²“: footnote marks as the characters a reader copies out of the PDF. */
export function superscript(n: number): string {
  return [...String(n)].map((d) => SUPERSCRIPT_DIGITS[Number(d)]).join('');
}

/** Splits text into runs the body font can show and runs that need the symbol font. */
function byCoverage(text: string, covered: (codePoint: number) => boolean): { text: string; symbol: boolean }[] {
  const runs: { text: string; symbol: boolean }[] = [];
  let start = 0;
  let symbol = false;
  for (let index = 0; index < text.length; ) {
    const codePoint = text.codePointAt(index)!;
    const needsSymbol = !covered(codePoint);
    if (needsSymbol !== symbol && index > start) {
      runs.push({ text: text.slice(start, index), symbol });
      start = index;
    }
    symbol = needsSymbol;
    index += codePoint > 0xffff ? 2 : 1;
  }
  if (text.length > start) runs.push({ text: text.slice(start), symbol });
  return runs;
}

export function segments(inlines: readonly Inline[], style: Style = { bold: false, italic: false }): Segment[] {
  return inlines.flatMap((inline) => handlers[inline.type](inline as never, style));
}

type Run = Segment & { symbol: boolean };

const sameStyle = (a: Run, b: Run) =>
  a.bold === b.bold && a.italic === b.italic && a.link === b.link && a.symbol === b.symbol && a.superscript === b.superscript && a.lang === b.lang;

/**
 * Adjacent runs in the same style become one text call. pdfkit wraps and breaks lines (also at „\n“)
 * within a call, but drops a line break that ends a continued call: a break therefore starts the next run.
 */
function mergeRuns(runs: Run[]): Run[] {
  const merged: Run[] = [];
  let pendingBreaks = '';
  for (const run of runs) {
    if (run.text === '\n') {
      pendingBreaks += '\n';
      continue;
    }
    const last = merged[merged.length - 1];
    const text = pendingBreaks + run.text;
    pendingBreaks = '';
    if (last && sameStyle(last, run)) last.text += text;
    else merged.push({ ...run, text });
  }
  const last = merged[merged.length - 1];
  if (pendingBreaks && last) last.text += pendingBreaks;
  return merged;
}

export interface TextOptions {
  size: number;
  bold?: boolean;
  align?: 'left' | 'center' | 'right' | 'justify';
  x?: number;
  width?: number;
  /** Keep everything on one line (labels). */
  noWrap?: boolean;
  /** Text colour other than the theme's (links keep theirs). */
  color?: string;
}

/** Draws inlines as one paragraph at the current y; returns nothing, advances doc.y. */
export function drawInlines(ctx: PdfContext, inlines: readonly Inline[], options: TextOptions): void {
  const { doc, theme } = ctx;
  const covered = glyphCheck(theme.font);
  const parts = mergeRuns(
    segments(inlines, { bold: options.bold ?? false, italic: false })
      .filter((s) => s.text !== '')
      .flatMap((s) => byCoverage(s.text, covered).map((run) => ({ ...s, text: run.text, symbol: run.symbol }))),
  );
  if (parts.length === 0) return;
  const x = options.x ?? ctx.x;
  const width = options.width ?? ctx.width;
  const gap = lineGap(theme, options.size);
  parts.forEach((part, index) => {
    doc.font(part.symbol ? FONT.symbol : fontFor(part.bold, part.italic)).fontSize(options.size);
    doc.fillColor(part.link ? theme.color.link : (options.color ?? theme.color.text));
    const common = {
      continued: index < parts.length - 1,
      link: part.link ?? null,
      underline: part.link !== undefined,
      lineGap: gap,
      lineBreak: !options.noWrap,
    } as const;
    if (part.lang) doc.markContent('Span', { lang: part.lang });
    if (index === 0) doc.text(part.text, x, doc.y, { ...common, width, align: options.align ?? 'left' });
    else doc.text(part.text, common as never);
    if (part.lang) doc.endMarkedContent();
  });
  doc.fillColor(theme.color.text);
}

/** Height the inlines would take in the given width (measured with one font; good for layout decisions). */
export function measureInlines(ctx: PdfContext, inlines: readonly Inline[], options: TextOptions): number {
  const parts = segments(inlines, { bold: options.bold ?? false, italic: false });
  const text = parts.map((s) => s.text).join('');
  if (!text) return 0;
  // One call measures one font: a text with bold or italic words is measured in the wider style, so the
  // room kept for it is never too small (a bold row label that wraps grows its row).
  ctx.doc.font(fontFor(parts.some((s) => s.bold), parts.some((s) => s.italic))).fontSize(options.size);
  return ctx.doc.heightOfString(text, { width: options.width ?? ctx.width, lineGap: lineGap(ctx.theme, options.size) });
}
