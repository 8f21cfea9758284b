// Glyph outlines read once per process for font subsets. fontkit subsets every embedded font anew for
// each PDF and, for every glyph, decodes its whole outline only to learn whether it is composite. The
// glyph's bytes, composite parts and metrics are the same in every document, so they are read once.
// Each subset still numbers its glyphs itself; only the per-glyph reading is shared. The subset's bytes
// are then written by subset-encoding.ts.
import type { FontkitTrueType, TrueTypeSubsetInternals } from './pdfkit-internals.js';
import { encodeSubset, writesSubsetOf } from './subset-encoding.js';

interface GlyphData {
  bytes: Uint8Array;
  /** Parts of a composite glyph and where their glyph ids sit in `bytes`. */
  components: { glyphID: number; pos: number }[] | null;
  advance: number;
  bearing: number;
}

const glyphsByFont = new WeakMap<object, Map<number, GlyphData>>();

function readGlyph(font: FontkitTrueType, id: number): GlyphData {
  const glyph = font.getGlyph(id);
  const outline = glyph._decode();
  const start = font.loca.offsets[id]!;
  const stream = font._getTableStream('glyf');
  stream.pos += start;
  const bytes = Uint8Array.from(stream.readBuffer(font.loca.offsets[id + 1]! - start));
  const composite = outline !== null && outline.numberOfContours < 0;
  return {
    bytes,
    components: composite ? (outline.components ?? []).map(({ glyphID, pos }) => ({ glyphID, pos })) : null,
    advance: glyph.advanceWidth,
    bearing: glyph._getMetrics().leftBearing,
  };
}

function glyphData(font: FontkitTrueType, id: number): GlyphData {
  let glyphs = glyphsByFont.get(font);
  if (!glyphs) glyphsByFont.set(font, (glyphs = new Map()));
  let data = glyphs.get(id);
  if (!data) glyphs.set(id, (data = readGlyph(font, id)));
  return data;
}

/** Adds a glyph to the subset as fontkit does, from the shared glyph data. */
function addSharedGlyph(this: TrueTypeSubsetInternals, id: number, original: (id: number) => number): number {
  if (this.font._variationProcessor) return original.call(this, id);
  const data = glyphData(this.font, id);
  let bytes = data.bytes;
  if (data.components) {
    bytes = Uint8Array.from(bytes);
    const view = new DataView(bytes.buffer);
    for (const part of data.components) view.setUint16(part.pos, this.includeGlyph(part.glyphID));
  }
  this.glyf.push(bytes);
  this.loca.offsets.push(this.offset);
  this.hmtx.metrics.push({ advance: data.advance, bearing: data.bearing });
  this.offset += bytes.length;
  return this.glyf.length - 1;
}

let installed = false;

/** Makes every TrueType subset use the shared glyph data and write its bytes directly (once per process). */
export function shareSubsetGlyphs(font: FontkitTrueType): void {
  if (installed) return;
  const prototype = Object.getPrototypeOf(font.createSubset()) as TrueTypeSubsetInternals;
  const { _addGlyph: addGlyph, encode } = prototype;
  prototype._addGlyph = function (this: TrueTypeSubsetInternals, id: number) {
    return addSharedGlyph.call(this, id, addGlyph);
  };
  prototype.encode = function (this: TrueTypeSubsetInternals) {
    return writesSubsetOf(this.font) ? encodeSubset(this) : encode.call(this);
  };
  installed = true;
}
