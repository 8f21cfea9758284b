// pdfkit parses a font's bytes anew for every document (fontkit.create). We give it a fontkit whose
// create() remembers each parsed font by its bytes, so every font file is parsed once per process.
// pdfkit only reads glyph data from the shared font object; subsets and layout caches stay per document.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const pdfkitPath = require.resolve('pdfkit');
const fontkitPath = createRequire(pdfkitPath).resolve('fontkit');

type Fontkit = { create: (data: Uint8Array, postscriptName?: string) => unknown };

function installMemoizedFontkit(): void {
  if (require.cache[pdfkitPath]) return; // pdfkit already holds its own fontkit; leave it be
  const fontkit = require(fontkitPath) as Fontkit;
  const parsed = new WeakMap<Uint8Array, unknown>();
  const memoized: Fontkit = {
    ...fontkit,
    create(data, postscriptName) {
      if (postscriptName) return fontkit.create(data, postscriptName);
      let font = parsed.get(data);
      if (!font) {
        font = fontkit.create(data);
        parsed.set(data, font);
      }
      return font;
    },
  };
  const cached = require.cache[fontkitPath];
  if (cached) cached.exports = memoized;
}

installMemoizedFontkit();

/** pdfkit, loaded after the memoizing fontkit is in place. */
export const PDFDocument = require('pdfkit') as typeof import('pdfkit');
