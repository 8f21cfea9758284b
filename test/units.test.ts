// Small pure functions: file names, Markdown escaping, dates.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeFileName } from '../src/batch/safe-name.js';
import { escapeMarkdown } from '../src/compose/markdown-escape.js';
import { markdownToModel } from '../src/compose/markdown-to-model.js';
import { plainText } from '../src/compose/inline.js';
import type { Inline, ListBlock, ParagraphBlock } from '../src/model/types.js';
import { bindSpaces } from '../src/compose/typography.js';
import { germanQuotes } from '../src/compose/quotes.js';
import { numberHeadings } from '../src/compose/number-headings.js';
import { alignRunsOfSameHeads } from '../src/compose/align-tables.js';
import { PATTERN_WORDS } from '../src/spec/schema-messages.js';
import { formatGermanDate, parseDate } from '../src/spec/formats.js';
import { creationDate } from '../src/resolve/common.js';
import { parseSpec } from '../src/spec/load.js';
import { parseUserMarkdown } from '../src/markdown/parse.js';
import type { Table } from 'mdast';

describe('safeFileName', () => {
  it.each([
    ['2022/0062', '2022-0062'],
    ['../../x', 'x'],
    ['a/b', 'a-b'],
    ['CON', '_CON'],
    ['nul.txt', '_nul.txt'],
    ['..', 'vorlage'],
    ['', 'vorlage'],
    ['Vorlage: „Kita“ <neu>?', 'Vorlage- „Kita“ -neu-'],
  ])('%s → %s', (input, expected) => {
    expect(safeFileName(input)).toBe(expected);
  });

  it('cuts long names to 100 characters', () => {
    expect(safeFileName('x'.repeat(300))).toHaveLength(100);
  });

  it('cuts names of wide characters to 200 bytes, so the file system accepts them', () => {
    const name = safeFileName('😀'.repeat(100));
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(200);
    expect(name).toBe('😀'.repeat(50));
  });
});

describe('escapeMarkdown', () => {
  it.each([
    '**nicht fett** und _nicht kursiv_',
    '# keine Überschrift',
    '1. keine Liste',
    '- kein Punkt',
    '[kein](link) <b>kein HTML</b> &amp; | Tabelle |',
    'Tel.:Amt :::warnung ::seitenumbruch',
    'Preis: 10 € \\ Rückstrich',
  ])('keeps „%s“ literal', (text) => {
    const { blocks } = markdownToModel(escapeMarkdown(text));
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.type).toBe('paragraph');
    // Only spaces that must not break a line („10 €“) may change, into no-break spaces.
    expect(plainText((blocks[0] as { children: never[] }).children).replaceAll('\u00a0', ' ')).toBe(text);
  });
});

describe('schema patterns', () => {
  it('every pattern in the schemas is explained in words, not shown as a regular expression', () => {
    const patterns = new Set<string>();
    for (const name of readdirSync('schemas').filter((f) => f.endsWith('.json'))) {
      JSON.parse(readFileSync(join('schemas', name), 'utf8'), (key, value) => (key === 'pattern' && patterns.add(value), value));
    }
    expect(patterns.size).toBeGreaterThanOrEqual(5);
    expect([...patterns].filter((p) => !PATTERN_WORDS[p])).toEqual([]);
  });
});

describe('no-break spaces', () => {
  const shown = (text: string) => bindSpaces(text).replaceAll('\u00a0', '~');
  it.each([
    ['je 700 € pro Kommune', 'je 700~€ pro Kommune'],
    ['10.000,00 EUR und 5 %', '10.000,00~EUR und 5~%'],
    ['(§ 1 Abs. 3 Nr. 3 SGB VIII), §§ 27 ff.', '(§~1 Abs.~3 Nr.~3 SGB VIII), §§~27 ff.'],
    ['z. B. und i. V. m. dem Gesetz', 'z.~B. und i.~V.~m. dem Gesetz'],
    ['6 x Lenkungsgruppe, 3 × 5.600 €', '6~x Lenkungsgruppe, 3~×~5.600~€'],
    ['Datum: _____ und Velbert, den ____', 'Datum:~_____ und Velbert, den~____'],
  ])('binds „%s“', (text, expected) => expect(shown(text)).toBe(expected));
  it.each(['12 Eurostar-Züge', 'Tel. 02 30', 'ca. 5 Personen', 'Kap. 4', '5 xylophone', 'Max 5', 'a _ b'])('leaves „%s“ alone', (text) => expect(shown(text)).toBe(text));
});

