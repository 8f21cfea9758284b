// Network annual report from data: activities grouped by theme or quarter, members by area, budget sums.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderFile, renderText } from '../src/index.js';
import { docxParts, docxText, pdfPlacedTexts, pdfText, squash } from './helpers/extract.js';

const SPEC = 'examples/aachen-jahresbericht/jahresbericht-2023.yaml';
const data = parse(readFileSync(SPEC, 'utf8')) as { aktivitaeten: { thema: string; titel: string }[]; mitglieder: unknown[] };

describe('Netzwerk-Jahresbericht', () => {
  it('has a realistic data set', () => {
    expect(data.aktivitaeten.length).toBeGreaterThanOrEqual(40);
    expect(data.mitglieder.length).toBeGreaterThanOrEqual(25);
  });

  it('groups the activities by theme with counts, lists members and sums the budget', async () => {
    const result = await renderFile(SPEC);
    expect(result.diagnostics).toEqual([]);
    const text = squash((await pdfText(result.outputs.pdf!)).pages.join(''));
    const counts = new Map<string, number>();
    for (const a of data.aktivitaeten) counts.set(a.thema, (counts.get(a.thema) ?? 0) + 1);
    for (const [theme, count] of counts) expect(text).toContain(squash(`${theme} (${count})`));
    expect(text).toContain(squash(`Aktivitäten ${data.aktivitaeten.length}`));
    expect(text).toContain(squash('Summe 10.000,00 € 9.475,50 €'));
    expect(text).toContain(squash('Polizei und Justiz'));
  });

  it.each([SPEC, 'examples/aachen-jahresbericht/mitteilungsvorlage.yaml'])(
    'lines up the columns of its „Datum | Aktivität“ tables, one per theme, in PDF and DOCX (%s)',
    async (file) => {
      const themes = new Set(data.aktivitaeten.map((a) => a.thema)).size;
      const result = await renderFile(file);
      const heads = (await pdfPlacedTexts(result.outputs.pdf!)).filter((p) => p.text.trim() === 'Aktivität');
      expect(heads).toHaveLength(themes);
      expect(new Set(heads.map((head) => head.x.toFixed(2)))).toEqual(new Set([heads[0]!.x.toFixed(2)]));
      const tables = docxParts(result.outputs.docx!)['word/document.xml']!.split('<w:tbl>').filter((t) => t.includes('>Aktivität<'));
      const grids = tables.map((t) => t.match(/<w:tblGrid>.*?<\/w:tblGrid>/)![0]);
      expect(grids).toHaveLength(themes);
      expect(new Set(grids)).toEqual(new Set([grids[0]]));
    },
  );

  it('groups by quarter when asked', async () => {
    const spec = `${readFileSync(SPEC, 'utf8')}gliederung: quartal\n`;
    const result = await renderText(spec, SPEC);
    const text = squash((await pdfText(result.outputs.pdf!)).pages.join(''));
    expect(text).toContain(squash('Aktivitäten 2023 nach Quartal'));
    expect(text).toContain(squash('1. Quartal (Januar bis März)'));
    expect(text).toContain(squash('4. Quartal (Oktober bis Dezember)'));
  });
});

describe('Jahresbericht as the Sachlage of a Vorlage', () => {
  it('puts the report, one heading level down, into the Sachlage section', async () => {
    const result = await renderFile('examples/aachen-jahresbericht/mitteilungsvorlage.yaml');
    expect(result.diagnostics).toEqual([]);
    const headings = result.model!.blocks.flatMap((b) => (b.type === 'heading' ? [`${b.level} ${b.children.map((c) => ('value' in c ? c.value : '')).join('')}`] : []));
    const sachlage = headings.indexOf('1 Sachlage');
    const finanzen = headings.indexOf('1 Finanzielle/bilanzielle Auswirkungen');
    expect(headings.slice(sachlage + 1, finanzen)).toContain('2 3 Aktivitäten 2023 nach Thema');
    const text = squash((await pdfText(result.outputs.pdf!)).pages.join(''));
    expect(text).toContain(squash('Die Verwaltung legt den Jahresbericht'));
    expect(text).toContain(squash('Summe 10.000,00 € 9.475,50 €'));
  });

  it('keeps the footnotes of the report and numbers all notes in reading order (Vorlage, report, Vorlage)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rv-notes-'));
    const report = readFileSync(SPEC, 'utf8')
      .replace('im\n  Mittelpunkt.', 'im\n  Mittelpunkt.[^b]')
      .replace('Daten des Netzwerks erzeugt.\n', 'Daten des Netzwerks erzeugt.\n\n  [^b]: Note im Bericht.\n');
    writeFileSync(join(dir, 'jahresbericht-2023.yaml'), report);
    const vorlage = readFileSync('examples/aachen-jahresbericht/mitteilungsvorlage.yaml', 'utf8')
      .replace('für das Jahr 2023 vor.', 'für das Jahr 2023 vor.[^a]\n\n  [^a]: Note der Vorlage.')
      .replace('finanzielle_auswirkungen: Keine; die Mittel sind im Produkt 06.00.02 veranschlagt.', 'finanzielle_auswirkungen: |\n  Keine.[^c]\n\n  [^c]: Note danach.');
    writeFileSync(join(dir, 'mitteilung.yaml'), vorlage);
    const result = await renderFile(join(dir, 'mitteilung.yaml'));
    expect(result.diagnostics).toEqual([]);
    const notes = result.model!.footnotes.map((note) => `${note.number} ${squash(JSON.stringify(note.children).match(/Note [^"]+/)![0])}`);
    expect(notes).toEqual(['1 NotederVorlage.', '2 NoteimBericht.', '3 Notedanach.']);
    const pdf = squash((await pdfText(result.outputs.pdf!)).flow);
    const docx = squash(docxText(result.outputs.docx!) + (docxParts(result.outputs.docx!)['word/footnotes.xml'] ?? ''));
    for (const text of ['Note der Vorlage.', 'Note im Bericht.', 'Note danach.']) {
      expect(pdf).toContain(squash(text));
      expect(docx).toContain(squash(text));
    }
  });

  it('sets its headings one size down each level, and the member groups apart from the heading above them', async () => {
    const result = await renderFile('examples/aachen-jahresbericht/mitteilungsvorlage.yaml', ['pdf']);
    const placed = await pdfPlacedTexts(result.outputs.pdf!, { fonts: true });
    const look = (text: string) => placed.filter((p) => p.text.trim() === text).map((p) => `${p.size} ${p.font}`);
    expect(['Sachlage', '2 Das Netzwerk', '2.2 Mitglieder nach Bereichen', 'Jugendhilfe'].map(look)).toEqual([
      ['13 Arimo-Bold'],
      ['12 Arimo-Bold'],
      ['11 Arimo-Bold'],
      ['11 Arimo-BoldItalic'],
    ]);
  });
});
