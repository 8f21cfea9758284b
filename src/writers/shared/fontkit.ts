// One fontkit for the whole process whose create() remembers each parsed font by its bytes, so the
// fonts used for measuring (table layout, glyph coverage) are parsed once per process. PDF documents
// register copies of the bytes and so get fonts of their own (see registerFonts in ../pdf/context.ts).
import { createRequire } from 'node:module';

export interface FontkitFont {
  unitsPerEm: number;
  /** Vertical metrics in font units (hhea): descent is negative. */
  ascent: number;
  descent: number;
  lineGap: number;
  layout(text: string): { advanceWidth: number };
  glyphsForString(text: string): { advanceWidth: number }[];
  hasGlyphForCodePoint(codePoint: number): boolean;
}

interface Fontkit {
  create(data: Uint8Array, postscriptName?: string): FontkitFont;
}

const require = createRequire(import.meta.url);
const pdfkitPath = require.resolve('pdfkit');
const fontkitPath = createRequire(pdfkitPath).resolve('fontkit');

function memoizedFontkit(): Fontkit {
  const original = require(fontkitPath) as Fontkit & { __memoized?: true };
  if (original.__memoized) return original;
  const parsed = new WeakMap<Uint8Array, FontkitFont>();
  const memoized = {
    ...original,
    __memoized: true as const,
    create(data: Uint8Array, postscriptName?: string) {
      if (postscriptName) return original.create(data, postscriptName);
      let font = parsed.get(data);
      if (!font) {
        font = original.create(data);
        parsed.set(data, font);
      }
      return font;
    },
  };
  // Only effective before pdfkit is loaded, which is why the PDF writer imports this module first.
  if (!require.cache[pdfkitPath]) {
    const cached = require.cache[fontkitPath];
    if (cached) cached.exports = memoized;
  }
  return memoized;
}

export const fontkit = memoizedFontkit();