describe('German quotes', () => {
  it.each([
    ['Modellprojekt "Kein Kind zurücklassen!"', 'Modellprojekt „Kein Kind zurücklassen!“'],
    ['"Zitat" am Anfang, (in "Klammern") und – "nach Strich".', '„Zitat“ am Anfang, (in „Klammern“) und – „nach Strich“.'],
    ['"außen "innen" außen"', '„außen „innen“ außen“'],
    ['""', '„“'],
    ['schon „deutsch“ gesetzt', 'schon „deutsch“ gesetzt'],
    // single quotes: a quote in a quote or a so-called term, and the apostrophe
    ["das sogenannte 'Präventionsnetz'", 'das sogenannte ‚Präventionsnetz‘'],
    [`"Sie nannte es 'unser Netz', sagte er."`, '„Sie nannte es ‚unser Netz‘, sagte er.“'],
    [`"'Kita' heißt es"`, '„‚Kita‘ heißt es“'],
    [`'"Kita" heißt es'`, '‚„Kita“ heißt es‘'],
    ["geht's, Ku'damm und Hans' Buch", 'geht’s, Ku’damm und Hans’ Buch'],
    ["So 'n Fall, wie's in den '90er Jahren war", 'So ’n Fall, wie’s in den ’90er Jahren war'],
    ["die 'Regeln' des Kreis' gelten", 'die ‚Regeln‘ des Kreis’ gelten'],
    ["''", '‚‘'],
  ])('sets %s', (text, expected) => expect(germanQuotes(text)).toBe(expected));

  const paragraphText = (markdown: string) => plainText((markdownToModel(markdown).blocks[0] as { children: never[] }).children);

  // What stands before a quote decides, also when it is in the bold, italic or linked words before it.
  it.each([
    ['"Die **Kita**" ist', '„Die Kita“ ist'],
    ['"Die *Kita*", sagte sie', '„Die Kita“, sagte sie'],
    ['"[Kita](https://kita.de)" ist', '„Kita“ ist'],
    ['das ":sprache[Early Help]{lang=de-AT}"-Team', 'das „Early Help“-Team'],
    ['"Zitat[^1]" ist\n\n[^1]: Quelle', '„Zitat1“ ist'],
    ['Die "**Kita** am Ort" ist', 'Die „Kita am Ort“ ist'],
    ['**"Kita"** und *"Schule"*', '„Kita“ und „Schule“'],
    ['"Eins"\\\n"Zwei"', '„Eins“\n„Zwei“'],
    ['"`Code`" und `"so"`', '„Code“ und "so"'],
    ["'Die **Kita**' ist", '‚Die Kita‘ ist'],
    ["Die '**Kita**' und **Hans**' Buch", 'Die ‚Kita‘ und Hans’ Buch'],
  ])('sets %s across bold, italic and links', (markdown, expected) => expect(paragraphText(markdown)).toBe(expected));

  // Words marked as another language take its quotes; a language whose quotes are not known keeps straight ones.
  it.each([
    ['die :sprache["Early Help"]{lang=en}', 'die “Early Help”'],
    [':sprache[the "early help" approach]{lang=en-GB} und "Hilfe"', 'the “early help” approach und „Hilfe“'],
    [':sprache[le "bien commun"]{lang=fr}', 'le «\u00a0bien commun\u00a0»'],
    [':sprache[le " bien commun " et " l\'esprit "]{lang=fr}', 'le «\u00a0bien commun\u00a0» et «\u00a0l’esprit\u00a0»'],
    [":sprache[the 'early help' approach, the councils' work]{lang=en}", 'the ‘early help’ approach, the councils’ work'],
    [":sprache[rock 'n' roll]{lang=en}", 'rock ’n’ roll'],
    [':sprache[das "Znüni" heisst \'Pause\']{lang=de-CH}', 'das «Znüni» heisst ‹Pause›'],
    ['"Die :sprache[\'best practice\']{lang=en}" der Kommunen', '„Die ‘best practice’“ der Kommunen'],
    [':sprache["Chez nous"]{lang=fr-BE}', '«\u00a0Chez nous\u00a0»'],
    [':sprache[das "Znüni"]{lang=de-CH}', 'das «Znüni»'],
    [':sprache[das "Frühstück"]{lang=de-AT}', 'das „Frühstück“'],
    [':sprache["iyi örnek"]{lang=tr}', '"iyi örnek"'],
    ['"Die :sprache[best practice]{lang=en}" der Kommunen', '„Die best practice“ der Kommunen'],
    [':sprache[best practice]{lang=englisch} "hier"', 'best practice „hier“'],
  ])('sets %s in its language', (markdown, expected) => expect(paragraphText(markdown)).toBe(expected));
});

