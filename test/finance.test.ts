// Financial impact as data: computed totals, checks with both figures, rendering of the seed figures.
import { describe, expect, it } from 'vitest';
import { evaluateTable } from '../src/finance/plan.js';
import { checkMessage } from '../src/finance/messages.js';
import { formatEuro, fromCents, hasFractionOfCent, toCents, writtenAmount } from '../src/finance/money.js';
import { readFileSync } from 'node:fs';
import { renderFile, renderText, validateFile } from '../src/index.js';
import { docxParts, docxText, docxXmlText, pdfPlacedTexts, pdfText, squash } from './helpers/extract.js';

describe('evaluateTable', () => {
  it('fills open cells: product, total column, group sums, table sum and projection', () => {
    const table = evaluateTable({
      spalten: [{ name: 'Gesamt', gesamt: true }, { name: '2024' }, { name: '2025' }],
      zeilen: [
        {
          bezeichnung: 'Gruppe',
          zeilen: [
            { bezeichnung: 'a', betraege: [null, 100, 200] },
            { bezeichnung: 'b', menge: 3, einzelpreis: 0.5, betraege: [null, 1, 0.5] },
          ],
        },
      ],
      summe: { bezeichnung: 'Summe' },
      hochrechnungen: [{ bezeichnung: 'zwei Jahre', spalte: 'Gesamt', faktor: 2 }],
    });
    expect(table.findings).toEqual([]);
    const byLabel = Object.fromEntries(table.rows.map((r) => [r.label, r.cells]));
    expect(byLabel.a).toEqual([30000, 10000, 20000]);
    expect(byLabel.b).toEqual([150, 100, 50]);
    expect(byLabel.Gruppe).toEqual([30150, 10100, 20050]);
    expect(byLabel.Summe).toEqual([30150, 10100, 20050]);
    expect(byLabel['zwei Jahre']).toEqual([60300, null, null]);
  });

  it('reports the seed-003 mistake with both figures and the difference', () => {
    const table = evaluateTable({
      spalten: [{ name: 'Gesamt', gesamt: true }, { name: '2012' }, { name: '2013' }, { name: '2014' }],
      zeilen: [{ bezeichnung: 'Projektsteuerung', menge: 24, einzelpreis: 800, betraege: [19200, 5600, 5600, 5600] }],
    });
    expect(table.findings).toHaveLength(1);
    const [check] = table.findings;
    expect(check).toMatchObject({ kind: 'zeilensumme', path: '/zeilen/0/betraege/0', stated: 1_920_000, computed: 1_680_000 });
    expect(checkMessage(check!).message).toBe(
      'Summe der Jahre 2012–2014: 16.800,00\u00a0€, angegeben: 19.200,00\u00a0€, Differenz 2.400,00\u00a0€.',
    );
  });

  it('checks products, derived columns, shares, „darin enthalten“ and population', () => {
    const table = evaluateTable({
      spalten: [{ name: 'pro Monat' }, { name: 'pro Jahr', aus: 'pro Monat', faktor: 12 }],
      verteilung: { schluessel: 'einwohner' },
      zeilen: [
        { bezeichnung: 'A', einwohner: 1, betraege: [33.33, 400] },
        { bezeichnung: 'B', einwohner: 2, betraege: [66.67, 800.04], menge: 2, einzelpreis: 33.33 },
      ],
      summe: { bezeichnung: 'Summe', betraege: [100, 1200.04], einwohner: 4 },
    });
    const kinds = table.findings.map((f) => `${f.kind}:${f.stated}/${f.computed}`);
    expect(kinds).toEqual([
      'spalte:40000/39996', // 33,33 € × 12 = 399,96 €
      'produkt:6667/6666', // 2 × 33,33 € = 66,66 €
      'einwohner:4/3',
    ]);
  });

  it('flags „darin enthalten“ parts that add up to more than their row, and marks taken-over figures', () => {
    const table = evaluateTable({
      zeilen: [
        {
          bezeichnung: 'Aufwand',
          betrag: 100,
          uebernommen: true,
          darin_enthalten: [
            { bezeichnung: 'x', betrag: 80 },
            { bezeichnung: 'y', betrag: 30 },
          ],
        },
      ],
    });
    expect(table.findings).toMatchObject([{ kind: 'darin', stated: 10000, computed: 11000, takenOver: true }]);
    expect(table.rows.map((r) => r.kind)).toEqual(['row', 'detailHeader', 'detail', 'detail']);
  });
});

