// What a reader, a screen reader and Word see in the Aachen example's files.
import { beforeAll, describe, expect, it } from 'vitest';
import { renderFile, renderText, type DocumentModel } from '../src/index.js';
import { docxListLevel, docxParagraphXml, docxParts, docxText, docxXmlText, pdfHorizontalLines, pdfPlacedTexts, pdfSpans, pdfText, squash, type PlacedText } from './helpers/extract.js';
import { pdfStructureElements } from './helpers/pdf-structure.js';
import { plainText } from '../src/compose/inline.js';

let model: DocumentModel;
let pdf: Buffer;
let docx: Record<string, string>;

beforeAll(async () => {
  const result = await renderFile('examples/aachen-im-blick.yaml');
  model = result.model!;
  pdf = result.outputs.pdf!;
  docx = docxParts(result.outputs.docx!);
});

/** An Aachen Mitteilungsvorlage whose Sachlage is the given Markdown lines. */
const mitteilung = (sachlage: string[]) =>
  [
    'art: mitteilungsvorlage', 'kommune: staedteregion-aachen', 'vorlagen_nr: "2024/1403"', 'datum: 2024-03-05', 'betreff: Seitenumbrüche',
    'beratungsfolge:', '  - datum: 2024-03-20', '    gremium: Kinder- und Jugendhilfeausschuss', '    zustaendigkeit: Kenntnisnahme',
    'sachlage: |', ...sachlage.map((line) => (line ? `  ${line}` : '')), 'finanzielle_auswirkungen: Keine', '',
  ].join('\n');

/** Renders a Mitteilungsvorlage whose Sachlage is `words`; its PDF and its DOCX must both read `expected`. */
async function expectPrinted(words: string, expected: string): Promise<void> {
  const result = await renderText(mitteilung([words]), 'text.yaml');
  expect(squash((await pdfText(result.outputs.pdf!)).pages.join(' '))).toContain(squash(expected));
  expect(docxText(result.outputs.docx!)).toContain(expected);
}

/** The same Mitteilungsvorlage with a finance table (its lines after `finanzielle_auswirkungen:`) instead of „Keine“. */
const withFinanceTable = (sachlage: string[], finance: string[]) =>
  mitteilung(sachlage).replace('finanzielle_auswirkungen: Keine\n', ['finanzielle_auswirkungen:', ...finance.map((line) => `  ${line}`), ''].join('\n'));

/** The Unna cost plan's first table: a title, three lines of lead text, eight rows and a note. */
const costPlan = [
  'tabellen:',
  '  - ueberschrift: Eigenleistung der beteiligten Kommunen',
  '    text: |',
  '      Anteilige Personalkosten',
  '',
  '      z.B. eine Fachkraft Planung, TVÖD SE S17, Gruppe 6, Stundensatz lt. KGST 31,91 €',
  '',
  '      Pro Fachkraft wöchentlicher Aufwand: 5,5 Stunden a 31,91 € = 175,51 €',
  '    titel: Kommune',
  '    zeilen:',
  ...['Unna', 'Selm', 'Kamen', 'Lünen', 'Bergkamen', 'Werne', 'Bönen', 'Holzwickede'].map((city) => `      - { bezeichnung: Stadt ${city}, betrag: 702 }`),
  '    nachtext: |',
  '      Die Einwohnerzahlen Stand 31.12.2010.',
];

describe('document model of seed 000', () => {
  it('has the sections of a Beschlussvorlage in order, with sub-headings one level down', () => {
    const headings = model.blocks.flatMap((b) =>
      b.type === 'heading' ? [`${b.level} ${b.children.map((c) => ('value' in c ? c.value : '')).join('')}`] : [],
    );
    expect(headings).toEqual([
      '1 Beratungsreihenfolge',
      '1 Beschlussvorschlag',
      '1 Sachlage',
      '2 1. Inhaltliche Aktivitäten 2023',
      '2 2. Weiterentwicklung des Netzwerkes',
      '3 2.1 Ausgangslage',
      '3 2.2 Im Blick 4.0 – Weiterentwicklung des Netzwerkes',
      '1 Rechtslage',
      '1 Personelle Auswirkungen',
      '1 Finanzielle/bilanzielle Auswirkungen',
      '1 Soziale Auswirkungen',
      '1 Anlage/n',
    ]);
  });

  it('ends with the signature „Im Auftrag: gez.: Terodde“ and „Keine“ Anlagen', () => {
    const signature = model.blocks.find((b) => b.type === 'signature');
    expect(signature).toMatchObject({
      columns: [{ before: [[{ value: 'Im Auftrag:' }]], after: [[{ value: 'gez.: Terodde' }]], signLine: false }],
    });
    expect(model.blocks.at(-1)).toMatchObject({ type: 'paragraph', children: [{ value: 'Keine' }] });
  });
});

describe('PDF', () => {
  it('carries title, language, tags and „Seite X von Y“ outside the reading text', async () => {
    const text = await pdfText(pdf);
    expect(text.title).toBe('Städteregionales Netzwerk „Im Blick“; Aktivitäten 2023 und Weiterentwicklung');
    const raw = pdf.toString('latin1');
    expect(raw).toContain('/Lang (de-DE)');
    expect(raw).toContain('/StructTreeRoot');
    expect(raw).toContain('/DisplayDocTitle true');
    expect(raw).toMatch(/\/FontFile2/);
    expect(raw).not.toMatch(/\/BaseFont \/Helvetica/);
    expect(text.pages.join('\n')).not.toContain('Seite 1 von');
    const pages = text.pages.length;
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(raw.match(/\/Type \/Page\b/g)).toHaveLength(pages);
  });
});

describe('PDF footnotes', () => {
  it('go to the foot of the page that references them, also from a heading, a table header, a table cell or a list, in number order', async () => {
    const filler = Array.from({ length: 16 }, () => '  Ein Absatz, der die erste Seite füllt, damit das Dokument auf eine zweite Seite läuft und Notizen wandern könnten.').join('\n\n');
    const spec = [
      'art: mitteilungsvorlage', 'kommune: staedteregion-aachen', 'vorlagen_nr: "2024/1401"', 'datum: 2024-03-05', 'betreff: Fußnoten',
      'beratungsfolge:', '  - datum: 2024-03-20', '    gremium: Kinder- und Jugendhilfeausschuss', '    zustaendigkeit: Kenntnisnahme',
      'sachlage: |', '  ## Zahlen[^titel]', '', '  Text vor der Tabelle.', '', '  | Schule | Stunden[^kopf] |', '  |---|--:|', '  | GS Lambertus[^zelle] | 19,5 |', '',
      '  - Ein Punkt mit Fußnote[^liste]', '  - noch einer', '', filler, '',
      '  [^titel]: Zahlen der Schulverwaltung.', '  [^kopf]: Stand Februar.', '  [^zelle]: Seit 01.08.2023.', '  [^liste]: Die Fußnote im Listenpunkt.', 'finanzielle_auswirkungen: Keine', '',
    ].join('\n');
    const result = await renderText(spec, 'fussnoten.yaml', ['pdf']);
    const pages = (await pdfText(result.outputs.pdf!)).pages;
    expect(pages.length).toBeGreaterThan(1); // the notes could have moved to a later page
    const first = pages[0]!;
    const at = ['¹ Zahlen der Schulverwaltung.', '² Stand Februar.', '³ Seit 01.08.2023.', '⁴ Die Fußnote im Listenpunkt.'].map((note) => first.indexOf(note));
    expect(at.every((i) => i > first.lastIndexOf('Ein Absatz'))).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    const footers = (await pdfPlacedTexts(result.outputs.pdf!)).filter((t) => /^Seite \d+ von/.test(t.text));
    expect(new Set(footers.map((f) => f.y.toFixed(1))).size).toBe(1); // the notes do not lift the footer into them
  });
});

