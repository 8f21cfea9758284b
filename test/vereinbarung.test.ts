// Kooperationsvereinbarung (seed 004): one copy per partner from a CSV list, in one command.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rename, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { renderFile, validateFile } from '../src/index.js';
import { docxParts, pdfText, squash } from './helpers/extract.js';

const SPEC = 'examples/velbert-netzwerk-kinderschutz/kooperationsvereinbarung.yaml';

/** A copy of the Velbert agreement whose partner list is `csv`: the paths of its spec and its list. */
async function agreementWithPartners(csv: string | Buffer): Promise<{ spec: string; list: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'rv-partner-'));
  await cp('examples/velbert-netzwerk-kinderschutz', dir, { recursive: true });
  await writeFile(join(dir, 'partner.csv'), csv);
  return { spec: join(dir, 'kooperationsvereinbarung.yaml'), list: join(dir, 'partner.csv') };
}

describe('Kooperationsvereinbarung', () => {
  it('renders one agreement per partner, each naming its partner with address', async () => {
    const result = await renderFile(SPEC);
    expect(result.diagnostics).toEqual([]);
    expect(result.documents.length).toBeGreaterThanOrEqual(5);
    const csv = (await readFile('examples/velbert-netzwerk-kinderschutz/partner.csv', 'utf8')).trim().split('\n').slice(1);
    expect(result.documents).toHaveLength(csv.length);
    for (const [i, line] of csv.entries()) {
      const [name, address] = line.split(';') as [string, string];
      const text = squash((await pdfText(result.documents[i]!.outputs.pdf!)).pages.join(''));
      expect(text).toContain(squash(`und der Kooperationspartner ${name} ${address.replace('|', ' ')} schließen`));
      expect(text).toContain(squash('§ 4 Aufgaben des Netzwerks Kinderschutz a) Akteur*innen des Netzwerks Kinderschutz'));
      expect(text).toContain(squash('Velbert, den ____________ Unterschrift Kooperationspartner'));
    }
    expect(new Set(result.documents.map((d) => d.target)).size).toBe(csv.length);
  });

  it('DOCX: the place and date line stays with the signatures, and each line to sign fits its column', async () => {
    const { documents } = await renderFile(SPEC, ['docx']);
    const xml = docxParts(documents[0]!.outputs.docx!)['word/document.xml']!;
    const twips = (name: string) => Number(new RegExp(`<w:${name} [^>]*?w:w="(\\d+)"`).exec(xml)![1]);
    const margins = /<w:pgMar ([^>]*)\/>/.exec(xml)![1]!;
    const margin = (side: string) => Number(new RegExp(`w:${side}="(\\d+)"`).exec(margins)![1]);
    const columnWidth = (twips('pgSz') - margin('left') - margin('right')) / 2;
    const place = /<w:p>(?:(?!<\/w:p>).)*Velbert, den(?:(?!<\/w:p>).)*<\/w:p>/s.exec(xml)![0];
    expect(place).toContain('<w:pStyle w:val="Unterschrift"/>'); // the style keeps it with what follows
    const indents = [...xml.matchAll(/<w:ind w:right="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(indents).toHaveLength(2);
    for (const right of indents) expect(columnWidth - right).toBeGreaterThanOrEqual(Math.round((60 / 25.4) * 1440)); // a line of 6 cm or more
  });

  it('finds the partner list named in a base file beside that base file, not beside the Vorlage built on it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rv-partner-'));
    await cp('examples/velbert-netzwerk-kinderschutz', join(dir, 'gemeinsam'), { recursive: true });
    await mkdir(join(dir, 'langenberg'));
    const child = join(dir, 'langenberg', 'vereinbarung.yaml');
    await writeFile(child, 'basis: ../gemeinsam/kooperationsvereinbarung.yaml\nort: Velbert-Langenberg\n');
    const result = await renderFile(child, ['pdf']);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const partners = (await readFile(join(dir, 'gemeinsam', 'partner.csv'), 'utf8')).trim().split('\n').length - 1;
    expect(result.documents).toHaveLength(partners);
    expect((await pdfText(result.documents[0]!.outputs.pdf!)).pages.join('')).toContain('Velbert-Langenberg, den');
  });

  it('writes every copy with one command', async () => {
    const out = await mkdtemp(join(tmpdir(), 'rv-vereinbarung-'));
    await promisify(execFile)('node', ['dist/src/cli/bin.js', 'render', SPEC, '--out', out]);
    const files = (await readdir(join(out, 'stadt-velbert'))).filter((f) => f.endsWith('.pdf'));
    expect(files).toContain('kooperationsvereinbarung-grundschule-birth-beispiel.pdf');
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  it('refuses partners whose names give one file name, instead of writing one over the other', async () => {
    const { spec, list } = await agreementWithPartners('name;anschrift\nVerein A e.V.;Weg 1|42549 Velbert\nVerein A (e. V.);Weg 2|42549 Velbert\n');
    const result = await renderFile(spec, ['pdf']);
    expect(result.documents).toEqual([]);
    expect(result.diagnostics).toMatchObject([{ code: 'RV504', severity: 'error', file: list, line: 3, column: 1 }]);
    expect(result.diagnostics[0]!.message).toBe('Der Partner „Verein A (e. V.)“ bekäme denselben Dateinamen wie „Verein A e.V.“ aus Zeile 2; eines der Exemplare würde das andere überschreiben.');
  });

  it('reports a partner listed twice already when validating, at the second row, with the same finding as render', async () => {
    const { spec, list } = await agreementWithPartners('name;anschrift\nVerein A;Weg 1\nVerein B;Weg 2\n  Verein A;Weg 3\n');
    const found = await validateFile(spec);
    expect(found).toMatchObject([{ code: 'RV504', severity: 'error', file: list, line: 4, column: 3 }]);
    expect(found[0]!.message).toBe('Der Partner „Verein A“ steht zweimal in der Liste, zuerst in Zeile 2; beide Exemplare bekämen denselben Dateinamen.');
    expect((await renderFile(spec, ['pdf'])).diagnostics).toEqual(found);
    const yaml = (await readFile(spec, 'utf8')).replace('partner_datei: partner.csv', 'partner:\n  - name: Verein A\n  - name: Verein B\n  - name: Verein A');
    await writeFile(spec, yaml);
    expect(await validateFile(spec)).toMatchObject([{ code: 'RV504', file: spec, line: 11, column: 11, path: '/partner/2/name', message: expect.stringContaining('zuerst in Zeile 9') }]);
  });

  it('reports two long partner names that the file name cuts to one at the second partner, naming both, as validate and render agree', async () => {
    const [a, b] = ['Beratungsstelle für Eltern, Kinder und Jugendliche (Beispiel)', 'Beratungsstelle für Eltern, Kinder und Jugendliche in Velbert-Mitte'];
    const { spec, list } = await agreementWithPartners(`name;anschrift\nVerein A;Weg 1\n${a};Weg 2\n  ${b};Weg 3\n`);
    const long = join(dirname(spec), 'kooperationsvereinbarung-netzwerk-kinderschutz-und-fruehe-hilfen-velbert-2025.yaml');
    await rename(spec, long); // 79 characters of the 100 go to the spec's name, so the partner's part is cut
    const found = await validateFile(long);
    expect(found).toMatchObject([{ code: 'RV504', severity: 'error', file: list, line: 4, column: 3 }]);
    expect(found[0]!.message).toBe(
      `Der Partner „${b}“ bekäme denselben Dateinamen wie „${a}“ aus Zeile 3, weil der Dateiname gekürzt wird: „kooperationsvereinbarung-netzwerk-kinderschutz-und-fruehe-hilfen-velbert-2025-beratungsstelle-fuer-e“. Ein Dateiname hat höchstens 100 Zeichen, den Namen der Vorlagendatei eingerechnet.`,
    );
    expect(found[0]!.hint).toBe('Geben Sie der Vorlagendatei einen kürzeren Namen, oder unterscheiden Sie die beiden Namen weiter vorn.');
    expect((await renderFile(long, ['pdf'])).diagnostics).toEqual(found);
    await rename(long, spec);
    expect(await validateFile(spec)).toEqual([]); // the hint's remedy: a shorter spec name leaves room for both
    // From the YAML list: names alike in their first 60 characters, at the later entry's name.
    const yaml = (await readFile(spec, 'utf8')).replace('partner_datei: partner.csv', `partner:\n  - name: ${a} Nord\n  - name: ${a} Süd`);
    await writeFile(spec, yaml);
    const inYaml = await validateFile(spec);
    expect(inYaml).toMatchObject([{ code: 'RV504', file: spec, line: 10, column: 11, path: '/partner/1/name' }]);
    expect(inYaml[0]!.message).toContain(`Der Partner „${a} Süd“ bekäme denselben Dateinamen wie „${a} Nord“ aus Zeile 9`);
    expect(inYaml[0]!.message).toContain('Vom Namen eines Partners gehen nur die ersten 60 Zeichen in den Dateinamen ein.');
    expect(await renderFile(SPEC, ['pdf']).then((r) => r.diagnostics)).toEqual([]); // the example's names stay apart
  });

  it('refuses a partner list saved as Windows-1252 (Excel „CSV“) at the line and column of the first umlaut, saying how to save it as UTF-8', async () => {
    const { spec, list } = await agreementWithPartners(Buffer.from('name;anschrift\nVerein A;Weg 1|42549 Velbert\nGrundschule S\xfcd;Weg 2|42549 Velbert\n', 'latin1'));
    const result = await renderFile(spec, ['pdf']);
    expect(result.documents).toEqual([]);
    expect(result.diagnostics).toMatchObject([{ code: 'RV009', file: list, line: 3, column: 14 }]);
    expect(result.diagnostics[0]!.message).toContain('wohl „ü“ in Windows-1252');
    expect(result.diagnostics[0]!.hint).toContain('„CSV UTF-8 (durch Trennzeichen getrennt)“'); // Excel
    expect(result.diagnostics[0]!.hint).toContain('Zeichensatz „Unicode (UTF-8)“'); // LibreOffice
    await writeFile(list, Buffer.from('name;anschrift\rVerein M\xfcller;Weg 1\r', 'latin1')); // lines end in CR only, as old Mac spreadsheets save
    expect(await validateFile(spec)).toMatchObject([{ code: 'RV009', file: list, line: 2, column: 9 }]);
  });

  it('reads a spreadsheet cell with line breaks as address lines, and reports a quote left open at its line', async () => {
    const { spec, list } = await agreementWithPartners('name;anschrift\r\n"Verein ""Zukunft"" e.V.";"Weg 1\r\n42549 Velbert"\r\nVerein B;Weg 2|42549 Velbert\r\n');
    const result = await renderFile(spec, ['pdf']);
    expect(result.diagnostics).toEqual([]);
    const text = squash((await pdfText(result.documents[0]!.outputs.pdf!)).pages.join(''));
    expect(text).toContain(squash('und der Kooperationspartner Verein „Zukunft“ e.V. Weg 1 42549 Velbert schließen'));
    expect(result.documents).toHaveLength(2);
    await writeFile(list, 'name;anschrift\nVerein A;Weg 1\nVerein B; "Weg 2\nVerein C;Weg 3\n');
    const [d] = (await renderFile(spec, [])).diagnostics;
    expect(d).toMatchObject({ code: 'RV502', file: list, line: 3, column: 11 });
    expect(d!.message).toContain('nicht geschlossen');
  });

  it('reads a list exported as „Text (Tabstopp-getrennt)“: tabs separate, „;“ and „,“ stay in the names', async () => {
    const { spec, list } = await agreementWithPartners('name\tanschrift\r\nKita Nord; Hort\tWeg 1|42549 Velbert\r\n"Verein B, e. V."\t"Weg 2\r\n42551 Velbert"\r\n');
    const result = await renderFile(spec, ['pdf']);
    expect(result.diagnostics).toEqual([]);
    const texts = await Promise.all(result.documents.map(async (d) => squash((await pdfText(d.outputs.pdf!)).pages.join(''))));
    expect(texts[0]).toContain(squash('und der Kooperationspartner Kita Nord; Hort Weg 1 42549 Velbert schließen'));
    expect(texts[1]).toContain(squash('und der Kooperationspartner Verein B, e. V. Weg 2 42551 Velbert schließen'));
    await writeFile(list, 'name\tanschrift\nVerein A\tWeg 1\tWeg 2\n');
    const [d] = await validateFile(spec);
    expect(d).toMatchObject({ code: 'RV502', file: list, line: 2, column: 16 });
    expect(d!.hint).toBe('Steht in einem Namen oder einer Anschrift ein Tabulator, setzen Sie das Feld in Anführungszeichen.');
  });

  it('reports every column it does not read at its header cell: a likely typo of a missing column is an error naming that column', async () => {
    const { spec, list } = await agreementWithPartners('Nmae;Telefon;Adresse\nVerein A;02051 1;Weg 1|42549 Velbert\n');
    const found = await validateFile(spec);
    expect(found.map((d) => [d.file, d.line, d.column, d.severity])).toEqual([[list, 1, 1, 'error'], [list, 1, 6, 'warning'], [list, 1, 14, 'error']]);
    expect(found[0]!.message).toBe('Unbekannte Spalte „Nmae“ in der Partnerliste. Meinten Sie „name“?');
    expect(found[1]!.message).toBe('Die Spalte „Telefon“ der Partnerliste wird nicht gelesen; ihr Inhalt erscheint in keiner Vereinbarung.');
    expect(found[2]!.message).toBe('Unbekannte Spalte „Adresse“ in der Partnerliste. Meinten Sie „anschrift“?');
    await writeFile(list, 'Name;Anschrift;Adresse\nVerein A;Weg 1|42549 Velbert;Weg 9\n');
    const result = await renderFile(spec, ['pdf']);
    expect(result.diagnostics).toMatchObject([{ severity: 'warning', file: list, line: 1, column: 16 }]); // beside „anschrift“, „Adresse“ is only not read
    expect(squash((await pdfText(result.outputs.pdf!)).pages.join(''))).toContain(squash('Verein A Weg 1 42549 Velbert schließen'));
    await writeFile(list, 'name;anschrift;name\nVerein A;Weg 1;Verein B\n');
    expect(await validateFile(spec)).toMatchObject([{ severity: 'error', file: list, line: 1, column: 16, message: 'Die Kopfzeile der Partnerliste nennt die Spalte „name“ zweimal (auch die 1. Spalte heißt so).' }]);
  });

  it('reports a broken partner list at its line', async () => {
    const { spec, list } = await agreementWithPartners('name;anschrift\nVerein A;Weg 1|42549 Velbert\n;Weg 2\n');
    const [d] = await validateFile(spec).then(async () => (await renderFile(spec, [])).diagnostics);
    expect(d).toMatchObject({ code: 'RV502', line: 3, file: list });
    await writeFile(list, '\n \n');
    expect(await validateFile(spec)).toMatchObject([{ code: 'RV502', file: list, line: 1, column: 1, message: 'Die Partnerliste ist leer.' }]);
  });

  it('reports every broken row at once: a separator inside a name, a missing name; a missing address is a warning', async () => {
    const { spec, list } = await agreementWithPartners('name;anschrift\nKita / Hort Süd;Weg 5;zu viel\nKita Ü\n;Weg 2\n');
    const found = (await renderFile(spec, [])).diagnostics.filter((d) => d.file === list);
    // each at its cell: the surplus field, the end of a row without address, the empty name
    expect(found.map((d) => [d.severity, d.line, d.column])).toEqual([['error', 2, 23], ['warning', 3, 7], ['error', 4, 1]]);
    expect(found[0]!.message).toBe('Zeile 2 der Partnerliste hat 3 Felder, die Kopfzeile nur 2 Spalten.');
    expect(found[1]!.message).toContain('„Kita Ü“ (Zeile 3 der Partnerliste) hat keine Anschrift');
  });

  it('names a header of one column once, at its end, when every row below has more fields', async () => {
    const { spec, list } = await agreementWithPartners('name\nVerein A;Weg 1|42549 Velbert\nVerein B, e. V.;Weg 2\n');
    const found = (await renderFile(spec, [])).diagnostics.filter((d) => d.file === list);
    expect(found).toMatchObject([{ code: 'RV502', severity: 'error', line: 1, column: 5 }]);
    expect(found[0]!.message).toBe('Die Kopfzeile der Partnerliste nennt nur die Spalte „name“, die Zeilen darunter haben aber mehrere Felder, getrennt durch ein „;“.');
  });

  it('reads a list of names only, where a name holds a comma, as one column', async () => {
    const { spec } = await agreementWithPartners('name\nKita Nord, Hort Süd\nFamilienbüro\n');
    const result = await renderFile(spec, ['pdf']);
    expect(result.diagnostics).toEqual([]);
    expect(result.documents).toHaveLength(2);
    expect(squash((await pdfText(result.documents[0]!.outputs.pdf!)).pages.join(''))).toContain(squash('und der Kooperationspartner Kita Nord, Hort Süd schließen'));
  });

  it('reads a list as a spreadsheet saves it: a blank first line, a separator at a line’s end, quotes inside a name', async () => {
    const { spec } = await agreementWithPartners('\nname;anschrift;\nKita "Sonne" Nord;Weg 1|42549 Velbert;\n');
    const result = await renderFile(spec, ['pdf']);
    expect(result.diagnostics).toEqual([]);
    expect(squash((await pdfText(result.outputs.pdf!)).pages.join(''))).toContain(squash('Kita „Sonne“ Nord')) // set in German quotes;
  });
});
