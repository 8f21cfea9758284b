// Municipality profiles and house styles: three real looks, a fourth from a folder, clear profile errors.
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderFile, renderText, validateFile } from '../src/index.js';
import { matchesWithin } from '../src/spec/bounded-regex.js';
import { docxParts, docxText, pdfPlacedTexts, pdfText, squash, type PlacedText } from './helpers/extract.js';

const EXAMPLES = {
  aachen: 'examples/aachen-im-blick.yaml',
  gladbeck: 'examples/gladbeck-kein-kind-zuruecklassen.yaml',
  coesfeld: 'examples/coesfeld-praeventionsketten.yaml',
} as const;

type Rendered = { pdf: Awaited<ReturnType<typeof pdfText>>; placed: PlacedText[]; raw: string; docx: string };
const rendered: Partial<Record<keyof typeof EXAMPLES, Rendered>> = {};

beforeAll(async () => {
  for (const [name, file] of Object.entries(EXAMPLES)) {
    const result = await renderFile(file);
    rendered[name as keyof typeof EXAMPLES] = {
      pdf: await pdfText(result.outputs.pdf!),
      placed: await pdfPlacedTexts(result.outputs.pdf!),
      raw: result.outputs.pdf!.toString('latin1'),
      docx: docxText(result.outputs.docx!),
    };
  }
});

const firstPage = (name: keyof typeof EXAMPLES) => squash(rendered[name]!.pdf.pages[0]!);

describe('header layouts', () => {
  it('Aachen: title block with date and public session, Beratungsfolge as Datum/Gremium', () => {
    expect(firstPage('aachen')).toContain(squash('StädteRegion Aachen Beschlussvorlage vom 31.01.2024 öffentliche Sitzung'));
    expect(firstPage('aachen')).toContain(squash('Beratungsreihenfolge Datum Gremium 29.02.2024 Kinder- und Jugendhilfeausschuss (Entscheidung)'));
  });

  it('Gladbeck: Vorlage Nr., Federf. Stadtamt, the five-column table and „Betrifft:“', () => {
    const page = firstPage('gladbeck');
    expect(page).toContain(squash('Vorlage Nr. 13/0452 Federf. Stadtamt: Amt für Jugend und Familie'));
    expect(page).toContain(squash('Vorlage für den Berichterstatter Zuständigkeit Sitzung am Punkt'));
    expect(page).toContain(squash('Kenntnisnahme 05.11.2013 8'));
    expect(page).toContain(squash('öffentliche Sitzung Betrifft:'));
    expect(page).toContain(squash('Begründung:'));
  });

  it('Gladbeck style with products (Olfen): „Federführung:“ and „Produkt:“ are lines of text alike, no label column', async () => {
    const result = await renderFile('examples/kreis-coesfeld/olfen.yaml');
    const placed = (await pdfPlacedTexts(result.outputs.pdf!)).filter((p) => p.page === 1);
    const line = (start: string) => placed.find((p) => p.text.startsWith(start))!;
    const [lead, product] = [line('Federführung:'), line('Produkt:')];
    expect(product.x).toBeCloseTo(lead.x, 1);
    expect(product.text).toContain('Produkt: 51.03 Beratung'); // the value follows its label in the same line
    expect(product.y - lead.y).toBeLessThan(2 * lead.size * 1.25 + 6.5); // the next line of text, with a paragraph's space
  });

  it('Coesfeld: Federführung, Datum, Produkte and the Beratungsfolge with Sitzungsdatum and role', () => {
    const page = firstPage('coesfeld');
    expect(page).toContain(squash('Federführung: 51 - Jugend, Familie, Bildung, Freizeit Datum: 12.06.2019'));
    expect(page).toContain(squash('Produkt: 51.03 Beratung, Hilfen zur Erziehung, Schutzmaßnahmen 51.10 Kindertageseinrichtungen'));
    expect(page).toContain(squash('Rat der Stadt Coesfeld 11.07.2019 Entscheidung'));
    expect(page).toContain(squash('Beschlussvorschlag:'));
  });

  it('Coesfeld: the header field labels line up with the text edge, as the title and the body text do', () => {
    const placed = rendered.coesfeld!.placed.filter((p) => p.page === 1);
    const left = (text: string) => placed.find((p) => p.text.trim() === text)!.x;
    for (const label of ['Federführung:', 'Datum:', 'Produkt:']) expect(left(label)).toBeCloseTo(left('Beschlussvorlage'), 1);
  });

  it('Coesfeld: a nichtöffentliche Vorlage says so under its date (a public one prints nothing, as the seed)', async () => {
    const spec = readFileSync(EXAMPLES.coesfeld, 'utf8');
    expect(spec).not.toMatch(/^oeffentlich:/m);
    const closed = await renderText(`oeffentlich: false\n${spec}`, 'nichtoeffentlich.yaml');
    expect(squash((await pdfText(closed.outputs.pdf!)).pages[0]!)).toContain(squash('Datum: 12.06.2019 Sitzung: nichtöffentlich'));
    expect(squash(docxText(closed.outputs.docx!))).toContain(squash('Sitzung: nichtöffentlich'));
    expect(firstPage('coesfeld')).not.toContain('öffentlich');
  });

  it('uses each house font and embeds each logo with alternative text', () => {
    expect(rendered.coesfeld!.raw).toMatch(/\/BaseFont \/[A-Z]{6}\+Tinos/);
    expect(rendered.gladbeck!.raw).toMatch(/\/BaseFont \/[A-Z]{6}\+Arimo/);
    expect(rendered.gladbeck!.raw).toContain('/Alt (Beispielwappen der Stadt Gladbeck');
    expect(rendered.coesfeld!.raw).toContain('/S /Figure');
  });
});