describe('scalar warnings', () => {
  const codes = (yaml: string) => parseSpec(yaml, 'x.yaml').diagnostics.map((d) => `${d.code}@${d.line}:${d.column}`);

  it('warn of a thousands dot only in amounts and counts, never before „0.“', () => {
    expect(codes('betraege: [1.200, 0.500, 2.5]\nbetrag: 12.000\nfaktor: 1.025\nschriftgrad: 10.500\n')).toEqual(['RV012@1:12', 'RV012@2:9']);
  });

  it('warn of a leading zero only in whole numbers („0702.00“ is still 702)', () => {
    expect(codes('nummer: 0452\nbetrag: 0702.00\n')).toEqual(['RV110@1:9']);
  });

  it('say that a value starting with „#“ became a comment, with the text to quote', () => {
    const [d] = parseSpec('betreff: #5 Projekt der Stadt\n', 'x.yaml').diagnostics;
    expect(d).toMatchObject({ code: 'RV011', line: 1, column: 10, message: 'Der Wert ist leer: „#5 Projekt der Stadt“ liest YAML als Kommentar.', hint: 'Setzen Sie den Text in Anführungszeichen: "#5 Projekt der Stadt".' });
  });

  it('warn of a control character at its own line and column, in every kind of text', () => {
    expect(codes('sachlage: |\n  Zeile eins\n  Zeile \u0002zwei\n')).toEqual(['RV010@3:9']);
    expect(codes('sachlage: >\n  Zeile eins\n  Zeile \u0002zwei\n')).toEqual(['RV010@3:9']);
    expect(codes('betreff: Neue \u0002Zeiten\n')).toEqual(['RV010@1:15']);
    expect(codes('betreff: "Neue \\u0002Zeiten"\n')).toEqual(['RV010@1:16']);
  });

  it('replace C1 control characters of wrongly converted Windows text, with a warning', () => {
    const loaded = parseSpec('betreff: "Projekt \\x85 C1 \\x9f x"\n', 'x.yaml');
    expect(loaded.diagnostics.map((d) => d.code)).toEqual(['RV010']);
    expect((loaded.data as { betreff: string }).betreff).toBe('Projekt � C1 � x');
  });
});

describe('values that start with a YAML indicator', () => {
  const only = (yaml: string) => {
    const { diagnostics, data } = parseSpec(yaml, 'x.yaml');
    expect(data).toBeUndefined();
    return diagnostics.map((d) => ({ code: d.code, at: `${d.line}:${d.column}`, message: d.message, hint: d.hint }));
  };
  const said = (indicator: string, reading: string) =>
    `Ein Text, der mit „${indicator}“ beginnt, muss in Anführungszeichen stehen (YAML liest „${indicator}“ am Anfang ${reading}).`;

  // Each was reported as something else: too many references (RV003), an unexpected character, an empty
  // value, a text with „: “, or nothing at all while words went missing.
  it.each([
    ['**Keine**', '*', 'als Verweis'],
    ['*Keine* Auswirkungen', '*', 'als Verweis'],
    ['&Keine', '&', 'als Anker für Verweise'],
    ['&a Keine', '&', 'als Anker für Verweise'],
    ['!Wichtig', '!', 'als Typangabe'],
    ['!Wichtig ist das', '!', 'als Typangabe'],
    ['% Anteil', '%', 'als Anweisung an YAML'],
    ['@Stadt', '@', 'als reserviertes Zeichen'],
    ['`Keine`', '`', 'als reserviertes Zeichen'],
  ])('„%s“: one error at the value, with the line quoted as the hint', (value, indicator, reading) => {
    expect(only(`betreff: Test\nfinanzielle_auswirkungen: ${value}\nsachlage: Text\n`)).toEqual([
      { code: 'RV001', at: '2:27', message: said(indicator, reading), hint: `Schreiben Sie: finanzielle_auswirkungen: "${value}"` },
    ]);
  });

  it.each(['> 100 Personen', '|Keine'])('„%s“: the text block the user may have meant, and the quoted line', (value) => {
    const indicator = value[0]!;
    expect(only(`finanzielle_auswirkungen: ${value}\nsachlage: Text\n`)).toEqual([
      {
        code: 'RV001',
        at: '1:27',
        message: said(indicator, 'als Beginn eines Textblocks in den Zeilen darunter'),
        hint: `Beginnt der Text erst in der nächsten Zeile, steht „finanzielle_auswirkungen: ${indicator}“ allein in dieser Zeile. Soll er mit „${indicator}“ beginnen, schreiben Sie: finanzielle_auswirkungen: "${value}"`,
      },
    ]);
  });

  it('in list items, one error each with the item quoted', () => {
    expect(only('anlagen:\n  - **fett**\n  - Plan\n  - *kursiv* und mehr # Kommentar\n')).toEqual([
      { code: 'RV001', at: '2:5', message: said('*', 'als Verweis'), hint: 'Schreiben Sie: - "**fett**"' },
      { code: 'RV001', at: '4:5', message: said('*', 'als Verweis'), hint: 'Schreiben Sie: - "*kursiv* und mehr"' },
    ]);
  });

  it('a text that goes on in the next line is to be written as a block', () => {
    expect(only('betreff: **Neue** Öffnungszeiten\n  der Bibliothek\nsachlage: Text\n')).toEqual([
      {
        code: 'RV001',
        at: '1:10',
        message: said('*', 'als Verweis'),
        hint: 'Der Text geht in der nächsten Zeile weiter: Schreiben Sie „betreff: |“ und darunter den ganzen Text eingerückt, beginnend mit „**Neue** Öffnungszeiten“.',
      },
    ]);
  });

  it('quotes inside the value are escaped in the corrected line', () => {
    expect(only('betreff: @Stadt "Nord"\n')[0]!.hint).toBe('Schreiben Sie: betreff: "@Stadt \\"Nord\\""');
  });

  it('leaves what YAML means alone: anchors with references, quoted text, Markdown in a block, !!str', () => {
    const yaml = 'betreff: &titel Öffnungszeiten\nkopf: *titel\nzitat: "*Keine*"\nsachlage: |\n  **fett** und *kursiv*\n  - **Liste**\n  > Zitat\nnummer: !!str 0452\n';
    const loaded = parseSpec(yaml, 'x.yaml');
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.data).toMatchObject({ kopf: 'Öffnungszeiten', zitat: '*Keine*', nummer: '0452' });
  });

  it('still reports the limit against alias bombs as RV003', () => {
    const [d] = parseSpec(readFileSync('test/fixtures/invalid/alias-bomb.yaml', 'utf8'), 'x.yaml').diagnostics;
    expect(d).toMatchObject({ code: 'RV003', line: 2, column: 8 });
  });
});