describe('DOCX', () => {
  const document = () => docx['word/document.xml']!;

  it('uses Word heading styles, list numbering and a title style', () => {
    expect(document()).toContain('<w:pStyle w:val="Heading1"/>');
    expect(document()).toContain('<w:pStyle w:val="Heading3"/>');
    expect(document()).toContain('<w:pStyle w:val="Title"/>');
    expect(document()).toMatch(/<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="\d+"\/><\/w:numPr>/);
  });

  it('sets German language, the Betreff as title, and a page-X-of-Y footer', () => {
    expect(docx['word/styles.xml']).toContain('<w:lang w:val="de-DE"');
    expect(docx['docProps/core.xml']).toContain('<dc:title>Städteregionales Netzwerk „Im Blick“; Aktivitäten 2023 und Weiterentwicklung</dc:title>');
    expect(docx['docProps/core.xml']).toContain('2024-01-31T00:00:00Z');
    const footer = Object.entries(docx).find(([name]) => /word\/footer\d*\.xml/.test(name))![1];
    expect(footer).toContain('Seite ');
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
  });
});

describe('heading levels', () => {
  // In a Sachlage, `#` to `###` are levels 2 to 4, under the section heading „Sachlage“ (level 1); the body is 11 pt.
  const spec = mitteilung(['# Ebene zwei', '', 'Text.', '', '## Ebene drei', '', 'Text.', '', '### Ebene vier', '', 'Text.']);
  const LEVELS = ['Sachlage', 'Ebene zwei', 'Ebene drei', 'Ebene vier'];

  it('sets each level apart in the PDF: 13, 12 and 11 pt bold, then 11 pt bold italic', async () => {
    const placed = await pdfPlacedTexts((await renderText(spec, 'ebenen.yaml', ['pdf'])).outputs.pdf!, { fonts: true });
    const look = (text: string) => placed.filter((p) => p.text.endsWith(text)).map((p) => `${p.size} ${p.font}`);
    expect(LEVELS.map(look)).toEqual([['13 Arimo-Bold'], ['12 Arimo-Bold'], ['11 Arimo-Bold'], ['11 Arimo-BoldItalic']]);
  });

  it('gives Word\'s Heading 1 to 4 the same sizes and styles as the PDF', async () => {
    const styles = docxParts((await renderText(spec, 'ebenen.yaml', ['docx'])).outputs.docx!)['word/styles.xml']!;
    const look = (level: number) => {
      const style = styles.match(new RegExp(`<w:style [^>]*w:styleId="Heading${level}".*?</w:style>`))![0];
      const italic = /<w:i\/>/.test(style) ? ' italic' : '';
      return `${Number(style.match(/<w:sz w:val="(\d+)"/)![1]) / 2}${/<w:b\/>/.test(style) ? ' bold' : ''}${italic}`;
    };
    expect([1, 2, 3, 4].map(look)).toEqual(['13 bold', '12 bold', '11 bold', '11 bold italic']);
  });
});

describe('DOCX set as the PDF', () => {
  const spec = [
    'art: mitteilungsvorlage', 'kommune: staedteregion-aachen', 'vorlagen_nr: "2024/1402"', 'datum: 2024-03-05', 'betreff: Listen und Fußnoten',
    'beratungsfolge:', '  - datum: 2024-03-20', '    gremium: Kinder- und Jugendhilfeausschuss', '    zustaendigkeit: Kenntnisnahme',
    'sachlage: |', '  4. Vierter Punkt', '  5. Fünfter Punkt', '     1. Unterpunkt', '        1. Ebene drei', '        2. Ebene drei weiter', '           1. Ebene vier', '              1. Ebene fünf', '',
    '  Dazwischen ein Absatz.[^jugendamt]', '', '  1. Neue Liste', '',
    '  [^jugendamt]: Das Jugendamt der Stadt wirkt mit.', 'finanzielle_auswirkungen: Keine', '',
  ].join('\n');
  let parts: Record<string, string>;
  beforeAll(async () => {
    parts = docxParts((await renderText(spec, 'listen.yaml', ['docx'])).outputs.docx!);
  });

  /** Word's and LibreOffice's single line for Arial (ascent, descent and gap of its metrics), in em. */
  const ARIAL_SINGLE_LINE = 1.15;
  const lineHeightEm = (xml: string) => {
    const [, line, rule = 'auto'] = xml.match(/<w:spacing [^>]*w:line="(\d+)"(?: w:lineRule="(\w+)")?/)!;
    expect(rule).toBe('auto'); // a multiple of the single line (OOXML's default): right for headings, notes and images too
    return (Number(line) / 240) * ARIAL_SINGLE_LINE;
  };

  it('spaces lines 1.25 em apart, as the PDF, not 1.25 single lines', () => {
    const defaults = parts['word/styles.xml']!.match(/<w:pPrDefault>.*?<\/w:pPrDefault>/)![0];
    expect(lineHeightEm(defaults)).toBeCloseTo(1.25, 2);
  });

  it('numbers an ordered list from its first number, and a later list from 1 again', () => {
    expect(docxListLevel(parts, 'Vierter Punkt')).toEqual({ format: 'decimal', label: '%1.', start: 4 });
    expect(docxListLevel(parts, 'Neue Liste')).toMatchObject({ start: 1 });
  });

  it('labels list levels as the PDF: 1., a), 1., 1., a)', () => {
    expect(docxListLevel(parts, 'Unterpunkt')).toEqual({ format: 'lowerLetter', label: '%2)', start: 1 });
    expect(docxListLevel(parts, 'Ebene drei weiter')).toEqual({ format: 'decimal', label: '%3.', start: 1 });
    expect(docxListLevel(parts, 'Ebene vier')).toEqual({ format: 'decimal', label: '%4.', start: 1 });
    expect(docxListLevel(parts, 'Ebene fünf')).toEqual({ format: 'lowerLetter', label: '%5)', start: 1 });
  });

  it('keeps a table\'s space below it before a list or check boxes that follow, as the PDF does', async () => {
    const table = ['| Thema | Termin |', '|---|---|', '| Kita | März |', ''];
    const xml = docxParts((await renderText(mitteilung([...table, '- Punkt nach der Tabelle', '', ...table, '- [x] Kästchen nach der Tabelle']), 'nach-tabelle.yaml', ['docx'])).outputs.docx!)['word/document.xml']!;
    const paragraph = (text: string) => xml.split(/<w:p[ >]/).find((p) => docxXmlText(p).includes(text))!;
    // 9 pt below a table = 180 twips
    expect(paragraph('Punkt nach der Tabelle')).toMatch(/<w:spacing [^>]*w:before="180"/);
    expect(paragraph('Kästchen nach der Tabelle')).toMatch(/<w:spacing [^>]*w:before="180"/);
  });

  it('indents a table inside a list or a quote by as much as the PDF, out to the right margin', async () => {
    const table = ['| Thema | Termin |', '|---|---|', '| Kita | März |'];
    for (const [name, lines] of [
      ['list', ['Davor.', '', '- Punkt:', '', ...table.map((line) => `  ${line}`), '', 'Danach.']],
      ['quote', ['Davor.', '', '> Punkt:', '>', ...table.map((line) => `> ${line}`), '', 'Danach.']],
    ] as const) {
      const result = await renderText(mitteilung([...lines]), 'tabelle-eingerueckt.yaml');
      const placed = await pdfPlacedTexts(result.outputs.pdf!);
      const [margin, first, second] = ['Davor.', 'Thema', 'Termin'].map((text) => placed.find((p) => p.text.trim() === text)!);
      const xml = docxParts(result.outputs.docx!)['word/document.xml']!;
      const start = xml.lastIndexOf('<w:tbl>', xml.indexOf('>Thema<'));
      const table = xml.slice(start, xml.indexOf('</w:tblGrid>', start));
      const [indent, column] = [/<w:tblInd w:type="dxa" w:w="(\d+)"\/>/, /<w:gridCol w:w="(\d+)"\/>/].map((re) => Number(table.match(re)![1]) / 20);
      // Each cell's text stands 4 pt inside its border, in the PDF and (its cell margin) in the DOCX.
      expect(first!.x - margin!.x, name).toBeGreaterThan(10);
      expect(indent! + 4, name).toBeCloseTo(first!.x - margin!.x, 0);
      expect(indent! + column! + 4, name).toBeCloseTo(second!.x - margin!.x, 0);
    }
  });

  it('sets footnotes in the small size, tight, with a space after the number', () => {
    const notes = parts['word/footnotes.xml']!;
    expect(docxXmlText(notes)).toContain(' Das Jugendamt der Stadt wirkt mit.');
    expect(notes).toMatch(/<w:pStyle w:val="FootnoteText"\/>.*?<w:footnoteRef\/><\/w:r><w:r><w:t xml:space="preserve"> <\/w:t>/);
    const style = parts['word/styles.xml']!.match(/<w:style w:type="paragraph" w:styleId="FootnoteText">.*?<\/w:style>/)![0];
    expect(style).toContain('<w:sz w:val="18"/>'); // 9 pt, as the PDF's notes under 11 pt text
    expect(style).toMatch(/<w:spacing w:after="0"/);
    expect(lineHeightEm(style)).toBeCloseTo(1.25, 2);
  });
});