describe('blocks from the seeds', () => {
  it('Gladbeck: signature with line, Mitzeichnungen with date lines, checkboxes and the Beschlussvermerk', () => {
    const all = squash(rendered.gladbeck!.pdf.pages.join('\n'));
    expect(all).toContain(squash('Der Bürgermeister I.V. Rainer Weichelt Erster Beigeordneter'));
    expect(all).toContain(squash('Mitzeichnungen Bürgermeister: Erster Beigeordneter: Stadtkämmerer:'));
    expect(all).toContain(squash('Datum: _____ Datum: _____'));
    expect(all).toContain(squash('☐ keine ☒ folgende'));
    expect(all).toContain(squash('In der Sitzung des ☐ _____-Ausschusses ☐ Rates ☐ Haupt- und Finanzausschusses'));
  });

  it('Gladbeck: the Mitzeichnungen box stands at the foot of page 1, as on the form, below the text and above the footer', async () => {
    const { placed, raw } = rendered.gladbeck!;
    const onPage = (page: number) => placed.filter((p) => p.page === page);
    const title = onPage(1).find((p) => p.text.trim() === 'Mitzeichnungen')!;
    const last = onPage(1).find((p) => p.text.startsWith('Zahl der erforderlichen Protokollauszüge'))!;
    const footer = onPage(1).find((p) => p.text.startsWith('Seite 1 von'))!;
    expect(placed.filter((p) => p.text.trim() === 'Mitzeichnungen')).toHaveLength(1);
    // the page's text ends a heading's space (12 pt) above the box; the box ends at the bottom margin (18 mm), above the footer
    const textAbove = onPage(1).filter((p) => p.y < title.y - title.size);
    expect(textAbove.length).toBeGreaterThan(30);
    expect(title.y - title.size - Math.max(...textAbove.map((p) => p.y))).toBeGreaterThan(12);
    expect(last.y).toBeGreaterThan(842 - 18 * 2.835 - last.size);
    expect(last.y).toBeLessThan(842 - 18 * 2.835);
    expect(footer.y).toBeGreaterThan(last.y + 10);
    // Its six columns set their text a little smaller, so that every head's words stay whole.
    for (const head of ['Bürgermeister:', 'Beigeordneter:', 'Stadtkämmerer:', 'Stadtbaurat:', 'Rechtsamt:']) expect(onPage(1).map((p) => p.text.trim())).toContain(head);
    // To screen readers the box comes last, after the text, in a Div of its own.
    const documentKids = /\/S \/Document[^]*?\/K \[([^\]]*)\]/.exec(raw)![1]!.match(/\d+(?= 0 R)/g)!;
    expect(raw).toMatch(new RegExp(`\\n${documentKids.at(-1)} 0 obj\\s*<<\\s*/S /Div`));
    const parts = docxParts((await renderFile(EXAMPLES.gladbeck, ['docx'])).outputs.docx!);
    const firstFooter = /<w:footerReference w:type="first" r:id="(\w+)"\/>/.exec(parts['word/document.xml']!)![1];
    const target = new RegExp(`Id="${firstFooter}"[^>]*Target="([^"]+)"`).exec(parts['word/_rels/document.xml.rels']!)?.[1]
      ?? new RegExp(`Target="([^"]+)"[^>]*Id="${firstFooter}"`).exec(parts['word/_rels/document.xml.rels']!)![1];
    expect(parts[`word/${target}`]).toContain('Mitzeichnungen');
    expect(parts['word/document.xml']).toContain('<w:titlePg/>');
    expect(parts['word/document.xml']).not.toContain('Mitzeichnungen');
  });

  it('keeps a short table on one page, and an introducing line and its heading with the table', () => {
    const pagesOf = (name: keyof typeof EXAMPLES, text: string) => rendered[name]!.placed.filter((p) => p.text.trim() === text).map((p) => p.page);
    // Gladbeck's „Aufwand“ table (five rows) came apart after its first row, with the header repeated.
    expect(pagesOf('gladbeck', 'Aufwand')).toHaveLength(1);
    expect(pagesOf('gladbeck', 'Transferaufwand')).toEqual(pagesOf('gladbeck', 'Aufwand'));
    // Aachen: „… wie folgt veranschlagt:“ stood at the bottom of a page, its table on the next.
    const [table] = pagesOf('aachen', 'Aufwendungen/Auszahlungen:');
    const lead = rendered.aachen!.placed.find((p) => p.text.includes('veranschlagt:'))!;
    const heading = rendered.aachen!.placed.find((p) => p.text.includes('Finanzielle/bilanzielle Auswirkungen'))!;
    expect([lead.page, heading.page]).toEqual([table, table]);
  });

  it('Gladbeck: line breaks inside a timeline cell stay line breaks', () => {
    const text = rendered.gladbeck!.pdf.pages.join('\n');
    expect(text).toMatch(/Übergangsmanagement\s*\n\s*6 Veranstaltungen zum Themencluster Innovative/);
    expect(rendered.gladbeck!.docx).toMatch(/Übergangsmanagement\n6 Veranstaltungen zum Themencluster Innovative/);
  });

  it('Coesfeld: numbered sub-headings and a footnote', () => {
    const all = rendered.coesfeld!.pdf.pages.join('\n');
    expect(all).toContain('1. Kommunales Präventionsleitbild');
    expect(all).toContain('2. Lückenschluss Präventionskette');
    const page = rendered.coesfeld!.pdf.pages.find((p) => p.includes('verstanden¹'))!;
    expect(page).toContain('¹ Das Jugendamt der Stadt Coesfeld'); // at the foot of the same page
    expect(page.indexOf('¹ Das Jugendamt')).toBeGreaterThan(page.indexOf('verstanden¹'));
    expect(rendered.coesfeld!.docx).toContain('Das Jugendamt der Stadt Coesfeld wirkt im Feld Frühe Hilfen');
  });

  it('puts the running header on following pages only, outside the reading text', () => {
    const { pages, allText } = rendered.gladbeck!.pdf;
    const count = (text: string) => text.split('Vorlage Nr. 13/0452').length - 1;
    expect(count(allText[0]!)).toBe(1); // the title, no running header on page 1
    expect(count(allText[1]!)).toBe(1); // the running header
    expect(allText[1]).toContain('Vorlage Nr. 13/0452');
    expect(pages[1]).not.toContain('Vorlage Nr. 13/0452');
    expect(allText.at(-1)).toContain(`Seite ${allText.length} von ${allText.length}`);
  });

  it('names the kind of Vorlage in the running header: a Mitteilungsvorlage is no Beschlussvorlage', async () => {
    const result = await renderFile('examples/aachen-jahresbericht/mitteilungsvorlage.yaml');
    const { allText } = await pdfText(result.outputs.pdf!);
    expect(allText[1]).toContain('Mitteilungsvorlage vom 31.01.2024');
    expect(allText.join('')).not.toContain('Beschlussvorlage');
  });

  it('keeps the same sections in the same order in DOCX and PDF', () => {
    for (const name of Object.keys(EXAMPLES) as (keyof typeof EXAMPLES)[]) {
      const labels = ['Beschlussvorschlag', 'Beschlussentwurf', 'Sachlage', 'Sachverhalt', 'Begründung', 'Finanzielle', 'Anlage'];
      const order = (text: string) =>
        labels.map((l) => [l, text.indexOf(l)] as const).filter(([, i]) => i >= 0).sort((a, b) => a[1] - b[1]).map(([l]) => l);
      expect(order(rendered[name]!.docx), name).toEqual(order(rendered[name]!.pdf.pages.join('\n')));
    }
  });
});