describe('tabs in text', () => {
  it('become spaces within a line, without a warning, and stay where they indent a line for Markdown', () => {
    const loaded = parseSpec('betreff: Neue\tÖffnungszeiten\nsachlage: |\n  Miete\t1.200 €\n  - Punkt\n  \t- Unterpunkt\n', 'x.yaml');
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.data).toEqual({ betreff: 'Neue Öffnungszeiten', sachlage: 'Miete 1.200 €\n- Punkt\n\t- Unterpunkt\n' });
  });
});

describe('heading numbers', () => {
  const numbers = (markdown: string) =>
    numberHeadings(markdownToModel(markdown).blocks).flatMap((b) => (b.type === 'heading' ? [plainText(b.children)] : []));

  it('count per level and restart in every section; a skipped level is numbered as the next one down', () => {
    expect(numbers('# Sachlage\n\n## Anlass\n\n### Zahlen\n\n#### Schulen\n\n## Ziel\n\n#### Direkt\n\n# Rechtslage\n\n### Erst tief\n\n## Dann')).toEqual([
      'Sachlage', '1. Anlass', '1.1 Zahlen', '1.1.1 Schulen', '2. Ziel', '2.1 Direkt', 'Rechtslage', '1. Erst tief', '2. Dann',
    ]);
  });
});

describe('tables that line up', () => {
  const table = (head: string, cell: string) => `| ${head} | Wert |\n| --- | --- |\n| ${cell} | 1 |\n\n`;
  /** For each table of the Markdown: the first cells of the tables it lines up with. */
  const alignedWith = (markdown: string) =>
    alignRunsOfSameHeads(markdownToModel(markdown).blocks).flatMap((b) =>
      b.type === 'table' ? [(b.alignedWith ?? []).map((t) => plainText(t.rows[0]![0]!.children))] : [],
    );

  it('are the tables with the same heads that follow each other, with text between them but no other table', () => {
    const markdown = `${table('Datum', 'a')}## Weiter\n\nText.\n\n${table('Datum', 'b')}${table('Jahr', 'c')}${table('Datum', 'd')}${table('Datum', 'e')}`;
    expect(alignedWith(markdown)).toEqual([['b'], ['a'], [], ['e'], ['d']]);
  });
});

describe('creation date', () => {
  it('uses SOURCE_DATE_EPOCH when it is whole seconds, else the document date', () => {
    expect(creationDate({ SOURCE_DATE_EPOCH: '1700000000' }, '2024-01-31').toISOString()).toBe('2023-11-14T22:13:20.000Z');
    for (const bad of ['99999999999999', '-1', '1.5', 'morgen']) {
      expect(creationDate({ SOURCE_DATE_EPOCH: bad }, '2024-01-31').toISOString(), bad).toBe('2024-01-31T00:00:00.000Z');
    }
  });
});

describe('dates', () => {
  it('accepts ISO and German forms of real dates only', () => {
    expect(parseDate('2024-01-31')).toEqual({ year: 2024, month: 1, day: 31 });
    expect(parseDate('31.01.2024')).toEqual({ year: 2024, month: 1, day: 31 });
    expect(parseDate('29.02.2024')).toBeDefined();
    expect(parseDate('29.02.2023')).toBeUndefined();
    expect(parseDate('2024-02-30')).toBeUndefined();
    expect(parseDate('2024-13-01')).toBeUndefined();
    expect(parseDate('31/01/2024')).toBeUndefined();
  });

  it('prints German dates with leading zeros', () => {
    expect(formatGermanDate({ year: 2024, month: 3, day: 5 })).toBe('05.03.2024');
  });
});

describe('font cache', () => {
  it('parses each measuring font once per process', async () => {
    const { createRequire } = await import('node:module');
    await import('../src/writers/pdf/font-cache.js');
    const { fontBytes, FONT_FAMILIES } = await import('../src/writers/shared/fonts.js');
    const require = createRequire(import.meta.url);
    const fontkitPath = createRequire(require.resolve('pdfkit')).resolve('fontkit');
    const fontkit = require(fontkitPath) as { create: (data: Uint8Array) => unknown };
    const bytes = fontBytes(FONT_FAMILIES.sans.files.regular);
    expect(fontkit.create(bytes)).toBe(fontkit.create(bytes));
  });
});