describe('PDF text after other documents', () => {
  it('copies out unchanged when documents with other glyphs were rendered before in the same process', async () => {
    await renderFile('examples/aachen-jahresbericht/jahresbericht-2023.yaml', ['pdf']);
    const result = await renderFile('examples/gladbeck-kein-kind-zuruecklassen.yaml', ['pdf']);
    const text = (await pdfText(result.outputs.pdf!)).pages.join('\n');
    expect(text).toContain('Fachbericht zum Umsetzungsstand in Gladbeck');
  });
});

describe('German quotes', () => {
  it('sets the straight quotes a keyboard types as „…“: in the text, the running header and the title', async () => {
    const result = await renderFile('examples/gladbeck-kein-kind-zuruecklassen.yaml');
    const pdf = await pdfText(result.outputs.pdf!);
    expect(pdf.title).toBe('Modellprojekt „Kein Kind zurücklassen! Kommunen in NRW beugen vor“ Fachbericht zum Umsetzungsstand in Gladbeck');
    expect(pdf.allText.join('\n')).not.toContain('"');
    expect(pdf.pages[0]).toContain('Modellprojekt „Kein Kind zurücklassen! Kommunen in NRW beugen vor“');
    const docx = await docxText(result.outputs.docx!);
    expect(docx).toContain('Modellprojekt „Kein Kind zurücklassen! Kommunen in NRW beugen vor“');
    expect(docx).not.toContain('"');
  });

  it("sets straight single quotes as ‚…‘ and apostrophes as ’, in PDF and DOCX", async () => {
    const words = `Das sogenannte 'Präventionsnetz' geht's an: "Wir sagen 'Ja' dazu", so der Kreis' Sprecher.`;
    const expected = 'Das sogenannte ‚Präventionsnetz‘ geht’s an: „Wir sagen ‚Ja‘ dazu“, so der Kreis’ Sprecher.';
    await expectPrinted(words, expected);
  });

  it('sets the quotes of the language words are marked with, and straight ones where its quotes are unknown', async () => {
    const words = 'Das "Netzwerk" heißt :sprache[the "early help" approach]{lang=en}, :sprache[le "bien commun"]{lang=fr} und :sprache["iyi örnek"]{lang=tr}.';
    const expected = 'Das „Netzwerk“ heißt the “early help” approach, le «\u00a0bien commun\u00a0» und "iyi örnek".';
    await expectPrinted(words, expected);
  });
});

describe('Text with a colon before a word', () => {
  it('prints brackets and braces after it as typed, in PDF and DOCX („Tel.:Amt{Zimmer 3}“)', async () => {
    const words = 'Auskunft: Tel.:Amt{Zimmer 3}, der Plan liegt als Anlage:Karte[1] bei, Maßstab:M[1:500]{Nord}.';
    await expectPrinted(words, words);
  });
});

describe('Struck-out words (~~…~~)', () => {
  it('are struck through in the PDF and the DOCX, keeping their words, and said to be struck to screen readers', async () => {
    const render = async (words: string) => renderText(mitteilung([words]), 'streichung.yaml');
    const struck = await render('Der Beitrag beträgt ~~monatlich 120 €~~ **monatlich 135 €** ab Mai.');
    const plain = await render('Der Beitrag beträgt monatlich 120 € **monatlich 135 €** ab Mai.');
    const placed = await pdfPlacedTexts(struck.outputs.pdf!);
    const line = placed.find((p) => p.text.includes('Der Beitrag'))!;
    const before = await pdfHorizontalLines(plain.outputs.pdf!);
    const added = (await pdfHorizontalLines(struck.outputs.pdf!)).filter((l) => !before.some((b) => b.page === l.page && b.y === l.y && b.x1 === l.x1));
    expect(added).toHaveLength(1);
    // Through the words, not under them: above the baseline, below the top of the lower-case letters.
    expect(line.y - added[0]!.y).toBeGreaterThan(1);
    expect(line.y - added[0]!.y).toBeLessThan(line.size * 0.6);
    expect(added[0]!.x2 - added[0]!.x1).toBeGreaterThan(60); // „monatlich 120 €“ at 11 pt
    expect(squash((await pdfText(struck.outputs.pdf!)).pages.join(' '))).toContain(squash('beträgt monatlich 120 € monatlich 135 € ab Mai.'));
    // A screen reader does not hear a line through words: it is told that they are struck.
    expect(pdfSpans(struck.outputs.pdf!).map((span) => span.alt?.replaceAll('\u00a0', ' '))).toEqual(['gestrichen: monatlich 120 €']);
    expect(pdfSpans(plain.outputs.pdf!)).toEqual([]);
    const xml = docxParts(struck.outputs.docx!)['word/document.xml']!;
    const runs = xml.split('<w:r>').filter((r) => r.includes('<w:strike/>')).map(docxXmlText);
    expect(runs.join('').replaceAll('\u00a0', ' ')).toBe('monatlich 120 €');
  });
});

