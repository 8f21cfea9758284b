// RV310: characters neither the profile's font nor the symbol font has (emoji, Chinese, Devanagari …)
// print as empty boxes in the PDF. One warning per text, at the first such character, naming them all.
import { FONT_FAMILIES, SYMBOL_FONT_FILE } from '../../writers/shared/fonts.js';
import { fontCovers } from '../../writers/shared/measure.js';
import { CODES, type Diagnostic } from '../diagnostics.js';
import { codePointLabel, positionInText, specStrings } from '../spec-strings.js';
import type { Rule } from './index.js';

/** Latin-1 is in every font we ship; most texts have nothing else but typographic quotes and dashes. */
const BEYOND_LATIN_1 = /[^\u0000-\u00ff]/u;
const LATIN_1_END = 0xff;
/** Invisible characters (variation selectors, joiners, marks of direction) need no glyph. */
const INVISIBLE = /^[\p{Cf}\u{fe00}-\u{fe0f}\u{e0100}-\u{e01ef}]$/u;
/** Characters named in one warning; more are counted. */
const NAMED = 5;

export const printableCharacters: Rule = (ctx) => {
  const family = FONT_FAMILIES[ctx.profile.stil?.schrift ?? 'sans'];
  const body = fontCovers(family.files.regular);
  const symbol = fontCovers(SYMBOL_FONT_FILE);
  const printable = (codePoint: number) =>
    codePoint <= LATIN_1_END || body(codePoint) || symbol(codePoint) || INVISIBLE.test(String.fromCodePoint(codePoint));
  return specStrings(ctx.spec).flatMap(({ pointer, text }): Diagnostic[] => {
    if (!BEYOND_LATIN_1.test(text)) return [];
    let first = -1;
    const missing = new Set<string>();
    for (let offset = 0; offset < text.length; ) {
      const codePoint = text.codePointAt(offset)!;
      if (!printable(codePoint)) {
        if (first < 0) first = offset;
        missing.add(String.fromCodePoint(codePoint));
      }
      offset += codePoint > 0xffff ? 2 : 1;
    }
    if (first < 0) return [];
    const named = [...missing].slice(0, NAMED).map((c) => `„${c}“ (${codePointLabel(c)})`);
    const more = missing.size > NAMED ? ` und ${missing.size - NAMED} weitere` : '';
    const at = positionInText(text, first);
    return [
      {
        code: CODES.unprintableCharacter,
        severity: 'warning',
        message: `Die Schrift ${family.pdfName} hat kein Zeichen für ${named.join(', ')}${more}; im PDF ${missing.size === 1 ? 'erscheint es als leeres Kästchen' : 'erscheinen sie als leere Kästchen'}.`,
        hint: 'Schreiben Sie das Gemeinte in Worten (etwa „erledigt“ statt eines Emojis) oder lassen Sie die Zeichen weg. Im DOCX zeigt Word sie meist mit einer Ersatzschrift.',
        path: pointer,
        ...ctx.source.locateInText(pointer, at.line, at.column),
      },
    ];
  });
};