describe('DOCX id renumbering', () => {
  it('renames random relationship ids, including ones ending in "-" or "_", the same way everywhere', async () => {
    const { unzipSync, strFromU8 } = await import('fflate');
    const { stabilizeDocx } = await import('../src/writers/docx/package-zip.js');
    const rels = '<Relationship Id="rId1"/><Relationship Id="rIdab-"/><Relationship Id="rIdx_9"/>';
    const doc = '<w:hyperlink r:id="rIdx_9"/><w:hyperlink r:id="rIdab-"/><w:footerReference r:id="rId1"/>';
    const parts = new Map([['word/_rels/document.xml.rels', rels], ['word/document.xml', doc]]);
    const out = unzipSync(stabilizeDocx(parts, new Date(0)));
    expect(strFromU8(out['word/_rels/document.xml.rels']!)).toBe(
      '<Relationship Id="rId1"/><Relationship Id="rIdR1"/><Relationship Id="rIdR2"/>',
    );
    expect(strFromU8(out['word/document.xml']!)).toBe(
      '<w:hyperlink r:id="rIdR2"/><w:hyperlink r:id="rIdR1"/><w:footerReference r:id="rId1"/>',
    );
  });
});

describe('DOCX zip', () => {
  it('keeps names, order and bytes; sizes and CRC sit in the local headers; incompressible data is stored', async () => {
    const { unzipSync } = await import('fflate');
    const { randomBytes } = await import('node:crypto');
    const { zip } = await import('../src/writers/docx/zip.js');
    const xml = Buffer.from('<w:p><w:r><w:t>Beschlussvorschlag</w:t></w:r></w:p>'.repeat(200));
    const noise = randomBytes(4000);
    const archive = zip([
      { name: '[Content_Types].xml', data: xml },
      { name: 'word/media/bild.png', data: noise },
    ]);
    const parts = unzipSync(archive);
    expect(Object.keys(parts)).toEqual(['[Content_Types].xml', 'word/media/bild.png']);
    expect(Buffer.from(parts['[Content_Types].xml']!).equals(xml)).toBe(true);
    expect(Buffer.from(parts['word/media/bild.png']!).equals(noise)).toBe(true);
    const flags = archive.readUInt16LE(6);
    expect(flags & 0x08).toBe(0); // no data descriptor
    expect(archive.readUInt16LE(8)).toBe(8); // deflated
    expect(archive.readUInt32LE(18)).toBeLessThan(xml.length / 10); // compressed size
    expect(archive.readUInt32LE(22)).toBe(xml.length);
    const second = 30 + '[Content_Types].xml'.length + archive.readUInt32LE(18);
    expect(archive.readUInt16LE(second + 8)).toBe(0); // stored
    expect(zip([{ name: 'a.xml', data: xml }]).equals(zip([{ name: 'a.xml', data: xml }]))).toBe(true);
  });
});

describe('time left in the progress bar', () => {
  it.each([
    [0, '0 s'],
    [0.2, '1 s'],
    [59.5, '1 min'],
    [61, '1 min 1 s'],
    [200, '3 min 20 s'],
  ])('%s s → %s', async (seconds, text) => {
    const { duration } = await import('../src/batch/progress.js');
    expect(duration(seconds)).toBe(text);
  });
});

describe('leading zeros', () => {
  it('warns where YAML turns „0452“ into the number 452', async () => {
    const { parseSpec } = await import('../src/spec/load.js');
    const loaded = parseSpec('nummer: 0452\ntext: "0452"\nzahl: 452\n', 'x.yaml');
    expect(loaded.diagnostics).toMatchObject([
      { code: 'RV110', severity: 'warning', line: 1, column: 9, message: expect.stringContaining('Zahl 452') },
    ]);
  });
});

describe('Markdown fields', () => {
  const fieldText = (text: string) =>
    markdownToModel('::feldref{n="0"}', [text]).blocks.map((b) => plainText((b as { children: never[] }).children));

  it('keep a user-written „::feldref“ as the text typed instead of pulling in another field', () => {
    expect(fieldText('Vorher\n\n::feldref{n=0}\n\nNachher')).toEqual(['Vorher', '::feldref{n=0}', 'Nachher']);
  });

  // Only :sprache[…] means something in a user's text; a colon before a word is otherwise a colon.
  it.each([
    ['Tel.:Amt{Zimmer 3} und Anlage:Plan[1]', ['Tel.:Amt{Zimmer 3} und Anlage:Plan[1]']],
    ['Anlage:Karte[**Nord**]{Maßstab 1:500} hier', ['Anlage:Karte[Nord]{Maßstab 1:500} hier']],
    ['Anlage:Karte[] und :x', ['Anlage:Karte[] und :x']],
    ['::hinweis[Achtung]{wichtig}', ['::hinweis[Achtung]{wichtig}']],
    [':::kasten[Titel]\nInnen **fett**\n:::', [':::kasten[Titel]', 'Innen fett', ':::']],
  ])('keep directive syntax other than :sprache as typed: %s', (text, expected) => expect(fieldText(text)).toEqual(expected));

  it('keep the fence lines of such a block inside a list item', () => {
    const [list] = markdownToModel('::feldref{n="0"}', ['- :::kasten\n  Innen\n  :::']).blocks as [{ items: { children: never[] }[][] }];
    expect(list.items[0]!.map((block) => plainText(block.children))).toEqual([':::kasten', 'Innen', ':::']);
  });

  it('keep what is parsed inside the brackets of such text, and a :sprache mark after it', () => {
    const { blocks } = markdownToModel('::feldref{n="0"}', ['Anlage:Karte[**Nord**] mit :sprache[Open Library]{lang=en}']);
    expect((blocks[0] as { children: unknown[] }).children).toEqual([
      { type: 'text', value: 'Anlage:Karte[' },
      { type: 'strong', children: [{ type: 'text', value: 'Nord' }] },
      { type: 'text', value: '] mit ' },
      { type: 'language', lang: 'en', children: [{ type: 'text', value: 'Open Library' }] },
    ]);
  });
});