describe('euro amounts', () => {
  it('never print a minus before zero', () => {
    expect(formatEuro(-0)).toBe('0,00\u00a0€');
    expect(formatEuro(fromCents(toCents(-0.004)))).toBe('0,00\u00a0€');
    expect(formatEuro(fromCents(toCents(-0.006)))).toBe('-0,01\u00a0€');
  });

  it('round half up as a reader does, and tell fractions of a cent by the written decimals, not by binary noise', () => {
    expect(toCents(1.005)).toBe(101);
    expect(hasFractionOfCent(674786352.82)).toBe(false);
    expect(hasFractionOfCent(702.004)).toBe(true);
    expect(writtenAmount(1e-7)).toBe('0,0000001');
  });
});

describe('the cost and finance plan of seed 003', () => {
  it('validate flags every inconsistency of the seed, at the line of the stated figure', async () => {
    const diagnostics = await validateFile('examples/unna-kosten-und-finanzplan.yaml');
    expect(diagnostics.every((d) => d.severity === 'warning')).toBe(true);
    const found = diagnostics.map((d) => `${d.line}:${d.code}`);
    expect(found).toEqual([
      '76:RV403', '76:RV403', '76:RV403', // Zu 1: years add up to 19.199,99 €, not 20.000,00 €
      '82:RV402', // Projektsteuerung: 3 × 5.600 € = 16.800 €, not 19.200 €
      '87:RV402', // Workshops: 3 × 8.866,66 € = 26.599,98 €
      '90:RV402', // Dokumentation: 3 × 1.333,33 € = 3.999,99 €
      '99:RV402', '99:RV403', '99:RV403', '99:RV403', // Zu 2
      '103:RV402', '106:RV402', '109:RV402', // Bewirtung, Präsentationsmaterial, Sonstige Kosten
    ]);
    const projektsteuerung = diagnostics.find((d) => d.line === 82)!;
    expect(projektsteuerung.message).toContain('16.800,00\u00a0€, angegeben: 19.200,00\u00a0€, Differenz 2.400,00\u00a0€');
  });

  it('a corrected copy validates clean', async () => {
    expect(await validateFile('test/fixtures/finanzplan-korrigiert.yaml')).toEqual([]);
  });

  it('renders the plan with the seed’s figures, computed totals and population', async () => {
    const result = await renderFile('examples/unna-kosten-und-finanzplan.yaml');
    const pdf = squash((await pdfText(result.outputs.pdf!)).pages.join(''));
    const docx = squash(docxText(result.outputs.docx!));
    for (const figure of ['62.995', '374.312', '702,00 €', '8.424,00 €', '4.914,00 €', '58.968,00 €', '176.904,00 €', '19.200,00 €', '5.600,00 €', '8.866,66 €', '21.333,33 €', 'Projektsteuerung 24 Sitzungen a 800,00 €']) {
      expect(pdf, figure).toContain(squash(figure));
      expect(docx, figure).toContain(squash(figure));
    }
  });

  /** The seed-003 cost plan with each [written, instead] pair replaced, rendered from memory. */
  function renderPlanWith(...edits: [string, string][]) {
    const plan = 'examples/unna-kosten-und-finanzplan.yaml';
    const spec = edits.reduce((text, [written, instead]) => text.replace(written, instead), readFileSync(plan, 'utf8'));
    return renderText(spec, plan);
  }

  it('refuses amounts beyond a trillion euros (they printed as „∞ €“ or lost their cents), in German figures', async () => {
    const result = await renderPlanWith(['{ bezeichnung: Stadt Selm, einwohner: 29207, betraege: [702.00,', '{ bezeichnung: Stadt Selm, einwohner: 29207, betraege: [1e308,']);
    const problem = result.diagnostics.find((d) => d.code === 'RV109')!;
    expect(problem).toMatchObject({ severity: 'error', line: 43 });
    expect(problem.message).toContain('höchstens 999.999.999.999,99 sein, ist aber 1E308');
    expect(result.documents).toEqual([]);
  });

  it('prints an amount with fractions of a cent rounded, and says so (RV412) instead of rounding silently', async () => {
    const result = await renderPlanWith(['Stadt Selm, einwohner: 29207, betraege: [702.00,', 'Stadt Selm, einwohner: 29207, betraege: [702.004,']);
    const rounded = result.diagnostics.filter((d) => d.code === 'RV412');
    expect(rounded).toEqual([expect.objectContaining({ severity: 'warning', line: 43, column: 67 })]);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(rounded[0]!.message).toBe('Der Betrag 702,004 hat Bruchteile eines Cents; er wird gerundet als 702,00\u00a0€ gedruckt und gerechnet.');
    expect(squash((await pdfText(result.outputs.pdf!)).pages.join(''))).toContain(squash('Stadt Selm 29.207 702,00 €'));
  });

  it('reports a table that cannot be computed (RV411): an unknown source column, a missing projection column, too many amounts', async () => {
    const result = await renderPlanWith(
      ['aus: pro Monat', 'aus: je Monat'],
      ['spalte: pro Jahr', 'spalte: jährlich'],
      ['{ bezeichnung: Stadt Selm, einwohner: 29207, betraege: [702.00, 8424.00] }', '{ bezeichnung: Stadt Selm, einwohner: 29207, betraege: [702.00, 8424.00, 1.00] }'],
    );
    const found = result.diagnostics.filter((d) => d.code === 'RV411').map((d) => [d.line, d.message]);
    expect(found).toEqual([
      [37, 'Die Spalte „pro Jahr“ soll aus „je Monat“ berechnet werden; diese Spalte gibt es nicht.'],
      [43, 'Die Zeile „Stadt Selm“ hat 3 Beträge, die Tabelle aber nur 2 Spalten.'],
      [57, 'Die Hochrechnung „Eigenleistung für die gesamte Projektdauer 3 Jahre:“ nennt die Spalte „jährlich“, die es nicht gibt.'],
    ]);
    expect(result.documents).toEqual([]);
  });

  it('explains a distribution by inhabitants that lacks them (RV410), instead of failing inside', async () => {
    const result = await renderPlanWith(['schluessel: gleich', 'schluessel: einwohner'], ['{ bezeichnung: Stadt Selm, einwohner: 29207,', '{ bezeichnung: Stadt Selm,']);
    const problem = result.diagnostics.find((d) => d.code === 'RV410')!;
    expect(problem).toMatchObject({ severity: 'error', line: 43 });
    expect(problem.message).toContain('„Stadt Selm“');
    expect(result.documents).toEqual([]);
  });

  it('gives a bold row label that wraps the room of both lines: nothing prints over the next row', async () => {
    let checked = 0;
    // The plan's second table right below the check boxes, after a few lengths of text: the row and the
    // next one share a page in most of them (a page break may fall between them in one).
    const firstTable = readFileSync('examples/unna-kosten-und-finanzplan.yaml', 'utf8').match(/ {4}- ueberschrift: Der Kosten-[\s\S]*?(?= {4}- ueberschrift: "Beantragte)/)![0];
    for (let filler = 0; filler <= 6; filler += 2) {
      const result = await renderPlanWith([firstTable, ''], ['sachlage: |\n', `sachlage: |\n${'  Absatz.\n\n'.repeat(filler)}`]);
      const placed = await pdfPlacedTexts(result.outputs.pdf!);
      const label = placed.find((p) => p.text.includes('Zu 2. Regiekosten'))!;
      const wrapped = placed.filter((p) => p.page === label.page && p.y > label.y && p.y < label.y + 2 * label.size && p.text.includes('Kommunen'));
      expect(wrapped, `${filler} paragraphs before`).toHaveLength(1); // the label does wrap here, or the check means nothing
      const next = placed.find((p) => p.text.trim() === 'Bewirtung')!;
      if (next.page !== label.page) continue;
      expect(next.y - wrapped[0]!.y, `${filler} paragraphs before`).toBeGreaterThan(label.size * 1.2);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe('finance parts of seeds 000 and 001', () => {
  it('Aachen: the amount table', async () => {
    const result = await renderFile('examples/aachen-im-blick.yaml');
    const pdf = squash((await pdfText(result.outputs.pdf!)).pages.join(''));
    expect(pdf).toContain(squash('Aufwendungen/Auszahlungen: Betrag Projekt Stärkung/Förderung des Jugendschutzes (SK 543976) 10.000,00 €'));
  });

  it('Gladbeck: Ergebnisrechnung with „darin enthalten“, whole euros as „23.000,-“, checkboxes', async () => {
    const result = await renderFile('examples/gladbeck-kein-kind-zuruecklassen.yaml');
    const pdf = squash((await pdfText(result.outputs.pdf!)).pages.join(''));
    expect(pdf).toContain(squash('☐ keine ☒ folgende Ergebnisrechnung Ertrag € einmalig jährlich 2013/14 23.000,-'));
    expect(pdf).toContain(squash('darin enthalten: Personalaufwand 15.000,- Sach- und Dienstleistungen 8.000,- Transferaufwand'));
    expect(pdf).toContain(squash('Haushaltsmittel stehen: ☒ zur Verfügung ☐ nicht zur Verfügung'));
  });

  it('Gladbeck: an amount column whose head names no currency gets „in €“, since its cells carry none', async () => {
    const file = 'examples/gladbeck-kein-kind-zuruecklassen.yaml';
    const text = readFileSync(file, 'utf8').replace('spalten: [{ name: "€" }]', 'spalten: [{ name: "Betrag" }]');
    const result = await renderText(text, file);
    const pdf = squash((await pdfText(result.outputs.pdf!)).pages.join(''));
    expect(pdf).toContain(squash('Ertrag Betrag in € einmalig jährlich 2013/14 23.000,-'));
    expect(pdf).toContain(squash('Aufwand €')); // the tables that name the € stay as written
    expect(squash(await docxText(result.outputs.docx!))).toContain(squash('Ertrag Betrag in €'));
  });

  it('Gladbeck: the stacked plan tables (Ertrag, Aufwand, Einzahlung, Auszahlung) have the same column widths', async () => {
    const result = await renderFile('examples/gladbeck-kein-kind-zuruecklassen.yaml', ['docx']);
    const tables = docxParts(result.outputs.docx!)['word/document.xml']!.split('<w:tbl>').slice(1);
    const grids = ['Ertrag', 'Aufwand', 'Einzahlung', 'Auszahlung'].map((head) => {
      const table = tables.find((t) => docxXmlText(t).startsWith(head))!;
      return [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    });
    expect(grids[0]).toHaveLength(2);
    for (const grid of grids) expect(grid).toEqual(grids[0]);
  });
});

describe('Klimarelevanz as a typed block', () => {
  it('renders the chosen impact as ticked boxes with the explanation', async () => {
    const spec = `${readFileSync('examples/aachen-im-blick.yaml', 'utf8')}
klimarelevanz:
  auswirkung: ja, positiv
  umfang: geringfügig
  erlaeuterung: Die Kampagne wird digital verbreitet; gedruckte Plakate werden auf Recyclingpapier bestellt.
`;
    const result = await renderText(spec, 'examples/aachen-im-blick.yaml');
    expect(result.diagnostics).toEqual([]);
    const pdf = squash((await pdfText(result.outputs.pdf!)).pages.join(''));
    expect(pdf).toContain(squash('Klimarelevanz Auswirkung auf den Klimaschutz: ☒ ja, positiv ☐ ja, negativ ☐ nein ☐ nicht einschätzbar Umfang: ☒ geringfügig ☐ erheblich Die Kampagne wird digital verbreitet'));
  });
});
