// Text widths from the embedded fonts themselves, so both writers lay out tables alike.
import { fontBytes, type FontFamily } from './fonts.js';
import { fontkit, type FontkitFont } from './fontkit.js';

/** Whether the family's regular font has a glyph for every character of the text. */
export function glyphCheck(family: FontFamily): (char: string) => boolean {
  const regular = fontkit.create(fontBytes(family.files.regular));
  return (char) => regular.hasGlyphForCodePoint(char.codePointAt(0) ?? 0);
}

export type Measure = (text: string, bold: boolean) => number;

const widths = new Map<FontkitFont, Map<string, number>>();

/** Advance width in font units, without shaping (kerning does not matter for column widths); cached. */
function unitsWidth(font: FontkitFont, text: string): number {
  let cache = widths.get(font);
  if (!cache) widths.set(font, (cache = new Map()));
  let width = cache.get(text);
  if (width === undefined) {
    width = font.glyphsForString(text).reduce((sum, glyph) => sum + glyph.advanceWidth, 0);
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