describe('tildes', () => {
  const inlines = (text: string) => (markdownToModel('::feldref{n="0"}', [text]).blocks[0] as { children: unknown[] }).children;

  it('strike out words between two of them on each side', () => {
    expect(inlines('Die Gebühr wird ~~nicht~~ erhoben')).toEqual([
      { type: 'text', value: 'Die Gebühr wird ' },
      { type: 'deleted', children: [{ type: 'text', value: 'nicht' }] },
      { type: 'text', value: ' erhoben' },
    ]);
  });

  it.each(['Gruppen von 5~10 und 20~30 Personen', 'ca. ~50 bis ~70~ Personen'])('stay as typed when single, for „circa“ and ranges: %s', (text) => {
    expect(inlines(text)).toEqual([{ type: 'text', value: text }]);
  });
});

describe('stars inside words', () => {
  const inlines = (text: string) => (markdownToModel('::feldref{n="0"}', [text]).blocks[0] as { children: unknown[] }).children;

  it.each(['Die Mitarbeiter*innen und Bürger*innen kommen.', 'jede*r Teilnehmer*in', '3*5*7 Plätze'])('stay stars (gender star, multiplication): %s', (text) => {
    expect(inlines(text)).toEqual([{ type: 'text', value: text }]);
  });

  it('leave bold and italics around such words as they are', () => {
    expect(inlines('**Alle Kolleg*innen** und *die Bürger*innen*')).toEqual([
      { type: 'strong', children: [{ type: 'text', value: 'Alle Kolleg*innen' }] },
      { type: 'text', value: ' und ' },
      { type: 'emphasis', children: [{ type: 'text', value: 'die Bürger*innen' }] },
    ]);
  });

  it('stay stars in links and code too', () => {
    expect(inlines('[Bürger*innen](https://example.org/a*b) und `x*y*z`')).toEqual([
      { type: 'link', url: 'https://example.org/a*b', children: [{ type: 'text', value: 'Bürger*innen' }] },
      { type: 'text', value: ' und x*y*z' },
    ]);
  });
});

