// Every character German administrative texts use comes out of the PDF as it went in, in a real glyph.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderText } from '../src/index.js';
import { FONT_FAMILIES, fontBytes, SYMBOL_FONT_FILE } from '../src/writers/shared/fonts.js';
import { fontkit } from '../src/writers/shared/fontkit.js';
import { docxParts, docxText, pdfText } from './helpers/extract.js';

const CHARACTERS = '„Zitat“ ‚halb‘ geht’s «fr» ‹ch› “en” ‘en’ – — … § € ° ² ³ ½ × ÷ ẞ ß äöü ÄÖÜ é è à ç ñ ø å ł ş ğ İ ı 10\u00a0km ☐ ☒';

describe('glyph coverage', () => {
  it.each(Object.keys(FONT_FAMILIES) as (keyof typeof FONT_FAMILIES)[])('%s: body font or symbol font has every character', (family) => {
    const body = fontkit.create(fontBytes(FONT_FAMILIES[family].files.regular));
    const symbol = fontkit.create(fontBytes(SYMBOL_FONT_FILE));
    const missing = [...CHARACTERS].filter((c) => !/\s/.test(c) && !body.hasGlyphForCodePoint(c.codePointAt(0)!) && !symbol.hasGlyphForCodePoint(c.codePointAt(0)!));
    expect(missing).toEqual([]);
  });

  it('extracts the characters back unchanged from the PDF', async () => {
    const spec = readFileSync('examples/aachen-im-blick.yaml', 'utf8').replace(
      /^personelle_auswirkungen: .*$/m,
      `personelle_auswirkungen: ${JSON.stringify(CHARACTERS)}`,
    );
    const result = await renderText(spec, 'examples/aachen-im-blick.yaml', ['pdf']);
    const text = (await pdfText(result.outputs.pdf!)).pages.join('\n').replace(/\s+/g, ' ');
    expect(text).toContain(CHARACTERS.replace(/\s+/g, ' '));
    expect(result.diagnostics.filter((d) => d.code === 'RV310')).toEqual([]);
  });

  it('warns where a text holds characters no font has (emoji, Chinese), once per text, naming each (RV310)', async () => {
    const spec = readFileSync('examples/aachen-im-blick.yaml', 'utf8').replace(
      /^personelle_auswirkungen: .*$/m,
      'personelle_auswirkungen: |\n  Keine ✓ → ★\n  Daumen 👍️ und 中文 und 👍',
    );
    const result = await renderText(spec, 'examples/aachen-im-blick.yaml', ['pdf']);
    const found = result.diagnostics.filter((d) => d.code === 'RV310');
    expect(found).toEqual([expect.objectContaining({ severity: 'warning', line: 137, column: 10, path: '/personelle_auswirkungen' })]);
    expect(found[0]!.message).toBe('Die Schrift Arimo hat kein Zeichen für „👍“ (U+1F44D), „中“ (U+4E2D), „文“ (U+6587); im PDF erscheinen sie als leere Kästchen.');
    expect(result.outputs.pdf).toBeDefined();
  });

  it('writes well-formed DOCX XML even when a text value holds characters XML forbids (\\u0001, \\uFFFE, a lone \\uD800)', async () => {
    const spec = readFileSync('examples/aachen-im-blick.yaml', 'utf8').replace(/^betreff: .*$/m, 'betreff: "A\\u0001B C\\uFFFED E\\uD800F"');
    const result = await renderText(spec, 'examples/aachen-im-blick.yaml');
    expect(result.diagnostics.filter((d) => d.code === 'RV010')).toHaveLength(1);
    for (const part of ['word/document.xml', 'docProps/core.xml']) {
      const xml = docxParts(result.outputs.docx!)[part]!;
      expect(xml).not.toMatch(/[\u0000-\u0008\u000e-\u001f\ufffe\uffff]|[\ud800-\udfff]/);
      expect(xml).toContain('A�B C�D E�F');
    }
  });

  it('prints tabs pasted from Word as spaces in PDF and DOCX (pdfkit has no glyph for a tab: an empty box), without a warning', async () => {
    const spec = readFileSync('examples/aachen-im-blick.yaml', 'utf8')
      .replace(/^betreff: (.*)$/m, 'betreff: Netzwerk\t„Im Blick“; $1')
      .replace(/^personelle_auswirkungen: .*$/m, 'personelle_auswirkungen: |\n  Miete\t1.200 € im Jahr\n\n  \t\tEingerückt aus Word\n\n  - Punkt\n  \t- Unterpunkt');
    const result = await renderText(spec, 'examples/aachen-im-blick.yaml');
    expect(result.diagnostics.filter((d) => ['RV010', 'RV310'].includes(d.code))).toEqual([]);
    const pdf = (await pdfText(result.outputs.pdf!)).pages.join('\n').replace(/\u00a0/g, ' ');
    expect(pdf).toContain('Netzwerk „Im Blick“; Städteregionales');
    expect(pdf).toContain('Miete 1.200 € im Jahr');
    expect(pdf).toContain('Eingerückt aus Word');
    expect(pdf).not.toContain('\t');
    for (const part of ['word/document.xml', 'docProps/core.xml']) expect(docxParts(result.outputs.docx!)[part], part).not.toContain('\t');
    expect(docxText(result.outputs.docx!).replace(/\u00a0/g, ' ')).toContain('Miete 1.200 € im Jahr');
  });

  it('keeps real hyphens when the text has soft hyphens from Word (PDF drops the soft ones, DOCX keeps them)', async () => {
    const words = 'Trenn\u00adbar ENDE-MARKE und Bürger-Meister, Kinder\u00adtages-Stätte';
    const spec = readFileSync('examples/aachen-im-blick.yaml', 'utf8').replace(/^personelle_auswirkungen: .*$/m, `personelle_auswirkungen: ${JSON.stringify(words)}`);
    const result = await renderText(spec, 'examples/aachen-im-blick.yaml');
    expect((await pdfText(result.outputs.pdf!)).pages.join('\n')).toContain('Trennbar ENDE-MARKE und Bürger-Meister, Kindertages-Stätte');
    expect(docxText(result.outputs.docx!)).toContain(words);
  });
});
