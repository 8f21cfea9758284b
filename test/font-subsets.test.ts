// The PDF writer reads subset glyphs once per process and writes font subsets itself (subset-glyphs.ts,
// subset-encoding.ts). Each subset must be byte for byte what fontkit writes. This file renders no PDF
// before the comparison, so fontkit's own subsetting is still in place when it starts (vitest runs each
// test file in a fresh module state).
import { describe, expect, it } from 'vitest';
import { FONT_FAMILIES, fontBytes, SYMBOL_FONT_FILE } from '../src/writers/shared/fonts.js';
import { fontkit } from '../src/writers/shared/fontkit.js';
import { shareSubsetGlyphs } from '../src/writers/pdf/subset-glyphs.js';
import type { FontkitTrueType } from '../src/writers/pdf/pdfkit-internals.js';

interface FontWithCmap extends FontkitTrueType {
  glyphForCodePoint(codePoint: number): { id: number };
}

const FILES = [...Object.values(FONT_FAMILIES).flatMap((family) => Object.values(family.files)), SYMBOL_FONT_FILE];

// Composite glyphs (Ä, é, ẞ) bring their parts into the subset while it is written.
const TEXTS = ['Beschlussvorlage', 'Äußerungen der Ämter: 1.234,56 € — „Zuständigkeit“ § 41 é ẞ', '☐ ☒ Ja/Nein'];

const font = (file: string) => fontkit.create(fontBytes(file)) as unknown as FontWithCmap;

function subsetBytes(file: string, text: string): Buffer {
  const subset = font(file).createSubset();
  for (const char of text) subset.includeGlyph(font(file).glyphForCodePoint(char.codePointAt(0)!).id);
  return subset.encode();
}

describe('font subsets in the PDF', () => {
  it('are byte for byte what fontkit writes, for every font and glyphs that are composites', () => {
    const cases = FILES.flatMap((file) => TEXTS.map((text) => ({ file, text })));
    const byFontkit = cases.map(({ file, text }) => subsetBytes(file, text));
    shareSubsetGlyphs(font(FILES[0]!));
    const ours = cases.map(({ file, text }) => subsetBytes(file, text));
    cases.forEach((_, i) => expect(Buffer.compare(ours[i]!, byFontkit[i]!), `${cases[i]!.file}: ${cases[i]!.text}`).toBe(0));
    // A subset is a font fontkit reads again, with the glyphs it was made of.
    const again = fontkit.create(ours[1]!) as unknown as FontWithCmap & { numGlyphs: number };
    expect(again.numGlyphs).toBeGreaterThan(new Set(TEXTS[1]).size);
  });
});