describe('lists and enumerations as typed or pasted from Word', () => {
  const blocks = (text: string) => markdownToModel('::feldref{n="0"}', [text]).blocks;
  const shown = (text: string) =>
    blocks(text).map((b) => (b.type === 'list' ? b.items.map((item) => plainText((item[0] as { children: never[] }).children)) : plainText((b as { children: never[] }).children)));

  it.each([
    ['Der Rat beschließt:\n• die Satzung\n• den Haushalt', ['Der Rat beschließt:', ['die Satzung', 'den Haushalt']]],
    ['Ziele:\n▪\tFrühe Hilfen\n▪ Kita', ['Ziele:', ['Frühe Hilfen', 'Kita']]],
    ['Angebote:\n• Frühe Hilfen\n– Kita-Sozialarbeit\n– Schulsozialarbeit', ['Angebote:', ['Frühe Hilfen', 'Kita-Sozialarbeit', 'Schulsozialarbeit']]],
  ])('read Word\'s bullets at the start of lines as a list: %s', (text, expected) => expect(shown(text)).toEqual(expected));

  it.each(['Das Projekt läuft\n– so die Leitung – weiter.', '•ohne Abstand bleibt Text', '    • vier Leerzeichen: Text wie getippt'])('leave a dash in prose and other bullets as text: %s', (text) => {
    expect(shown(text)).toEqual([text.replace(/\s*\n\s*/g, ' ').trim()]);
  });

  const lists = (text: string) =>
    blocks(text).flatMap((b) => (b.type === 'list' ? [{ start: b.start, numbering: b.numbering, items: b.items.map((item) => item.map((c) => plainText((c as { children: never[] }).children))) }] : []));

  it('read lines labelled a), b) … as a list that keeps its labels, lines wrapped in the YAML file joined', () => {
    expect(shown('Der Rat beschließt:\na) die Satzung in der\nvorliegenden Fassung,\nb) den Haushalt.')).toEqual([
      'Der Rat beschließt:',
      ['die Satzung in der vorliegenden Fassung,', 'den Haushalt.'],
    ]);
    expect(lists('Der Rat beschließt:\na) die Satzung,\nb) den Haushalt.')[0]).toMatchObject({ start: 1, numbering: { counter: 'lowerLetter', pattern: '%)' } });
  });

  it.each([
    ['(1) Die Gebühr wird erhoben.\n\n(2) Sie wird fällig\nam 1. Juli.', { counter: 'decimal', pattern: '(%)' }, ['Die Gebühr wird erhoben.', 'Sie wird fällig am 1. Juli.']],
    ['A. Sachverhalt\nB. Rechtslage\nC. Ergebnis', { counter: 'upperLetter', pattern: '%.' }, ['Sachverhalt', 'Rechtslage', 'Ergebnis']],
    ['(a) erstens\n(b) zweitens', { counter: 'lowerLetter', pattern: '(%)' }, ['erstens', 'zweitens']],
    ['1) Markdowns eigene Liste\n2) mit Klammer', { counter: 'decimal', pattern: '%)' }, ['Markdowns eigene Liste', 'mit Klammer']],
  ])('keep the form of the labels, in lines or in paragraphs: %s', (text, numbering, items) => {
    expect(lists(text)).toEqual([{ start: 1, numbering, items: items.map((item) => [item]) }]);
  });

  it('count on from the first label, and keep a hard line break inside an item', () => {
    expect(lists('c) dritter Punkt\\\nmit Zusatz\nd) vierter Punkt')).toEqual([
      { start: 3, numbering: { counter: 'lowerLetter', pattern: '%)' }, items: [['dritter Punkt\nmit Zusatz'], ['vierter Punkt']] },
    ]);
  });

  it('make a list inside an item from labels of another form', () => {
    const [outer] = blocks('a) die Satzung:\n(1) Gebühren\n(2) Fälligkeit\nb) den Haushalt') as ListBlock[];
    const [intro, inner] = outer!.items[0] as [ParagraphBlock, ListBlock];
    expect(plainText(intro.children)).toBe('die Satzung:');
    expect(inner.numbering).toEqual({ counter: 'decimal', pattern: '(%)' });
    expect(inner.items.map((item) => plainText((item[0] as ParagraphBlock).children))).toEqual(['Gebühren', 'Fälligkeit']);
    expect(outer!.items[1]).toEqual([{ type: 'paragraph', children: [{ type: 'text', value: 'den Haushalt' }] }]);
  });

  it.each([
    ['a) Ausgangslage\n\nIm Juni 2008 begann das Netzwerk.', ['a) Ausgangslage', 'Im Juni 2008 begann das Netzwerk.']],
    ['Wir haben z. B. am\nMontag und a. D. am\nDienstag getagt.', ['Wir haben z. B. am Montag und a. D. am Dienstag getagt.']],
    ['Eingänge:\na) erstens\nc) drittens', ['Eingänge:\na) erstens\nc) drittens']],
    ['a) erstens\n\nZwischentext\n\nb) zweitens', ['a) erstens', 'Zwischentext', 'b) zweitens']],
  ])('leave a label that nothing counts on from as text: %s', (text, expected) => {
    expect(shown(text).map((b) => (typeof b === 'string' ? b.replaceAll('\u00a0', ' ') : b))).toEqual(expected); // „z. B.“ is bound by a no-break space
  });
});

describe('tables pasted from Excel or Word (cells separated by tabs)', () => {
  const tables = (text: string) =>
    markdownToModel('::feldref{n="0"}', [text]).blocks.flatMap((b) =>
      b.type === 'table' ? [{ align: b.align, header: b.header.map(cellText), rows: b.rows.map((r) => r.map(cellText)) }] : [],
    );
  // Figures and their units are bound by a no-break space.
  const cellText = (cell: { children: Inline[] }) => plainText(cell.children).replaceAll('\u00a0', ' ');
  const kinds = (text: string) => markdownToModel('::feldref{n="0"}', [text]).blocks.map((b) => b.type);

  it('become a table headed by the first line, with columns of figures set right', () => {
    expect(tables('Die Kosten:\nPosten\t2025\t2026\nPersonal\t40.000 €\t42.000 €\nSachkosten\t5.000\t12,5 %\nDanach Text.')).toEqual([
      {
        align: ['left', 'right', 'right'],
        header: ['Posten', '2025', '2026'],
        rows: [
          ['Personal', '40.000 €', '42.000 €'],
          ['Sachkosten', '5.000', '12,5 %'],
        ],
      },
    ]);
    expect(kinds('Die Kosten:\nPosten\t2025\nPersonal\t40.000 €\nDanach Text.')).toEqual(['paragraph', 'table', 'paragraph']);
  });

  it('keep empty cells in their column, a pipe in a cell, and rows wider than the first (shorter ones filled with empty cells)', () => {
    expect(tables('\tQ1\tQ2\nNord | Ost\t3\t\nSüd\t5\t6\t7')).toEqual([
      {
        align: ['left', 'right', 'right', 'right'],
        header: ['', 'Q1', 'Q2', ''],
        rows: [
          ['Nord | Ost', '3', '', ''],
          ['Süd', '5', '6', '7'],
        ],
      },
    ]);
  });

  it('stay inside the list item they are indented under', () => {
    const [list] = markdownToModel('::feldref{n="0"}', ['- Quartale:\n  Q1\t12\n  Q2\t14\n- Ende']).blocks as ListBlock[];
    expect(list!.items[0]!.map((b) => b.type)).toEqual(['paragraph', 'table']);
    expect(list!.items).toHaveLength(2);
  });

  it.each([
    ['one line alone', 'Miete\t1.200 €'],
    ['lines of a list pasted from Word', 'Ziele:\n▪\tFrühe Hilfen\n▪\tKita\n1.\terstens\n2.\tzweitens'],
    ['lines in a code block', '```\na\tb\nc\td\n```'],
  ])('leave %s as they are', (_, text) => {
    expect(tables(text)).toEqual([]);
  });

  it('keep the positions of the cells as written, past the rows added before them', () => {
    const tree = parseUserMarkdown('Text\nA\tB | C\n1\t2 | 3\n4\t5');
    const table = tree.children[1] as Table;
    const figure = table.children[2]!.children[1]!.children[0]!;
    expect(figure.position?.start).toEqual({ line: 4, column: 3, offset: 23 });
    expect(figure.position?.end).toEqual({ line: 4, column: 4, offset: 24 });
    const piped = table.children[1]!.children[1]!.children[0]!;
    expect(piped.position).toMatchObject({ start: { line: 3, column: 3 }, end: { line: 3, column: 8 } });
    expect(tree.children[0]!.position?.end).toEqual({ line: 1, column: 5, offset: 4 });
  });

  it('keep their tabs through loading, where other tabs within a line become spaces', () => {
    const loaded = parseSpec('sachlage: |\n  Miete\t1.200 €\n\n  Posten\tBetrag\n  Miete\t1.200 €\n', 'x.yaml');
    expect(loaded.data).toEqual({ sachlage: 'Miete 1.200 €\n\nPosten\tBetrag\nMiete\t1.200 €\n' });
  });
});