describe('a fourth municipality', () => {
  afterEach(() => {
    delete process.env.RATSVORLAGE_KOMMUNEN;
  });

  it('needs only a profile folder: the Aachen example renders in the Musterstadt style', async () => {
    process.env.RATSVORLAGE_KOMMUNEN = 'test/fixtures/kommunen';
    const text = readFileSync(EXAMPLES.aachen, 'utf8').replace('kommune: staedteregion-aachen', 'kommune: musterstadt');
    const result = await renderText(text, 'examples/aachen-im-blick.yaml');
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.target).toBe('musterstadt/aachen-im-blick');
    const pdf = await pdfText(result.outputs.pdf!);
    expect(squash(pdf.pages[0]!)).toContain(squash('Stadt Musterstadt Fachbereich Jugend Beschlussvorlage'));
    expect(squash(pdf.pages.join(''))).toContain(squash('Beratungsweg'));
    expect(squash(pdf.pages.join(''))).toContain(squash('Sachverhalt Das Netzwerk'));
    expect(result.outputs.pdf!.toString('latin1')).toMatch(/Tinos/);
    expect(docxParts(result.outputs.docx!)['docProps/core.xml']).toContain('<dc:creator>Stadt Musterstadt</dc:creator>');
  });
});

describe('profile mistakes', () => {
  const spec = (kommune: string) =>
    `art: mitteilungsvorlage\nkommune: ${kommune}\ndatum: 2024-01-31\nbetreff: Test\nberatungsfolge:\n  - datum: 2024-02-01\n    gremium: Rat\n    zustaendigkeit: Kenntnisnahme\n`;

  it.each([
    ['falsche-schrift', 'RV105', 5, 12, /„Comic Sans“/],
    ['ohne-logo', 'RV202', 5, 10, /Logodatei „wappen\.png“ fehlt/],
    ['falsches-logo', 'RV202', 5, 10, /Logodatei „wappen\.png“ ist kein PNG- oder JPEG-Bild/],
    ['kaputtes-logo', 'RV202', 5, 10, /Logodatei „wappen\.png“ ist beschädigt oder unvollständig/],
    ['falsches-muster', 'RV111', 5, 11, /kein gültiger regulärer Ausdruck/],
    ['falscher-kopf', 'RV202', 3, 7, /Meinten Sie „gladbeck“\?/],
    ['falsches-beispiel', 'RV203', 6, 13, /Beispiel „24\/1“ passt nicht zum Muster/],
  ])('%s → %s at the profile line', async (id, code, line, column, message) => {
    process.env.RATSVORLAGE_KOMMUNEN = 'test/fixtures/kommunen-fehlerhaft';
    try {
      const result = await renderText(spec(id), 'test.yaml');
      expect(result.outputs).toEqual({});
      expect(result.diagnostics).toHaveLength(1);
      const [d] = result.diagnostics;
      expect(d).toMatchObject({ code, line, column, severity: 'error' });
      expect(d!.file).toMatch(new RegExp(`${id}/profil\\.yaml$`));
      expect(d!.message).toMatch(message);
    } finally {
      delete process.env.RATSVORLAGE_KOMMUNEN;
    }
  });

  it('a pattern that backtracks without end is given up after a time limit: the number goes unchecked (RV308), the document renders', async () => {
    process.env.RATSVORLAGE_KOMMUNEN = 'test/fixtures/kommunen-fehlerhaft';
    try {
      const started = performance.now();
      const result = await renderText(`${spec('langsames-muster')}vorlagen_nr: "${'1'.repeat(40)}x"\n`, 'test.yaml');
      expect(performance.now() - started).toBeLessThan(20_000); // without the limit: 2^40 steps, hours
      expect(result.diagnostics).toEqual([expect.objectContaining({ code: 'RV308', severity: 'warning', line: 9, column: 14 })]);
      expect(result.diagnostics[0]!.hint).toContain('(a+)+');
      expect(result.outputs.pdf).toBeDefined();
      // The pattern is not tried again, so a batch pays the limit once: even a short number goes unchecked.
      expect(matchesWithin('^(\\d+)+$', '12x')).toBeUndefined();
      expect(matchesWithin('^\\d+$', '12x')).toBe(false);
      const again = await renderText(`${spec('langsames-muster')}vorlagen_nr: "12x"\n`, 'test.yaml');
      expect(again.diagnostics.map((d) => d.code)).toEqual(['RV308']);
    } finally {
      delete process.env.RATSVORLAGE_KOMMUNEN;
    }
  });

  it('a profile’s required Beschlussvorschlag binds Beschlussvorlagen only; unknown committees get a suggestion from part of the name, all names quoted', async () => {
    const spec = (art: string, gremium: string) =>
      `art: ${art}\nkommune: stadt-coesfeld\ndatum: 2024-01-31\nbetreff: Stand der Präventionskette\nberatungsfolge:\n  - datum: 2024-02-01\n    gremium: ${gremium}\n    zustaendigkeit: Kenntnisnahme\nsachlage: Text.\n`;
    const information = await renderText(spec('mitteilungsvorlage', 'Haupt- und Finanzausschuss'), 'info.yaml', ['pdf']);
    expect(information.diagnostics).toEqual([]);
    const decision = await renderText(spec('beschlussvorlage', 'Haupt- und Finanzausschuss'), 'beschluss.yaml', ['pdf']);
    // The missing field and the last committee that only takes note are reported together (both hint
    // at a Mitteilungsvorlage); the profile's „Pflichtabschnitt“ does not repeat the missing field.
    expect(decision.diagnostics.map((d) => d.message)).toEqual([
      expect.stringContaining('„beschlussvorschlag“ fehlt'),
      expect.stringContaining('die letzte Beratung (Haupt- und Finanzausschuss) ist aber „Kenntnisnahme“'),
    ]);
    const partly = await renderText(spec('mitteilungsvorlage', 'Jugend, Familie'), 'info.yaml', ['pdf']);
    expect(partly.diagnostics[0]!.message).toContain('Meinten Sie „Ausschuss für Jugend, Familie, Senioren und Soziales“?');
    expect(partly.diagnostics[0]!.hint).toContain('„Haupt- und Finanzausschuss“, „Ausschuss für Jugend, Familie, Senioren und Soziales“,');
  });

  it('every shipped profile is valid', async () => {
    for (const file of Object.values(EXAMPLES)) expect(await validateFile(file)).toEqual([]);
  });
});
