// The bytes of a TrueType font subset, written directly. fontkit decodes the tables a subset shares with
// its font (head, hhea, maxp, cvt, prep, fpgm) and encodes them again for every PDF, through restructure's
// generic structs, value by value; with loca, hmtx and the table directory that was 8 % of the PDF
// stage's time. Those tables' bytes are the font's own, so they are read once; of hhea and maxp only the
// glyph count is set. The result is byte for byte what fontkit writes (tested for every font we embed):
// tables in fontkit's order, no padding, checksums 0. For fonts with 32-bit glyph offsets (long „loca“),
// as all of ours have; for others fontkit still writes the subset.
import type { FontkitTrueType, TrueTypeSubsetInternals } from './pdfkit-internals.js';

/** The tables a subset takes from its font as they are, but for a glyph count. */
const SHARED_TAGS = ['head', 'hhea', 'maxp', 'cvt ', 'prep', 'fpgm'] as const;
type SharedTag = (typeof SHARED_TAGS)[number];
type Tag = SharedTag | 'loca' | 'glyf' | 'hmtx';

/** The tables of a subset in the order fontkit writes them; those a font lacks are left out. */
const TABLE_ORDER: readonly Tag[] = ['head', 'hhea', 'loca', 'maxp', 'cvt ', 'prep', 'glyf', 'hmtx', 'fpgm'];

/** Where the subset's glyph counts stand in the shared tables (OpenType spec). */
const HHEA_NUMBER_OF_METRICS = 34;
const MAXP_NUM_GLYPHS = 4;

const tablesByFont = new WeakMap<object, Partial<Record<SharedTag, Uint8Array>>>();

function sharedTables(font: FontkitTrueType): Partial<Record<SharedTag, Uint8Array>> {
  let tables = tablesByFont.get(font);
  if (tables) return tables;
  tables = {};
  for (const tag of SHARED_TAGS) {
    const entry = font.directory.tables[tag];
    if (!entry) continue;
    const stream = font._getTableStream(tag);
    tables[tag] = Uint8Array.from(stream.readBuffer(entry.length));
  }
  tablesByFont.set(font, tables);
  return tables;
}

function withUint16(bytes: Uint8Array, at: number, value: number): Uint8Array {
  const copy = Uint8Array.from(bytes);
  new DataView(copy.buffer).setUint16(at, value);
  return copy;
}

function locaBytes(offsets: readonly number[]): Uint8Array {
  const bytes = new Uint8Array(offsets.length * 4);
  const view = new DataView(bytes.buffer);
  offsets.forEach((offset, i) => view.setUint32(i * 4, offset));
  return bytes;
}

function hmtxBytes(metrics: readonly { advance: number; bearing: number }[]): Uint8Array {
  const bytes = new Uint8Array(metrics.length * 4);
  const view = new DataView(bytes.buffer);
  metrics.forEach(({ advance, bearing }, i) => {
    view.setUint16(i * 4, advance);
    view.setInt16(i * 4 + 2, bearing);
  });
  return bytes;
}

/** The subset's tables, after its glyphs were added (glyf, loca and hmtx filled). */
function subsetTables(subset: TrueTypeSubsetInternals): Map<Tag, Uint8Array> {
  const shared = sharedTables(subset.font);
  const glyphs = subset.glyf.length;
  const made: Partial<Record<Tag, Uint8Array>> = {
    ...shared,
    hhea: shared.hhea && withUint16(shared.hhea, HHEA_NUMBER_OF_METRICS, subset.hmtx.metrics.length),
    maxp: shared.maxp && withUint16(shared.maxp, MAXP_NUM_GLYPHS, glyphs),
    loca: locaBytes(subset.loca.offsets),
    glyf: Buffer.concat(subset.glyf),
    hmtx: hmtxBytes(subset.hmtx.metrics),
  };
  return new Map(TABLE_ORDER.flatMap((tag) => (made[tag] ? [[tag, made[tag]] as const] : [])));
}

/** The table directory ahead of the tables: „true“, search fields, then tag, checksum 0, offset, length. */
function directory(tables: Map<Tag, Uint8Array>): Uint8Array {
  const count = tables.size;
  const header = new Uint8Array(12 + 16 * count);
  const view = new DataView(header.buffer);
  const power = 2 ** Math.floor(Math.log2(count));
  header.set(Buffer.from('true', 'latin1'), 0);
  view.setUint16(4, count);
  view.setUint16(6, power * 16);
  view.setUint16(8, Math.log2(power));
  view.setUint16(10, count * 16 - power * 16);
  let offset = header.length;
  [...tables].forEach(([tag, bytes], i) => {
    header.set(Buffer.from(tag, 'latin1'), 12 + 16 * i);
    view.setUint32(12 + 16 * i + 8, offset);
    view.setUint32(12 + 16 * i + 12, bytes.length);
    offset += bytes.length;
  });
  return header;
}

/** Whether a subset of `font` is written here: TrueType outlines with 32-bit offsets, no variations. */
export const writesSubsetOf = (font: FontkitTrueType): boolean => font.loca.version === 1 && !font._variationProcessor;

/** Encodes a TrueType subset as fontkit's `encode` does: adds its glyphs, then writes the font. */
export function encodeSubset(subset: TrueTypeSubsetInternals): Buffer {
  subset.glyf = [];
  subset.offset = 0;
  subset.loca = { offsets: [] };
  subset.hmtx = { metrics: [] };
  // Glyphs may add more glyphs (the parts of a composite) while the loop runs.
  for (let i = 0; i < subset.glyphs.length; i++) subset._addGlyph(subset.glyphs[i]!);
  subset.loca.offsets.push(subset.offset);
  const tables = subsetTables(subset);
  return Buffer.concat([directory(tables), ...tables.values()]);
}
