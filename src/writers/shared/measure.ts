// Text widths from the embedded fonts themselves, so both writers lay out tables alike.
import { fontBytes, type FontFamily } from './fonts.js';
import { fontkit, type FontkitFont } from './fontkit.js';

const WHITESPACE = /^\s$/u;
const coverage = new Map<string, (codePoint: number) => boolean>();

/**
 * Whether a font file can show a code point: it has a glyph for it, or it is white space (which needs
 * none). Asked for every character of every PDF, so the answers are kept per font file.
 */
export function fontCovers(file: string): (codePoint: number) => boolean {
  let check = coverage.get(file);
  if (!check) {
    const font = fontkit.create(fontBytes(file));
    const known = new Map<number, boolean>();
    check = (codePoint) => {
      let covered = known.get(codePoint);
      if (covered === undefined) known.set(codePoint, (covered = WHITESPACE.test(String.fromCodePoint(codePoint)) || font.hasGlyphForCodePoint(codePoint)));
      return covered;
    };
    coverage.set(file, check);
  }
  return check;
}

/** Whether the family's regular font can show a code point (see fontCovers). */
export const glyphCheck = (family: FontFamily): ((codePoint: number) => boolean) => fontCovers(family.files.regular);

export type Measure = (text: string, bold: boolean) => number;

const widths = new Map<FontkitFont, Map<string, number>>();
/** Upper bound per font, so a long batch of varied tables does not grow memory without end. */
const MAX_TEXTS_PER_FONT = 20_000;

/** Advance width in font units, without shaping (kerning does not matter for column widths); cached. */
function unitsWidth(font: FontkitFont, text: string): number {
  let cache = widths.get(font);
  if (!cache) widths.set(font, (cache = new Map()));
  let width = cache.get(text);
  if (width === undefined) {
    width = font.glyphsForString(text).reduce((sum, glyph) => sum + glyph.advanceWidth, 0);
    if (cache.size >= MAX_TEXTS_PER_FONT) cache.clear();
    cache.set(text, width);
  }
  return width;
}

/** Width in pt of a text in the theme's regular or bold font at the given size. */
export function measurer(family: FontFamily, size: number): Measure {
  const regular = fontkit.create(fontBytes(family.files.regular));
  const bold = fontkit.create(fontBytes(family.files.bold));
  return (text, isBold) => {
    const font = isBold ? bold : regular;
    return (unitsWidth(font, text) / font.unitsPerEm) * size;
  };
}

/**
 * The family's single line height as a factor of the font size: ascent, descent and line gap, as PDFKit,
 * Word and LibreOffice set single-spaced lines (about 1.15 for Arimo/Arial and Tinos/Times New Roman).
 */
export function naturalLineHeight(family: FontFamily): number {
  const font = fontkit.create(fontBytes(family.files.regular));
  return (font.ascent - font.descent + font.lineGap) / font.unitsPerEm;
}
