// Text as a reader gets it back out of our PDFs and DOCX files (pure JavaScript, no system tools).
import { strFromU8, unzipSync } from 'fflate';
import { inflateSync } from 'node:zlib';
import { getDocument, OPS, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Opens a PDF with pdfjs (fonts from the file only), lets `read` use it, and closes it again. */
export async function withPdf<T>(data: Uint8Array, read: (pdf: PDFDocumentProxy) => Promise<T>): Promise<T> {
  const pdf = await getDocument({ data: new Uint8Array(data), useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    return await read(pdf);
  } finally {
    await pdf.destroy();
  }
}

/** Visits the pages in order, each with its 1-based number. */
export async function forEachPage(pdf: PDFDocumentProxy, visit: (page: PDFPageProxy, n: number) => Promise<void>): Promise<void> {
  for (let n = 1; n <= pdf.numPages; n++) await visit(await pdf.getPage(n), n);
}

export interface PdfText {
  /** Reading text per page, without artifacts. */
  pages: string[];
  /** Everything drawn as text per page, artifacts (headers, footers) included. */
  allText: string[];
  /** The reading text of all pages with footnotes moved to the end, so a paragraph across a page break reads on. */
  flow: string;
  title?: string;
  language?: string;
}

type TextItem = { str: string; hasEOL: boolean } | { type: string; tag?: string };

/** Which text of a page to read: all of it, or without artifacts (running headers, footers, page numbers), or without notes too. */
type Reading = 'all' | 'withoutArtifacts' | 'withoutNotes' | 'notesOnly';

const LEAVES_OUT: Record<Reading, (tags: readonly (string | undefined)[]) => boolean> = {
  all: () => false,
  withoutArtifacts: (tags) => tags.includes('Artifact'),
  withoutNotes: (tags) => tags.includes('Artifact') || tags.includes('Note'),
  notesOnly: (tags) => !tags.includes('Note'),
};

/** The page's text in content order, as `reading` says. */
function readingText(items: readonly TextItem[], reading: Reading = 'withoutArtifacts'): string {
  const open: (string | undefined)[] = [];
  let text = '';
  for (const item of items) {
    if ('str' in item) {
      if (!LEAVES_OUT[reading](open)) text += item.str + (item.hasEOL ? '\n' : '');
    } else if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') {
      open.push(item.tag);
    } else if (item.type === 'endMarkedContent') {
      open.pop();
    }
  }
  return text;
}

export async function pdfText(data: Uint8Array): Promise<PdfText> {
  return withPdf(data, async (pdf) => {
    const pages: string[] = [];
    const allText: string[] = [];
    const body: string[] = [];
    const notes: string[] = [];
    await forEachPage(pdf, async (page) => {
      const { items } = await page.getTextContent({ includeMarkedContent: true });
      pages.push(readingText(items));
      allText.push(readingText(items, 'all'));
      body.push(readingText(items, 'withoutNotes'));
      notes.push(readingText(items, 'notesOnly'));
    });
    const meta = await pdf.getMetadata();
    const info = meta.info as { Title?: string; Language?: string };
    return { pages, allText, flow: [...body, ...notes].join('\n'), title: info.Title, language: info.Language };
  });
}

/** Paragraph texts of a DOCX part, one per line; table cells separated by tabs. */
export function docxXmlText(xml: string): string {
  return xml
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<w:br[^>]*\/>/g, '\n')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<\/w:tc>/g, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

export function docxParts(data: Uint8Array): Record<string, string> {
  const files = unzipSync(new Uint8Array(data));
  return Object.fromEntries(
    Object.entries(files)
      .filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels'))
      .map(([name, bytes]) => [name, strFromU8(bytes)]),
  );
}

/** Body text, then footnotes (as a reader of the file finds them). */
export function docxText(data: Uint8Array): string {
  const parts = docxParts(data);
  return ['word/document.xml', 'word/footnotes.xml'].map((name) => docxXmlText(parts[name] ?? '')).join('\n');
}

/** The first element of an XML part that starts with `open` (`<w:num w:numId="2">`), up to its end tag. */
function xmlElement(xml: string, open: string): string {
  const tag = open.match(/^<([\w:]+)/)![1];
  return xml.match(new RegExp(`${open}.*?</${tag}>`))?.[0] ?? '';
}

const attribute = (xml: string, element: string) => xml.match(new RegExp(`<${element} w:val="([^"]*)"`))?.[1];

/** The XML of the first DOCX paragraph whose text contains `text` ('' if there is none). */
export function docxParagraphXml(parts: Record<string, string>, text: string): string {
  return parts['word/document.xml']!.split('</w:p>').find((p) => docxXmlText(p).includes(text)) ?? '';
}

/** How Word numbers the list paragraph that contains `text`: its level's format, label and first number. */
export function docxListLevel(parts: Record<string, string>, text: string): { format?: string; label?: string; start: number } {
  const paragraph = docxParagraphXml(parts, text);
  const [level, numId] = [attribute(paragraph, 'w:ilvl'), attribute(paragraph, 'w:numId')];
  if (level === undefined) throw new Error(`no list paragraph with „${text}“`);
  const numbering = parts['word/numbering.xml']!;
  const num = xmlElement(numbering, `<w:num w:numId="${numId}">`);
  const abstract = xmlElement(numbering, `<w:abstractNum w:abstractNumId="${attribute(num, 'w:abstractNumId')}"`);
  const lvl = xmlElement(abstract, `<w:lvl w:ilvl="${level}"`);
  const start = attribute(xmlElement(num, `<w:lvlOverride w:ilvl="${level}">`), 'w:startOverride') ?? attribute(lvl, 'w:start');
  return { format: attribute(lvl, 'w:numFmt'), label: attribute(lvl, 'w:lvlText'), start: Number(start) };
}

/** For containment checks that do not care where lines were broken. */
export function squash(text: string): string {
  return text.replace(/[\s\u00a0\u00ad⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, '');
}

/** A PDF literal string's text: escapes undone, UTF-16 (with its byte order mark) decoded. */
function pdfLiteral(body: string): string {
  const named: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
  const bytes = body.replace(/\\([0-7]{1,3}|.)/gs, (_, escaped: string) =>
    /^[0-7]/.test(escaped) ? String.fromCharCode(parseInt(escaped, 8)) : (named[escaped] ?? escaped));
  if (!bytes.startsWith('\xfe\xff')) return bytes;
  return Buffer.from(bytes.slice(2), 'latin1').swap16().toString('utf16le');
}

/** The properties of marked-content Spans (language, alternate text), in the order pdfkit wrote the pages' content streams. */
export function pdfSpans(data: Uint8Array): { lang?: string; alt?: string }[] {
  const raw = Buffer.from(data);
  const text = raw.toString('latin1');
  const spans: { lang?: string; alt?: string }[] = [];
  for (const match of text.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    let content: string;
    try {
      content = inflateSync(raw.subarray(start, end)).toString('latin1');
    } catch {
      continue; // not a Flate stream (images, fonts in other encodings)
    }
    for (const span of content.matchAll(/\/Span <<((?:\((?:\\.|[^\\)])*\)|[^>])*)>> BDC/gs)) {
      const entries = [...span[1]!.matchAll(/\/(Lang|Alt) \(((?:\\.|[^\\)])*)\)/gs)];
      spans.push(Object.fromEntries(entries.map(([, key, value]) => [key!.toLowerCase(), pdfLiteral(value!)])));
    }
  }
  return spans;
}