describe('Hard line breaks (two spaces or „<br>“ at the end of a line)', () => {
  it('start the next line at the left edge of the text, however the words before them are set', async () => {
    const lines = ['**Familienzentrum Rosenhügel**  ', 'Rosenstraße 1  ', '*42551 Velbert*', '', 'Der Betrag ist **neu** berechnet  ', 'und ~~ersetzt~~ den alten.'];
    const result = await renderText(mitteilung(lines), 'umbruch.yaml');
    const placed = await pdfPlacedTexts(result.outputs.pdf!);
    const lineStarts = ['Familienzentrum', 'Rosenstraße', '42551', 'Der Betrag', 'und'].map((start) => placed.find((p) => p.text.startsWith(start))!);
    expect(new Set(lineStarts.map((p) => p.x)).size).toBe(1);
    const ys = lineStarts.map((p) => p.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(new Set(ys).size).toBe(ys.length);
    expect(squash((await pdfText(result.outputs.pdf!)).pages.join(' '))).toContain(squash('Der Betrag ist neu berechnet und ersetzt den alten.'));
  });

  it('let a line before a break use the whole width, and a table cell be as tall as its lines (seed 003, „Anwendungsbereich“)', async () => {
    const result = await renderFile('examples/unna-interessensbekundung/interessensbekundung.yaml', ['pdf']);
    const placed = await pdfPlacedTexts(result.outputs.pdf!);
    const y = (start: string) => placed.find((p) => p.text.startsWith(start))!.y;
    const cities = placed.find((p) => p.text.startsWith('Städte:'))!;
    const above = placed.filter((p) => p.page === cities.page && p.x === cities.x && p.y < cities.y).at(-1)!;
    expect(above.text).toBe('Kreis Unna');
    const line = cities.y - above.y;
    // „Städte: Fröndenberg/Ruhr, … Unna, Werne“ fits its cell's width: „Werne“ is not carried to a line of its own.
    expect(y('Gemeinden: Bönen') - y('Städte:')).toBeCloseTo(line, 1);
    // The next row starts below the third line by one line and the cell's padding, not by an empty line more.
    expect(y('Zielgruppen:') - y('Gemeinden: Bönen')).toBeLessThan(line * 1.9);
  });
});

describe('A table too wide for the page', () => {
  it('breaks only its longest words (a URL, a long compound), never a figure, a year or a short word', async () => {
    const result = await renderText(
      mitteilung([
        '| Maßnahme | Träger | 2024 | 2025 | 2026 | 2027 | Summe | Bemerkung |',
        '|---|---|--:|--:|--:|--:|--:|---|',
        '| Kinder- und Jugendhilfeplanungsfortschreibungsverfahren | Jugendamt | 10.000 € | 12.000 € | 14.000 € | 16.000 € | 52.000 € | https://www.example.org/sehr/langer/pfad/ohne/leerzeichen |',
        '| Kita | Träger | 1 € | 2 € | 3 € | 4 € | 10 € | |',
      ]),
      'breit.yaml',
      ['pdf'],
    );
    const texts = (await pdfPlacedTexts(result.outputs.pdf!)).map((p) => p.text.trim().replaceAll('\u00a0', ' '));
    for (const whole of ['Maßnahme', 'Träger', 'Jugendamt', '2024', '2027', 'Summe', 'Bemerkung', '10.000 €', '16.000 €', '52.000 €']) expect(texts).toContain(whole);
    expect(squash((await pdfText(result.outputs.pdf!)).pages.join(' '))).toContain('Jugendhilfeplanungs');
  });
});

describe('Tables pasted from Excel (cells separated by tabs)', () => {
  it('are tables in the PDF and the DOCX: the first line as head, each row on one line, figures set right', async () => {
    const result = await renderText(mitteilung(['Die Kosten:', 'Posten\t2025', 'Personal\t40.000 €', 'Sachkosten\t5.000 €', 'Danach geht der Text weiter.']), 'excel.yaml');
    const placed = await pdfPlacedTexts(result.outputs.pdf!);
    const at = (text: string) => placed.find((p) => p.text.replaceAll('\u00a0', ' ').trim() === text)!;
    for (const [label, figure] of [['Posten', '2025'], ['Personal', '40.000 €'], ['Sachkosten', '5.000 €']] as const) {
      expect(at(figure).y, figure).toBeCloseTo(at(label).y, 1);
      expect(at(figure).x, figure).toBeGreaterThan(at(label).x + 100);
    }
    const rightEdge = (text: string) => at(text).x + at(text).width;
    expect(rightEdge('5.000 €')).toBeCloseTo(rightEdge('40.000 €'), 0);
    expect(at('Danach geht der Text weiter.').y).toBeGreaterThan(at('Sachkosten').y);
    const xml = docxParts(result.outputs.docx!)['word/document.xml']!;
    const start = xml.lastIndexOf('<w:tbl>', xml.indexOf('>Posten<'));
    const table = xml.slice(start, xml.indexOf('</w:tbl>', start));
    const rows = table.split('</w:tr>').slice(0, -1).map((row) => row.split('</w:tc>').slice(0, -1).map((cell) => docxXmlText(cell).replaceAll('\u00a0', ' ').trim()));
    expect(rows).toEqual([['Posten', '2025'], ['Personal', '40.000 €'], ['Sachkosten', '5.000 €']]);
    expect(table.split('</w:tc>')[3]).toContain('<w:jc w:val="right"/>');
    expect(xml).not.toContain('\t');
  });
});

describe('Rules („---“)', () => {
  it('draw a line across the text between the parts in the PDF and the DOCX, not read aloud', async () => {
    const result = await renderText(mitteilung(['Erster Teil.', '', '---', '', 'Zweiter Teil.']), 'linie.yaml');
    const placed = await pdfPlacedTexts(result.outputs.pdf!);
    const [first, second] = ['Erster Teil', 'Zweiter Teil'].map((text) => placed.find((p) => p.text.startsWith(text))!);
    const lines = (await pdfHorizontalLines(result.outputs.pdf!)).filter((l) => l.y > first!.y && l.y < second!.y);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.x1).toBeCloseTo(first!.x, 0);
    expect(lines[0]!.x2 - lines[0]!.x1).toBeGreaterThan(400); // the text's width on A4
    expect(squash((await pdfText(result.outputs.pdf!)).pages.join(' '))).toContain(squash('Erster Teil. Zweiter Teil.'));
    const xml = docxParts(result.outputs.docx!)['word/document.xml']!;
    const between = xml.slice(xml.indexOf('Erster Teil'), xml.indexOf('Zweiter Teil'));
    expect(between).toMatch(/<w:pBdr><w:bottom w:val="single"/);
  });
});

