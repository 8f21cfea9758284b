// The PDF drawing context: where we are on the page, which fonts, and structure tagging.
import type PDFKit from 'pdfkit';
import type { Block } from '../../model/types.js';
import type { Theme } from '../shared/theme.js';
import type { FootnoteState } from './footnotes.js';
import type { Navigation } from './navigation.js';
import type { PreparedImages } from './images.js';
import type { LastSpace } from './vertical-space.js';
import { fontBytes, SYMBOL_FONT_FILE, type FontStyle } from '../shared/fonts.js';
import { fontkit } from '../shared/fontkit.js';
import { naturalLineHeight } from '../shared/measure.js';
import { owningLinks } from './links.js';
import { currentFontOf, dictionaryOf, registerInParentTree, type FontkitTrueType } from './pdfkit-internals.js';
import { shareShapedWords } from './shaped-words.js';
import { shareSubsetGlyphs } from './subset-glyphs.js';

export type Doc = PDFKit.PDFDocument;
export type StructElement = PDFKit.PDFStructureElement;

export interface PdfContext {
  doc: Doc;
  theme: Theme;
  /** Left edge and width of the column we draw into. */
  x: number;
  width: number;
  /** The structure element new content is tagged under. */
  parent: StructElement;
  listDepth: number;
  /** Footnotes of the document and which are already placed. */
  notes: FootnoteState;
  /** Headings: destinations, bookmarks, pages for the table of contents. */
  nav: Navigation;
  /** The document's images, decoded beforehand (see images.ts). */
  images: PreparedImages;
  /** The space between blocks added last, shared by the whole document (see vertical-space.ts). */
  lastSpace: LastSpace;
  /** The blocks after the one being drawn, at the same level (a heading stays with their start). */
  after?: readonly Block[];
  /** The block before this one keeps with it (a heading, an introducing paragraph): it must not move away alone. */
  ledIn?: boolean;
}

export const FONT: Record<FontStyle | 'symbol', string> = {
  regular: 'body-regular',
  bold: 'body-bold',
  italic: 'body-italic',
  boldItalic: 'body-bold-italic',
  symbol: 'symbol',
};

const STYLES: readonly FontStyle[] = ['regular', 'bold', 'italic', 'boldItalic'];

/**
 * Fonts are parsed once per process and shared by all documents, but each document starts with fresh
 * glyph objects: fontkit fixes a glyph's code points when the glyph is first met, so glyphs left over
 * from an earlier document (say, a „U“ first decoded as part of a composite „Ü“) would decide how this
 * document's text copies out of the PDF. Drawing a document is synchronous, so no other document can
 * touch the glyphs in between. What is the same for every document (shaped words, glyph bytes for
 * subsets) is shared as plain data instead; see shaped-words.ts and subset-glyphs.ts.
 */
export function registerFonts(doc: Doc, theme: Theme): void {
  const files = [...STYLES.map((style) => theme.font.files[style]), SYMBOL_FONT_FILE];
  for (const file of files) (fontkit.create(fontBytes(file)) as unknown as { _glyphs: unknown })._glyphs = {};
  for (const style of STYLES) doc.registerFont(FONT[style], fontBytes(theme.font.files[style]));
  doc.registerFont(FONT.symbol, fontBytes(SYMBOL_FONT_FILE));
  doc.font(FONT.regular);
  shareShapedWords(doc);
  shareSubsetGlyphs(currentFontOf(doc).font as FontkitTrueType);
}

export function fontFor(bold: boolean, italic: boolean): string {
  if (bold && italic) return FONT.boldItalic;
  if (bold) return FONT.bold;
  return italic ? FONT.italic : FONT.regular;
}

/** Extra space between lines so the line height matches the theme (PDFKit sets the font's own first). */
export function lineGap(theme: Theme, size: number): number {
  return size * (theme.lineHeight - naturalLineHeight(theme.font));
}

/** Bottom of the writable area of the current page. */
export function pageBottom(doc: Doc): number {
  return doc.page.height - doc.page.margins.bottom;
}

/** Height of the writable area of the current page, between its top and bottom margins. */
export function pageRoom(doc: Doc): number {
  return pageBottom(doc) - doc.page.margins.top;
}

/** Starts a new page unless `height` points still fit below the current position. */
export function ensureSpace(ctx: PdfContext, height: number): void {
  if (ctx.doc.y + height > pageBottom(ctx.doc)) ctx.doc.addPage();
}

/** A structure element holding drawn content: <type> with marked content inside. */
export function tagged(
  ctx: PdfContext,
  type: string,
  draw: () => void,
  parent: StructElement = ctx.parent,
  options: { alt?: string; lang?: string; attributes?: Record<string, string>; linkDescription?: string } = {},
): void {
  const { attributes, linkDescription, ...structOptions } = options;
  const element = ctx.doc.struct(type, structOptions);
  // Layout attributes such as a header cell's scope: << /O /Table /Scope /Column >> (strings become names).
  if (attributes) dictionaryOf(element).data.A = attributes;
  parent.add(element);
  const content = ctx.doc.markStructureContent(type);
  element.add(content);
  owningLinks(ctx.doc, element, draw, linkDescription);
  ctx.doc.endMarkedContent();
  registerInParentTree(element, content); // again: with the pages the text ran on to
  element.end();
}

/** A structure element grouping others (L, LI, Table, TR): children are added by `fill`. */
export function group(ctx: PdfContext, type: string, fill: (element: StructElement) => void): void {
  const element = ctx.doc.struct(type);
  ctx.parent.add(element);
  fill(element);
  element.end();
}

/** Drawing that carries no content (lines, shading, repeated headers): an Artifact. */
export function artifact(ctx: PdfContext, draw: () => void, type = 'Layout'): void {
  ctx.doc.markContent('Artifact', { type } as never);
  draw();
  ctx.doc.endMarkedContent();
}