/** Words inside each marked-content Span, in reading order (for pairing with pdfSpanLanguages). */
export async function pdfSpanTexts(data: Uint8Array): Promise<string[]> {
  const spans: string[] = [];
  await withPdf(data, (pdf) => forEachPage(pdf, async (page) => {
    const content = await page.getTextContent({ includeMarkedContent: true });
    const open: (number | undefined)[] = [];
    for (const item of content.items as TextItem[]) {
      if ('str' in item) {
        const index = open.findLast((i) => i !== undefined);
        if (index !== undefined) spans[index] += item.str + (item.hasEOL ? ' ' : '');
      } else if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') {
        open.push(item.tag === 'Span' ? spans.push('') - 1 : undefined);
      } else if (item.type === 'endMarkedContent') {
        open.pop();
      }
    }
  }));
  return spans.map((s) => s.replace(/\s+/g, ' ').trim());
}

export interface PlacedText {
  page: number;
  text: string;
  /** Left edge and baseline in pt, y measured from the top of the page. */
  x: number;
  y: number;
  /** Advance width of the piece in pt. */
  width: number;
  size: number;
  /** The font's name without its subset tag („Arimo-BoldItalic“), when asked for. */
  font?: string;
}

/** Every drawn text piece with its page and position, for checks of what lands where; with `fonts`, also its font (slower). */
export async function pdfPlacedTexts(data: Uint8Array, options: { fonts?: boolean } = {}): Promise<PlacedText[]> {
  const placed: PlacedText[] = [];
  await withPdf(data, (pdf) => forEachPage(pdf, async (page, n) => {
    const height = page.view[3]!;
    if (options.fonts) await page.getOperatorList(); // loads the page's fonts, with their names
    const fontOf = (id: string) => (page.commonObjs.get(id) as { name: string }).name.replace(/^[A-Z]{6}\+/, '');
    for (const item of (await page.getTextContent()).items) {
      if (!('str' in item) || !item.str.trim()) continue;
      const [a, , , d, e, f] = item.transform as number[];
      const font = options.fonts ? { font: fontOf(item.fontName) } : {};
      placed.push({ page: n, text: item.str, x: e!, y: height - f!, width: item.width, size: Math.max(Math.abs(a!), Math.abs(d!)), ...font });
    }
  }));
  return placed;
}

export interface HorizontalLine {
  page: number;
  x1: number;
  x2: number;
  /** In pt from the top of the page, as PlacedText's baseline. */
  y: number;
}

/** Every straight horizontal line stroked on the pages (rules, underlines, strike-outs); rectangles are not lines. */
export async function pdfHorizontalLines(data: Uint8Array): Promise<HorizontalLine[]> {
  const lines: HorizontalLine[] = [];
  await withPdf(data, (pdf) => forEachPage(pdf, async (page, n) => {
    const { fnArray, argsArray } = await page.getOperatorList();
    fnArray.forEach((fn, i) => {
      if (fn !== OPS.constructPath) return;
      const [ops, coords] = argsArray[i] as [number[], number[]];
      // Our pages draw top-down (pdfkit flips the y axis), so path coordinates are already measured from the top.
      if (ops.length === 2 && ops[0] === OPS.moveTo && ops[1] === OPS.lineTo && coords[1] === coords[3]) {
        lines.push({ page: n, x1: Math.min(coords[0]!, coords[2]!), x2: Math.max(coords[0]!, coords[2]!), y: coords[1]! });
      }
    });
  }));
  return lines;
}
