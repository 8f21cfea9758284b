// Words shaped once per process instead of once per document. pdfkit lays out text word by word with
// fontkit (OpenType lookups, about a quarter of a batch's render time) and keeps the result only for
// the document at hand; a batch of council documents repeats the same words thousands of times.
//
// The cache keeps plain copies (glyph id, advance, code points, positions), never fontkit's glyph objects:
// those are reset for every document (see registerFonts) and may carry code points from another context.
// A run whose glyph lacks code points is not kept, so copied text stays right in every document.
import { currentFontOf, type EmbeddedFontInternals, type LaidOutRun } from './pdfkit-internals.js';
import type { Doc } from './context.js';

/** Upper bound per font; a batch of varied documents stays far below it, and memory stays flat. */
const MAX_WORDS_PER_FONT = 50_000;

const runsByFont = new WeakMap<object, Map<string, LaidOutRun>>();

function plainCopy(run: LaidOutRun): LaidOutRun {
  return {
    glyphs: run.glyphs.map((g) => ({ id: g.id, advanceWidth: g.advanceWidth, codePoints: [...g.codePoints] })),
    positions: run.positions.map((p) => ({ ...p })),
    advanceWidth: run.advanceWidth,
  };
}

function sharedLayout(this: EmbeddedFontInternals, text: string): LaidOutRun {
  let runs = runsByFont.get(this.font);
  if (!runs) runsByFont.set(this.font, (runs = new Map()));
  const known = runs.get(text);
  if (known) return known;
  const run = this.layoutRun(text);
  if (!run.glyphs.every((g) => g.codePoints.length > 0)) return run;
  if (runs.size >= MAX_WORDS_PER_FONT) runs.clear();
  const copy = plainCopy(run);
  runs.set(text, copy);
  return copy;
}

let installed = false;

/** Makes every embedded font of every later document use the shared word cache (once per process). */
export function shareShapedWords(doc: Doc): void {
  if (installed) return;
  const prototype = Object.getPrototypeOf(currentFontOf(doc)) as EmbeddedFontInternals;
  prototype.layoutCached = sharedLayout;
  installed = true;
}