describe('Quoted text („> …“)', () => {
  const sachlage = [
    '§ 8a Abs. 1 SGB VIII lautet:', '',
    '> Werden dem Jugendamt gewichtige Anhaltspunkte bekannt, so schätzt es das Risiko ein.', '>',
    '> 1. die Erziehungsberechtigten einbeziehen,', '> 2. sich einen Eindruck verschaffen.', '>',
    '> ## § 8b Fachliche Beratung', '>', '> Personen haben Anspruch auf Beratung.', '',
    'Daraus folgt die Zuständigkeit.',
  ];
  let result: Awaited<ReturnType<typeof renderText>>;
  beforeAll(async () => {
    result = await renderText(mitteilung(sachlage), 'zitat.yaml');
  });

  it('stands in by two list indents in the PDF, its list with it, and the text after it does not', async () => {
    const placed = await pdfPlacedTexts(result.outputs.pdf!);
    const x = (text: string) => placed.find((p) => p.text.includes(text))!.x;
    const body = x('§ 8a Abs. 1');
    expect(x('Werden dem Jugendamt') - body).toBeCloseTo(36, 0);
    expect(x('Personen haben Anspruch') - body).toBeCloseTo(36, 0);
    expect(x('1.') - body).toBeCloseTo(36, 0);
    expect(x('die Erziehungsberechtigten') - body).toBeCloseTo(36 + 18, 0);
    expect(x('Daraus folgt')).toBeCloseTo(body, 0);
  });

  it('is a BlockQuote to screen readers, and a heading in it is its bold title, not a heading of the document', async () => {
    const pdf = result.outputs.pdf!;
    const raw = Buffer.from(pdf).toString('latin1');
    const quotes = [...raw.matchAll(/(\d+) 0 obj\s*<<\s*\/S \/BlockQuote/g)].map((m) => m[1]);
    expect(quotes).toHaveLength(1);
    const elements = await pdfStructureElements(pdf);
    const element = (text: string) => elements.find((e) => e.parts.some((p) => p.text.includes(text)))!;
    for (const text of ['Werden dem Jugendamt', 'Fachliche Beratung']) {
      expect(element(text).role).toBe('P');
      expect(new RegExp(`${element(text).object} 0 obj\\s*<<[^]*?/P ${quotes[0]} 0 R`).test(raw)).toBe(true);
    }
  });

  it('stands in as far in the DOCX, with its list, and has no heading style', () => {
    const xml = docxParts(result.outputs.docx!)['word/document.xml']!;
    const paragraph = (text: string) => xml.split(/<w:p[ >]/).find((p) => docxXmlText(p).includes(text))!;
    expect(paragraph('Werden dem Jugendamt')).toContain('<w:ind w:left="720"/>');
    expect(paragraph('die Erziehungsberechtigten')).toMatch(/<w:ind w:left="1080" w:hanging="360"\/>/);
    expect(paragraph('Fachliche Beratung')).not.toContain('Heading');
    expect(paragraph('Daraus folgt')).not.toContain('<w:ind');
  });
});

describe('Enumerations („a) …“, „(1) …“)', () => {
  const long = 'die Satzung über die Erhebung von Elternbeiträgen für die Inanspruchnahme von Angeboten der Kindertagesbetreuung in der vorliegenden Fassung,';
  const sachlage = ['Der Rat beschließt:', `a) ${long}`, 'b) den Haushalt.', '', '(1) Die Gebühr wird erhoben.', '', '(2) Sie wird fällig.'];
  let result: Awaited<ReturnType<typeof renderText>>;
  beforeAll(async () => {
    result = await renderText(mitteilung(sachlage), 'aufzaehlung.yaml');
  });

  it('print their labels as typed in the PDF, each item hanging beside its label', async () => {
    const placed = await pdfPlacedTexts(result.outputs.pdf!);
    const at = (text: string) => placed.find((p) => p.text.startsWith(text))!;
    const body = at('Der Rat beschließt').x;
    for (const label of ['a)', 'b)', '(1)', '(2)']) expect(at(label).x, label).toBeCloseTo(body, 0);
    const first = placed.findIndex((p) => p.text.startsWith('die Satzung'));
    const wrapped = placed[first + 1]!;
    expect(wrapped.y).toBeGreaterThan(placed[first]!.y);
    expect(long).toContain(wrapped.text.trim().split(' ')[0]);
    for (const item of [placed[first]!, wrapped, at('den Haushalt'), at('Die Gebühr')]) expect(item.x - body, item.text).toBeCloseTo(18, 0);
    // Items written as paragraphs stand apart as paragraphs do: 6 pt between them instead of 2.
    expect(at('(2)').y - at('(1)').y - (at('b)').y - wrapped.y)).toBeCloseTo(4, 1);
    const elements = await pdfStructureElements(result.outputs.pdf!);
    expect(elements.filter((e) => e.role === 'Lbl').map((e) => e.parts.map((p) => p.text).join(''))).toEqual(['a)', 'b)', '(1)', '(2)']);
  });

  it('are Word lists with the same labels in the DOCX', () => {
    const parts = docxParts(result.outputs.docx!);
    expect(docxListLevel(parts, 'die Satzung')).toEqual({ format: 'lowerLetter', label: '%1)', start: 1 });
    expect(docxListLevel(parts, 'Die Gebühr')).toEqual({ format: 'decimal', label: '(%1)', start: 1 });
    expect(docxText(result.outputs.docx!)).not.toMatch(/a\) die Satzung|\(1\) Die Gebühr/);
    const paragraph = (text: string) => docxParagraphXml(parts, text);
    expect(paragraph('den Haushalt')).not.toContain('w:before=');
    expect(paragraph('Sie wird fällig')).toContain('w:before="80"');
  });

  describe('with labels wider than the list indent („(10)“ …)', () => {
    const items = Array.from({ length: 11 }, (_, i) => `(${i + 1}) Absatz ${i + 1} der Satzung.`);
    let wide: Awaited<ReturnType<typeof renderText>>;
    beforeAll(async () => {
      wide = await renderText(mitteilung(['Die Satzung regelt:', ...items, '', 'Ende der Aufzählung.']), 'breite-marken.yaml');
    });

    it('move the text of all items out in the PDF, clear of the widest label', async () => {
      const placed = await pdfPlacedTexts(wide.outputs.pdf!);
      const at = (text: string) => placed.find((p) => p.text.startsWith(text))!;
      const body = at('Die Satzung regelt').x;
      const texts = items.map((_, i) => at(`Absatz ${i + 1} `));
      const column = texts[0]!.x;
      for (const text of texts) expect(text.x, text.text).toBeCloseTo(column, 1);
      const widest = at('(11)');
      expect(widest.x).toBeCloseTo(body, 0);
      expect(column - (widest.x + widest.width), 'room between „(11)“ and its text').toBeGreaterThanOrEqual(4);
      expect(column - body).toBeGreaterThan(18);
    });

    it('give the Word list the same column, its labels hanging in it', async () => {
      const placed = await pdfPlacedTexts(wide.outputs.pdf!);
      const pdfColumn = placed.find((p) => p.text.startsWith('Absatz 1 '))!.x - placed.find((p) => p.text.startsWith('Die Satzung regelt'))!.x;
      const indent = /<w:ind w:left="(\d+)" w:hanging="(\d+)"\/>/.exec(docxParagraphXml(docxParts(wide.outputs.docx!), 'Absatz 11 der Satzung'));
      expect(indent, 'an indent of its own').not.toBeNull();
      expect(indent![1]).toBe(indent![2]);
      expect(Number(indent![1]) / 20).toBeCloseTo(pdfColumn, 0);
    });

    it('leave lists whose labels fit to the numbering’s own indent', () => {
      const parts = docxParts(result.outputs.docx!);
      const paragraph = (text: string) => docxParagraphXml(parts, text);
      expect(paragraph('Die Gebühr')).not.toContain('<w:ind');
    });
  });
});