describe('language marks', () => {
  const inlines = (markdown: string) => (markdownToModel(markdown).blocks[0] as { children: unknown[] }).children;

  it('mark words in another language with their tag', () => {
    expect(inlines('nach dem :sprache[best *practice*]{lang=en} der Kommunen')).toEqual([
      { type: 'text', value: 'nach dem ' },
      { type: 'language', lang: 'en', children: [{ type: 'text', value: 'best ' }, { type: 'emphasis', children: [{ type: 'text', value: 'practice' }] }] },
      { type: 'text', value: ' der Kommunen' },
    ]);
    expect(inlines(':sprache[Grüezi]{lang=de-CH}')).toEqual([{ type: 'language', lang: 'de-CH', children: [{ type: 'text', value: 'Grüezi' }] }]);
  });

  it('keep the words, unmarked, when the language is missing or not a language tag', () => {
    for (const markdown of [':sprache[best practice]', ':sprache[best practice]{lang=englisch}']) {
      expect(plainText(inlines(markdown) as never)).toBe('best practice');
    }
  });

  it('accept the common BCP 47 forms only', async () => {
    const { isLanguageTag } = await import('../src/spec/formats.js');
    expect(['en', 'fr-BE', 'de-CH', 'sr-Latn', 'es-419', 'tr'].every(isLanguageTag)).toBe(true);
    expect(['EN', 'englisch', 'en_US', 'e', 'de-ch', ''].some(isLanguageTag)).toBe(false);
  });
});

describe('default number of workers', () => {
  it('starts a second worker only when each gets fifty documents, and never more than cores', async () => {
    const { defaultJobs } = await import('../src/batch/run-batch.js');
    const { availableParallelism } = await import('node:os');
    const cores = availableParallelism();
    expect(defaultJobs(1)).toBe(1);
    expect(defaultJobs(7)).toBe(1);
    expect(defaultJobs(15)).toBe(1);
    expect(defaultJobs(16)).toBe(Math.min(cores, 2));
    expect(defaultJobs(100_000)).toBe(cores);
  });

  it('splits a batch into a DOCX and a PDF stage only when there are two workers and both formats', async () => {
    const { stagesFor } = await import('../src/batch/run-batch.js');
    expect(stagesFor(['docx', 'pdf'], 2)).toEqual([['docx'], ['pdf']]);
    expect(stagesFor(['docx', 'pdf'], 4)).toEqual([['docx'], ['pdf']]);
    expect(stagesFor(['docx', 'pdf'], 1)).toBeUndefined();
    expect(stagesFor(['pdf'], 2)).toBeUndefined();
    expect(stagesFor(['docx'], 2)).toBeUndefined();
  });
});

describe('suggestions („Meinten Sie …?“)', () => {
  it.each([
    ['beratungsfolg', ['beratungsfolge', 'betreff'], 'beratungsfolge'],
    ['Art', ['art', 'datum'], 'art'],
    ['--jbos', ['--jobs', '--out'], '--jobs'],
    ['Jugendhilfeauschus', ['Kinder- und Jugendhilfeausschuss', 'Jugendhilfeausschuss'], 'Jugendhilfeausschuss'],
    ['stadt-koeln', ['stadt-duelmen', 'stadt-coesfeld'], undefined],
    ['Sozialausschuss', ['Schulausschuss'], undefined],
    ['art', [], undefined],
  ])('name the known name only when it is a near spelling, case aside: %s', async (written, known, expected) => {
    const { nearestName } = await import('../src/spec/suggest.js');
    expect(nearestName(written, known)).toBe(expected);
  });
});
