// Inline model nodes → runs of styled text, drawn with pdfkit's continued text.
import type { Inline, InlineHandlers } from '../../model/types.js';
import { glyphCheck } from '../shared/measure.js';
import { FONT, fontFor, lineGap, type PdfContext } from './context.js';
import { dryRun, type PageLines } from './pdfkit-page-flow.js';

export interface Segment {
  text: string;
  bold: boolean;
  italic: boolean;
  /** Struck out (~~…~~). */
  strike?: boolean;
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
  deleted: (node, style) => segments(node.children, { ...style, strike: true }),
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
  a.bold === b.bold && a.italic === b.italic && a.strike === b.strike && a.link === b.link && a.symbol === b.symbol && a.superscript === b.superscript && a.lang === b.lang;

/**
 * The lines that hard breaks make of a paragraph, each a list of runs; adjacent runs in the same style
 * become one text call. Each line starts a new pdfkit text at the left edge: within one continued call,
 * pdfkit would indent the line after a break by as much as the call started to the right (past the
 * words before it), and it drops a break that ends a continued call. A line between two breaks keeps
 * its height (it holds the break itself); a break at the end of the paragraph adds none, as in Word.
 */
function linesOf(runs: Run[]): Run[][] {
  let line: Run[] = [];
  const lines = [line];
  for (const run of runs) {
    if (run.text === '\n') {
      if (line.length === 0) line.push({ ...run });
      lines.push((line = []));
      continue;
    }
    const last = line[line.length - 1];
    if (last && sameStyle(last, run)) last.text += run.text;
    else line.push({ ...run });
  }
  if (line.length === 0) lines.pop();
  return lines;
}

export interface TextOptions {
  size: number;
  bold?: boolean;
  italic?: boolean;
  align?: 'left' | 'center' | 'right' | 'justify';
  x?: number;
  width?: number;
  /** Keep everything on one line (labels). */
  noWrap?: boolean;
  /** Text colour other than the theme's (links keep theirs). */
  color?: string;
}

/** The lines drawInlines makes of inlines, each a list of runs of text, one text call per run. */
function linesOfInlines(ctx: PdfContext, inlines: readonly Inline[], options: TextOptions): Run[][] {
  const covered = glyphCheck(ctx.theme.font);
  return linesOf(
    segments(inlines, { bold: options.bold ?? false, italic: options.italic ?? false })
      .filter((s) => s.text !== '')
      .flatMap((s) => byCoverage(s.text, covered).map((run) => ({ ...s, text: run.text, symbol: run.symbol }))),
  );
}

/**
 * Sets each run's font and passes each line to pdfkit as one continued text from the current y, with
 * `around` around each call (colour, marked spans) when drawing for real.
 */
function textCalls(ctx: PdfContext, lines: readonly Run[][], options: TextOptions, around: (run: Run, call: () => void) => void = (_, call) => call()): void {
  const { doc } = ctx;
  const x = options.x ?? ctx.x;
  const width = options.width ?? ctx.width;
  const gap = lineGap(ctx.theme, options.size);
  for (const runs of lines) {
    runs.forEach((run, index) => {
      doc.font(run.symbol ? FONT.symbol : fontFor(run.bold, run.italic)).fontSize(options.size);
      const common = {
        continued: index < runs.length - 1,
        link: run.link ?? null,
        underline: run.link !== undefined,
        strike: run.strike === true,
        lineGap: gap,
        lineBreak: !options.noWrap,
      } as const;
      around(run, () => {
        if (index === 0) doc.text(run.text, x, doc.y, { ...common, width, align: options.align ?? 'left' });
        else doc.text(run.text, common as never);
      });
    });
  }
}

/**
 * The marked-content spans a run is drawn in: the language of its words, and for struck words what a
 * screen reader says instead of them, since a line through them is not read out (copied text keeps
 * just the words).
 */
function spansOf(run: Run): { lang?: string; alt?: string }[] {
  return [...(run.lang ? [{ lang: run.lang }] : []), ...(run.strike ? [{ alt: `gestrichen: ${run.text}` }] : [])];
}

/** Draws inlines as one paragraph at the current y; returns nothing, advances doc.y. */
export function drawInlines(ctx: PdfContext, inlines: readonly Inline[], options: TextOptions): void {
  const { doc, theme } = ctx;
  const lines = linesOfInlines(ctx, inlines, options);
  if (lines.length === 0) return;
  textCalls(ctx, lines, options, (run, call) => {
    doc.fillColor(run.link ? theme.color.link : (options.color ?? theme.color.text));
    const spans = spansOf(run);
    for (const span of spans) doc.markContent('Span', span as never);
    call();
    for (const _ of spans) doc.endMarkedContent();
  });
  doc.fillColor(theme.color.text);
}

/** Where drawInlines would put the lines of `inlines` from the current y: how many on each page, exactly as drawn; nothing is drawn. */
export function linesPerPage(ctx: PdfContext, inlines: readonly Inline[], options: TextOptions): PageLines[] {
  const lines = linesOfInlines(ctx, inlines, options);
  return dryRun(ctx.doc, ctx.theme.margin.bottom, () => textCalls(ctx, lines, options));
}

/** Height the inlines would take in the given width (measured with one font; good for layout decisions). */
export function measureInlines(ctx: PdfContext, inlines: readonly Inline[], options: TextOptions): number {
  const parts = segments(inlines, { bold: options.bold ?? false, italic: options.italic ?? false });
  const text = parts.map((s) => s.text).join('');
  if (!text) return 0;
  // One call measures one font: a text with bold or italic words is measured in the wider style, so the
  // room kept for it is never too small (a bold row label that wraps grows its row).
  ctx.doc.font(fontFor(parts.some((s) => s.bold), parts.some((s) => s.italic))).fontSize(options.size);
  // Line by line, as drawInlines draws them: a word before a break is measured without the break.
  const lines = text.split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  const measure = { width: options.width ?? ctx.width, lineGap: lineGap(ctx.theme, options.size) };
  return lines.reduce((height, line) => height + ctx.doc.heightOfString(line || '\n', measure), 0);
}