describe('PDF page breaks', () => {
  /** Where Aachen's text area ends: 20 mm above the foot of an A4 page. */
  const BODY_BOTTOM = 841.89 - 20 * (72 / 25.4);
  const renderPdf = async (sachlage: string[]) => (await renderText(mitteilung(sachlage), 'umbrueche.yaml', ['pdf'])).outputs.pdf!;
  const render = async (sachlage: string[]) => pdfPlacedTexts(await renderPdf(sachlage));
  const at = (placed: PlacedText[], text: string) => placed.find((p) => p.text.includes(text))!;

  it('splits a table row taller than a page: every line of its long cell, each page under the header, none below the margin', async () => {
    const long = Array.from({ length: 80 }, (_, i) => `Zeile${i + 1} der langen Zelle`).join('<br>');
    const placed = await render(['Vor der Tabelle.', '', '| Thema | Beschreibung |', '|---|---|', `| ${long} | Kurz daneben |`, '| Danach | Ende der Tabelle |']);
    const lines = Array.from({ length: 80 }, (_, i) => placed.filter((p) => p.text.trim() === `Zeile${i + 1} der langen Zelle`));
    expect(lines.every((found) => found.length === 1)).toBe(true);
    const pages = [...new Set(lines.map(([line]) => line!.page))];
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      const header = placed.find((p) => p.page === page && p.text === 'Thema')!;
      const cells = lines.map(([line]) => line!).filter((line) => line.page === page);
      expect(header.y).toBeLessThan(Math.min(...cells.map((c) => c.y)));
      expect(Math.max(...cells.map((c) => c.y))).toBeLessThanOrEqual(BODY_BOTTOM);
    }
    expect(at(placed, 'Kurz daneben').page).toBe(pages[0]); // the row's cells start side by side
    expect(at(placed, 'Thema').page).toBe(pages[0]); // no page with the header row alone
    expect(at(placed, 'Danach')).toMatchObject({ page: pages.at(-1) });
    expect(at(placed, 'Danach').y).toBeGreaterThan(lines[79]![0]!.y);
  });

  it('tags a paragraph, a list item and a table cell that run over a page break as one element each, found from every page', async () => {
    const sentences = (what: string) => Array.from({ length: 90 }, (_, i) => `Satz ${i + 1} ${what}, der über die Seite hinausläuft.`).join(' ');
    const cell = Array.from({ length: 80 }, (_, i) => `Zeile${i + 1} der langen Zelle`).join('<br>');
    const pdf = await renderPdf([sentences('des ersten Absatzes'), '', `- ${sentences('des Listenpunkts')}`, '', '| Thema | Beschreibung |', '|---|---|', `| ${cell} | Kurz |`]);
    const elements = await pdfStructureElements(pdf);
    const owning = (text: string) => elements.filter((e) => squash(e.parts.map((p) => p.text).join('')).includes(squash(text)));
    for (const [role, first, last] of [
      ['P', 'Satz 1 des ersten Absatzes', 'Satz 90 des ersten Absatzes'],
      ['P', 'Satz 1 des Listenpunkts', 'Satz 90 des Listenpunkts'],
      ['TD', 'Zeile1 der langen Zelle', 'Zeile80 der langen Zelle'],
    ]) {
      const [element, ...others] = owning(first!);
      expect(others).toEqual([]);
      expect(element).toMatchObject({ role });
      expect(owning(last!)).toEqual([element]); // the text's end belongs to the element of its start
      expect(new Set(element!.parts.map((p) => p.page)).size).toBeGreaterThan(1);
      // A screen reader that starts from a page's text (the ParentTree) finds the element on every page.
      expect(element!.parts.filter((p) => !p.inParentTree)).toEqual([]);
    }
    expect(owning('Thema').map((e) => e.role)).toEqual(['TH']); // repeated on later pages as an artifact only
  });

  it('keeps a heading with the short table after it (Jahresbericht „2.1 Steuerungsgruppe“)', async () => {
    const placed = await pdfPlacedTexts((await renderFile('examples/aachen-jahresbericht/jahresbericht-2023.yaml', ['pdf'])).outputs.pdf!);
    const heading = placed.filter((p) => p.text.trim() === '2.1 Steuerungsgruppe').at(-1)!; // after its table-of-contents line
    const firstCell = at(placed, 'Vorsitz (Beispiel)');
    expect(heading.page).toBe(firstCell.page);
    expect(heading.y).toBeLessThan(firstCell.y);
  });

  it('moves the lead of a table along with it when the lead has a footnote: its note needs room on that page too (Unna cost plan)', async () => {
    const placed = await pdfPlacedTexts((await renderFile('examples/unna-kosten-und-finanzplan.yaml', ['pdf'])).outputs.pdf!);
    const lead = ['Der Kosten- und Finanzplan – Eigenleistung', 'Anteilige Personalkosten', 'z.B. eine Fachkraft', 'Pro Fachkraft wöchentlicher'];
    expect(lead.map((text) => at(placed, text).page)).toEqual(lead.map(() => at(placed, 'Stadt Unna').page));
  });

  it('keeps a bold-only line („**Ergebnisrechnung**“) with the table it titles, in PDF and DOCX', async () => {
    const titled = (filler: number) =>
      mitteilung([
        ...Array.from({ length: filler }, (_, i) => [`Absatz ${i + 1}.`, '']).flat(),
        '**Ergebnisrechnung**',
        '',
        '| Ertrag | einmalig |',
        '|---|--:|',
        '| Zuweisung | 23.000,- |',
        '| Eigenanteil | 5.000,- |',
      ]);
    const tablePages = new Set<number>();
    for (let filler = 17; filler <= 21; filler++) {
      // a paragraph is shorter than the table, so where the table first moves over, the bold line alone would still fit
      const placed = await pdfPlacedTexts((await renderText(titled(filler), 'fett.yaml', ['pdf'])).outputs.pdf!);
      expect(at(placed, 'Ergebnisrechnung').page, `${filler} paragraphs before`).toBe(at(placed, 'Zuweisung').page);
      tablePages.add(at(placed, 'Zuweisung').page);
    }
    expect([...tablePages].sort()).toEqual([1, 2]);
    const document = docxParts((await renderText(titled(1), 'fett.yaml', ['docx'])).outputs.docx!)['word/document.xml']!;
    const paragraph = document.split('</w:p>').find((p) => docxXmlText(p).includes('Ergebnisrechnung'))!;
    expect(paragraph).toContain('<w:keepNext/>');
  });

  it('sets check boxes line under line in the DOCX, as in the PDF, with the paragraph space after the last only', async () => {
    const document = docxParts((await renderText(mitteilung(['- [ ] Rates', '- [x] Ausschusses', '- [ ] Bezirks', '', 'Danach.']), 'kaesten.yaml', ['docx'])).outputs.docx!)['word/document.xml']!;
    const paragraphOf = (text: string) => document.split('</w:p>').find((p) => docxXmlText(p).includes(text))!;
    expect(paragraphOf('Rates')).toContain('<w:spacing w:after="0"/>');
    expect(paragraphOf('Ausschusses')).toContain('<w:spacing w:after="0"/>');
    expect(paragraphOf('Bezirks')).not.toContain('<w:spacing');
  });

  it('keeps the sentence check boxes complete („In der Sitzung des“ ☐ Rates) on their page, in PDF and DOCX', async () => {
    const boxes = (filler: number) => [
      ...Array.from({ length: filler }, (_, i) => `Zeile ${i + 1}${i < filler - 1 ? '\\' : ''}`),
      '',
      'In der Sitzung des',
      '',
      '- [ ] Rates',
      '- [ ] Haupt- und Finanzausschusses',
    ];
    for (let filler = 24; filler <= 29; filler++) {
      // one of these leaves room at the foot of page 1 for the sentence but not for a box below it
      const placed = await render(boxes(filler));
      expect(at(placed, 'In der Sitzung des').page, `${filler} lines before`).toBe(at(placed, 'Rates').page);
    }
    const document = docxParts((await renderText(mitteilung(boxes(1)), 'kaesten.yaml', ['docx'])).outputs.docx!)['word/document.xml']!;
    const paragraph = document.split('</w:p>').find((p) => docxXmlText(p).includes('In der Sitzung des'))!;
    expect(paragraph).toContain('<w:keepNext/>');
  });

  it('keeps a finance table\'s title and short lead text with the table\'s start, in PDF and DOCX', async () => {
    const lead = ['Eigenleistung der beteiligten Kommunen', 'Anteilige Personalkosten', 'z.B. eine Fachkraft Planung', 'Pro Fachkraft wöchentlicher Aufwand'];
    const tablePages = new Set<number>();
    for (let filler = 1; filler <= 8; filler++) {
      const spec = withFinanceTable(Array.from({ length: filler }, (_, i) => [`Absatz ${i + 1}.`, '']).flat(), costPlan);
      const placed = await pdfPlacedTexts((await renderText(spec, 'leitext.yaml', ['pdf'])).outputs.pdf!);
      const firstRow = at(placed, 'Stadt Unna');
      for (const line of lead) expect(at(placed, line).page, `„${line}“ after ${filler} paragraphs`).toBe(firstRow.page);
      tablePages.add(firstRow.page);
    }
    expect([...tablePages].sort()).toEqual([1, 2]);
    const document = docxParts((await renderText(withFinanceTable(['Absatz.'], costPlan), 'leitext.yaml', ['docx'])).outputs.docx!)['word/document.xml']!;
    for (const line of lead) expect(document.split('</w:p>').find((p) => docxXmlText(p).includes(line)), line).toContain('<w:keepNext/>');
  });

  it('keeps only the last paragraph of a long lead text with its table, so the table leaves no page half empty', async () => {
    const long = `Vorweg ein langer Absatz: ${'Die Kosten verteilen sich auf die Kommunen des Kreises. '.repeat(10)}`;
    const plan = costPlan.map((line) => (line.trim() === 'Anteilige Personalkosten' ? `      ${long}` : line));
    const { model } = await renderText(withFinanceTable(['Absatz.'], plan), 'leitext.yaml', ['pdf']);
    const kept = (text: string) => model!.blocks.find((b) => b.type === 'paragraph' && plainText(b.children).includes(text))?.keepWithNext === true;
    expect(kept('Vorweg ein langer Absatz')).toBe(false);
    expect(kept('Pro Fachkraft wöchentlicher Aufwand')).toBe(true);
  });

  it('keeps a finance table\'s note with its last two rows, short table or long, in PDF and DOCX', async () => {
    const longPlan = ['tabellen:', '  - titel: Kommune', '    zeilen:', ...Array.from({ length: 40 }, (_, i) => `      - { bezeichnung: Gemeinde ${i + 1}, betrag: 702 }`), '    nachtext: |', '      Die Einwohnerzahlen Stand 31.12.2010.'];
    const notePages = new Set<string>();
    for (const [plan, lastRows, fillers] of [
      [costPlan, ['Stadt Holzwickede', 'Stadt Bönen'], [1, 2, 3, 4, 5, 6]],
      [longPlan, ['Gemeinde 40', 'Gemeinde 39'], [7, 8, 9, 10, 11, 12, 13, 14]],
    ] as const) {
      for (const filler of fillers) {
        const spec = withFinanceTable(Array.from({ length: filler }, (_, i) => [`Absatz ${i + 1}.`, '']).flat(), [...plan]);
        const placed = await pdfPlacedTexts((await renderText(spec, 'nachtext.yaml', ['pdf'])).outputs.pdf!);
        const note = at(placed, 'Die Einwohnerzahlen');
        for (const row of lastRows) expect(at(placed, row).page, `${row} after ${filler} paragraphs`).toBe(note.page);
        notePages.add(`${lastRows[0]} ${note.page}`);
      }
    }
    // the loops cover where the note first goes over: the short table moves whole, the long one splits
    expect([...notePages].sort()).toEqual(['Gemeinde 40 2', 'Gemeinde 40 3', 'Stadt Holzwickede 1', 'Stadt Holzwickede 2']);
    const document = docxParts((await renderText(withFinanceTable(['Absatz.'], longPlan), 'nachtext.yaml', ['docx'])).outputs.docx!)['word/document.xml']!;
    const row = (name: string) => document.split('</w:tr>').find((r) => docxXmlText(r).includes(`${name}\n`))!;
    expect(row('Gemeinde 40')).toContain('<w:keepNext/>');
    expect(row('Gemeinde 39')).toContain('<w:keepNext/>');
    expect(row('Gemeinde 38')).not.toContain('<w:keepNext/>');
  });

  it('keeps a table whole by its height, not its row count: eight tall rows break, eight short ones stay together, in PDF and DOCX alike', async () => {
    const partners = 'Träger stationärer und ambulanter Jugendhilfe, Fördervereine, Mensaverein, Träger der Jugendsozialarbeit, Jugendförderung und Jugendberufshilfe, Beratungsstellen der freien Träger';
    const table = (cell: (n: number) => string) => ['| Nr. | Kooperationspartner |', '|---|---|', ...Array.from({ length: 8 }, (_, i) => `| ${i + 1} | ${cell(i + 1)} |`)];
    const tall = table((n) => `Partner${n}: ${partners}, ${partners}`);
    const short = table((n) => `Kurz${n}`);
    const filled = (filler: number, rows: string[]) => [...Array.from({ length: filler }, (_, i) => [`Absatz ${i + 1}.`, '']).flat(), 'Wir kooperieren mit folgenden Partnern:', '', ...rows];
    for (let filler = 4; filler <= 16; filler += 2) {
      // the text before ends in the lower half of page 1: the tall table (over half a page) starts there and goes on over page 2
      const placed = await render(filled(filler, tall));
      expect(at(placed, 'Partner1:').page, `${filler} paragraphs before`).toBe(at(placed, `Absatz ${filler}.`).page);
      expect(at(placed, 'Partner8:').page, `${filler} paragraphs before`).toBe(at(placed, 'Partner1:').page + 1);
      const together = await render(filled(filler, short));
      expect(at(together, 'Kurz8').page, `${filler} paragraphs before`).toBe(at(together, 'Kurz1').page);
    }
    const rowsKept = async (rows: string[]) => {
      const document = docxParts((await renderText(mitteilung(filled(1, rows)), 'hoehe.yaml', ['docx'])).outputs.docx!)['word/document.xml']!;
      const table = document.slice(document.indexOf('<w:tbl>', document.indexOf('Wir kooperieren')));
      return table.slice(0, table.indexOf('</w:tbl>')).split('</w:tr>').slice(1, -1).map((row) => row.includes('<w:keepNext/>'));
    };
    expect(await rowsKept(tall)).toEqual([false, false, false, false, false, false, true, false]); // only the last two rows stay together
    expect(await rowsKept(short)).toEqual([true, true, true, true, true, true, true, false]);
  });

  it('never leaves the last row of a table (a total) alone on a page, in PDF and DOCX', async () => {
    const table = ['| Posten | Betrag |', '|---|--:|', ...Array.from({ length: 11 }, (_, i) => `| Posten ${i + 1} | ${i + 1}00 € |`), '| Summe | 6.600 € |'];
    const lastRowPages = new Set<number>();
    for (let filler = 2; filler <= 14; filler++) {
      // the table's end moves over the foot of page 1 a row at a time: once only the total would go over
      const placed = await render([...Array.from({ length: filler }, (_, i) => [`Absatz ${i + 1}.`, '']).flat(), ...table]);
      expect(at(placed, 'Summe').page, `${filler} paragraphs before`).toBe(at(placed, 'Posten 11').page);
      lastRowPages.add(at(placed, 'Summe').page);
    }
    expect([...lastRowPages].sort()).toEqual([1, 2]);
    const document = docxParts((await renderText(mitteilung(table), 'summe.yaml', ['docx'])).outputs.docx!)['word/document.xml']!;
    const row = (name: string) => document.split('</w:tr>').find((r) => docxXmlText(r).includes(`${name}\n`))!;
    expect(row('Posten 11')).toContain('<w:keepNext/>');
    expect(row('Posten 10')).not.toContain('<w:keepNext/>');
  });

  it('never ends a page with the title row of a finance table\'s group, in PDF and DOCX', async () => {
    // six groups of four rows: long enough to break, so a group's title row reaches the foot of page 1 at some filler length
    const groups = Array.from({ length: 6 }, (_, g) => [
      `    - bezeichnung: "Zu ${g + 1}: Gruppe ${g + 1}"`,
      '      zeilen:',
      ...Array.from({ length: 4 }, (_, r) => `        - { bezeichnung: Posten ${g + 1}.${r + 1}, betrag: ${(r + 1) * 100} }`),
    ]);
    const plan = ['tabellen:', '  - titel: Kosten', '    zeilen:', ...groups.flat().map((line) => `  ${line}`)];
    const groupPages = new Set<string>();
    for (let filler = 1; filler <= 30; filler++) {
      const spec = withFinanceTable(Array.from({ length: filler }, (_, i) => [`Absatz ${i + 1}.`, '']).flat(), plan);
      const placed = await pdfPlacedTexts((await renderText(spec, 'gruppen.yaml', ['pdf'])).outputs.pdf!);
      for (let g = 1; g <= 6; g++) {
        const title = at(placed, `Zu ${g}: Gruppe ${g}`);
        expect(at(placed, `Posten ${g}.1`).page, `group ${g} after ${filler} paragraphs`).toBe(title.page);
        groupPages.add(`${g} ${title.page}`);
      }
    }
    // the loop covers where the titles of groups 1 to 4 go over: each is seen on page 1 and on page 2
    for (let g = 1; g <= 4; g++) expect([...groupPages].filter((entry) => entry.startsWith(`${g} `)).sort(), `group ${g}`).toEqual([`${g} 1`, `${g} 2`]);
    const document = docxParts((await renderText(withFinanceTable(['Absatz.'], plan), 'gruppen.yaml', ['docx'])).outputs.docx!)['word/document.xml']!;
    const row = (name: string) => document.split('</w:tr>').find((r) => docxXmlText(r).includes(name))!;
    expect(row('Zu 3: Gruppe 3')).toContain('<w:keepNext/>');
    expect(row('Posten 3.1')).not.toContain('<w:keepNext/>');
  });

  it('keeps a bold title row of a hand-written table („| **Sachkosten** | |“) with the row below it', async () => {
    const table = [
      '| Posten | Betrag |', '|---|--:|',
      ...Array.from({ length: 5 }, (_, g) => [`| **Bereich ${g + 1}** | |`, ...Array.from({ length: 3 }, (_, r) => `| Posten ${g + 1}.${r + 1} | ${r + 1}00 € |`)]).flat(),
    ];
    const titlePages = new Set<string>();
    for (let filler = 1; filler <= 30; filler++) {
      const placed = await render([...Array.from({ length: filler }, (_, i) => [`Absatz ${i + 1}.`, '']).flat(), ...table]);
      for (let g = 1; g <= 5; g++) {
        expect(at(placed, `Posten ${g}.1`).page, `Bereich ${g} after ${filler} paragraphs`).toBe(at(placed, `Bereich ${g}`).page);
        titlePages.add(`${g} ${at(placed, `Bereich ${g}`).page}`);
      }
    }
    for (let g = 2; g <= 4; g++) expect([...titlePages].filter((entry) => entry.startsWith(`${g} `)).sort(), `Bereich ${g}`).toEqual([`${g} 1`, `${g} 2`]);
    const { model } = await renderText(mitteilung(table), 'bereiche.yaml', ['pdf']);
    const posts = model!.blocks.find((b) => b.type === 'table' && plainText(b.header[0]!.children) === 'Posten');
    expect(posts).toMatchObject({ groupHeads: [0, 4, 8, 12, 16] });
  });

  describe('a paragraph across a page break keeps two lines on each page', () => {
    /** A paragraph of `count` lines (hard breaks), after `filler` lines of another paragraph. */
    const lines = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix} ${i + 1}${i < count - 1 ? '\\' : ''}`);
    const pagesOf = (placed: PlacedText[], prefix: string, count: number) =>
      Array.from({ length: count }, (_, i) => placed.find((p) => p.text.trim() === `${prefix} ${i + 1}`)!.page);
    /** How many lines of a long paragraph at the start of the Sachlage fit on the first page. */
    const firstPageLines = async () => pagesOf(await render(lines('Zeile', 80)), 'Zeile', 80).filter((page) => page === 1).length;

    it('takes a second line along when only the last one would go over (no widow)', async () => {
      const count = (await firstPageLines()) + 1;
      const pages = pagesOf(await render(lines('Zeile', count)), 'Zeile', count);
      expect(pages.at(-1)).toBe(2);
      expect(pages.filter((page) => page === 2)).toHaveLength(2);
    });

    it('moves a paragraph of three lines whole when only two fit', async () => {
      const filler = (await firstPageLines()) - 3;
      const pages = pagesOf(await render([...lines('Vorher', filler), '', ...lines('Kurz', 3)]), 'Kurz', 3);
      expect(pages).toEqual([2, 2, 2]);
    });
  });
});
