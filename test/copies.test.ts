// One file, a copy for each municipality: the fields that vary as a YAML list (`ausfertigungen`) or a
// spreadsheet (`ausfertigungen_datei`). Each copy is checked, reported and rendered as a spec of its own.
import { cp, mkdtemp, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWithBasis, prepare, type Diagnostic } from '../src/index.js';
import { keptCopiesOf } from '../src/batch/kept-copies.js';
import type { LoadedSpec } from '../src/spec/load.js';
import { docxText, pdfText, squash } from './helpers/extract.js';
import { runCli } from './helpers/cli.js';

const EXAMPLE = 'examples/kreis-coesfeld-sachstand';

async function copyOfExample(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'rv-copies-'));
  await cp(EXAMPLE, dir, { recursive: true });
  return dir;
}

/** Replaces text in a file of the copied example. */
async function edit(file: string, from: string | RegExp, to: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  const changed = text.replace(from, to);
  expect(changed).not.toBe(text);
  await writeFile(file, changed);
}

const errors = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.severity === 'error');

/** Line and column (1-based) of the first occurrence of `text` in a file's text. */
function placeOf(source: string, text: string): { line: number; column: number } {
  const before = source.slice(0, source.indexOf(text));
  expect(source.indexOf(text)).toBeGreaterThanOrEqual(0);
  return { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') };
}

describe('copies from a spreadsheet (ausfertigungen_datei)', () => {
  it('makes one document per row, each with its own municipality, number, committee and signature', async () => {
    const { diagnostics, documents } = await prepare(loadWithBasis(join(EXAMPLE, 'sachstand-2020.yaml')));
    expect(errors(diagnostics)).toEqual([]);
    expect(documents.map((d) => d.kommune)).toEqual(['kreis-coesfeld', 'stadt-billerbeck', 'stadt-duelmen', 'stadt-luedinghausen', 'gemeinde-nottuln', 'stadt-olfen']);
  });

  it('tells in validate how many documents the file makes', async () => {
    const result = await runCli(['validate', join(EXAMPLE, 'sachstand-2020.yaml')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('sachstand-2020.yaml: gültig, ergibt 6 Dokumente');
  });

  it('renders every row in its own house style, with the shared text, as one batch', async () => {
    const dir = await copyOfExample();
    const out = join(dir, 'out');
    const result = await runCli(['render', join(dir, 'sachstand-2020.yaml'), '--out', out, '--jobs', '2']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/6 erzeugt, 0 fehlgeschlagen von 6 Vorlagen/);
    expect(result.stdout).toMatch(/✓ .*sachstand-2020\.yaml \[stadt-olfen\] → .*stadt-olfen\/20-031\.docx/);
    const expected = {
      'kreis-coesfeld/SV-10-0311': ['Kreis Coesfeld', 'Jugendhilfeausschuss', '10.06.2020', 'gez.: Dr. Karl Muster'],
      'stadt-duelmen/20-0128': ['Stadt Dülmen', 'Jugendhilfeausschuss', '18.06.2020', 'Die Bürgermeisterin I.V.', 'Jan Probst', 'Erster Beigeordneter'],
      'stadt-olfen/20-031': ['Stadt Olfen', 'Ausschuss für Jugend, Familie und Soziales', '11.06.2020', 'Wilhelm Exempel'],
    };
    for (const [target, texts] of Object.entries(expected)) {
      const pdf = squash((await pdfText(await readFile(join(out, `${target}.pdf`)))).flow);
      const docx = squash(docxText(await readFile(join(out, `${target}.docx`))));
      for (const text of [...texts, 'Kommunale Präventionsketten – Sachstand 2020', 'Was seit dem Beschluss geschehen ist']) {
        expect(pdf, `${target}.pdf: ${text}`).toContain(squash(text));
        expect(docx, `${target}.docx: ${text}`).toContain(squash(text));
      }
    }
    // No other municipality's letterhead in a copy.
    expect(squash((await pdfText(await readFile(join(out, 'stadt-olfen/20-031.pdf')))).flow)).not.toContain('Dülmen');
  });

  it('reports a wrong cell at its line and column in the spreadsheet, and still renders the other rows', async () => {
    const dir = await copyOfExample();
    const table = join(dir, 'kommunen.csv');
    await edit(table, '2020-06-11;Ausschuss für Jugend', '2020-06-31;Ausschuss für Jugend');
    const text = await readFile(table, 'utf8');
    const { diagnostics } = await prepare(loadWithBasis(join(dir, 'sachstand-2020.yaml')));
    expect(errors(diagnostics)).toEqual([expect.objectContaining({ file: table, ...placeOf(text, '2020-06-31'), code: 'RV102' })]);

    const out = join(dir, 'out');
    const result = await runCli(['render', dir, '--out', out, '--quiet']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/5 erzeugt, 1 fehlgeschlagen von 6 Vorlagen/);
    const { line, column } = placeOf(text, '2020-06-31');
    expect(result.stdout).toContain(`kommunen.csv:${line}:${column}  Fehler  RV102`);
    const written = await readdir(out, { recursive: true });
    expect(written.filter((f) => f.endsWith('.pdf'))).toHaveLength(5);
    expect(written.some((f) => f.startsWith('stadt-olfen'))).toBe(false);
  });

  it.each([
    ['beratungsfolge.1.datum', 'beratungsfolge.0.datum', 'RV506', '„beratungsfolge.0.datum“ ist kein Feldname.'],
    [';unterschrift.name;', ';unterschrift;', 'RV506', 'Die Spalte „unterschrift“ überschneidet sich mit der Spalte „unterschrift.zusatz“ (Spalte 7).'],
    [';federfuehrung;', ';federführung;', 'RV104', 'Unbekanntes Feld „federführung“. Meinten Sie „federfuehrung“?'],
  ])('points at the head of a column: %s written as %s', async (from, to, code, message) => {
    const dir = await copyOfExample();
    const table = join(dir, 'kommunen.csv');
    await edit(table, from, to);
    const text = await readFile(table, 'utf8');
    const { diagnostics } = await prepare(loadWithBasis(join(dir, 'sachstand-2020.yaml')));
    const head = placeOf(text, to);
    const at = to.startsWith(';') ? { ...head, column: head.column + 1 } : head;
    expect(errors(diagnostics)).toEqual([expect.objectContaining({ file: table, ...at, code, message })]);
  });

  it('reads yes/no as true/false, leaves an empty cell to the shared text and closes gaps in numbered entries', async () => {
    const dir = await copyOfExample();
    await writeFile(
      join(dir, 'kommunen.csv'),
      [
        'kommune;vorlagen_nr;oeffentlich;beratungsfolge.1.gremium;beratungsfolge.1.datum;beratungsfolge.1.zustaendigkeit;beratungsfolge.2.gremium;beratungsfolge.2.datum;beratungsfolge.2.zustaendigkeit;unterschrift.name',
        'stadt-olfen;20/031;nein;;;;Rat der Stadt Olfen;2020-06-30;Kenntnisnahme;Wilhelm Exempel',
        'stadt-duelmen;20/0128;;Jugendhilfeausschuss;2020-06-18;Kenntnisnahme;Rat der Stadt Dülmen;2020-07-02;Kenntnisnahme;Jan Probst',
      ].join('\n'),
    );
    const { diagnostics, documents } = await prepare(loadWithBasis(join(dir, 'sachstand-2020.yaml')));
    expect(errors(diagnostics)).toEqual([]);
    const [olfen, duelmen] = documents.map((d) => d.view as { oeffentlich: boolean; beratungsfolge: { gremium: string }[] });
    expect(olfen!.oeffentlich).toBe(false);
    expect(duelmen!.oeffentlich).toBe(true); // the schema's default: the shared text does not say
    expect(olfen!.beratungsfolge.map((b) => b.gremium)).toEqual(['Rat der Stadt Olfen']);
    expect(duelmen!.beratungsfolge.map((b) => b.gremium)).toEqual(['Jugendhilfeausschuss', 'Rat der Stadt Dülmen']);
  });

  it('speaks of rows and cells, not of YAML lines, in the message and hint for a wrong cell or an empty row', async () => {
    const dir = await copyOfExample();
    const table = join(dir, 'kommunen.csv');
    await edit(table, 'Wilhelm Exempel;nein', 'Wilhelm Exempel;vielleicht');
    await edit(table, /^stadt-olfen;/m, ';');
    const text = await readFile(table, 'utf8');
    const { diagnostics } = await prepare(loadWithBasis(join(dir, 'sachstand-2020.yaml')));
    const rowStart = placeOf(text, ';20/031');
    expect(errors(diagnostics)).toEqual([
      expect.objectContaining({ file: table, ...rowStart, code: 'RV101', hint: expect.stringContaining('fehlt die Spalte „kommune“, ergänzen Sie sie in der Kopfzeile') }),
      expect.objectContaining({ file: table, ...placeOf(text, 'vielleicht'), code: 'RV103', message: expect.stringMatching(/muss „ja“ oder „nein“ sein, ist aber der Text „vielleicht“\.$/), hint: 'Schreiben Sie „ja“ oder „nein“ in die Zelle.' }),
    ]);
  });

  it('reports two rows that would write the same file at the later row, in validate as in render', async () => {
    const dir = await copyOfExample();
    const table = join(dir, 'kommunen.csv');
    const olfen = (await readFile(table, 'utf8')).split('\n').find((row) => row.startsWith('stadt-olfen;'))!;
    await writeFile(table, `${(await readFile(table, 'utf8')).trimEnd()}\n${olfen.replace('Wilhelm', 'Wilma')}\n`);
    const text = await readFile(table, 'utf8');
    const lines = text.trimEnd().split('\n');
    const at = { line: lines.length, column: 'stadt-olfen;'.length + 1 };
    const { diagnostics } = await prepare(loadWithBasis(join(dir, 'sachstand-2020.yaml')));
    expect(errors(diagnostics)).toEqual([
      expect.objectContaining({ file: table, ...at, code: 'RV504', message: `Diese Ausfertigung bekäme dieselbe Datei „stadt-olfen/20-031“ wie die Ausfertigung in Zeile ${lines.length - 1}; die eine würde die andere überschreiben.` }),
    ]);

    const out = join(dir, 'out');
    const result = await runCli(['render', dir, '--out', out, '--quiet']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/6 erzeugt, 1 fehlgeschlagen von 7 Vorlagen/);
    expect(result.stdout).toContain(`kommunen.csv:${at.line}:${at.column}  Fehler  RV504`);
    expect(result.stdout).toContain('sachstand-2020.yaml [stadt-olfen, Ausfertigung 6]“ erzeugt');
    expect(squash((await pdfText(await readFile(join(out, 'stadt-olfen/20-031.pdf')))).flow)).toContain(squash('Wilhelm Exempel'));
  });

  it('renders with --nur-geaenderte only the copy whose row changed, and every copy when the shared text changes', async () => {
    const dir = await copyOfExample();
    const out = join(dir, 'out');
    const spec = join(dir, 'sachstand-2020.yaml');
    const render = async () => (await runCli(['render', spec, '--out', out, '--quiet', '--nur-geaenderte'])).stdout;
    expect(await render()).toMatch(/6 erzeugt/);
    expect(await render()).toMatch(/0 erzeugt, 6 unverändert übersprungen/);
    const billerbeck = join(out, 'stadt-billerbeck/041-2020.pdf');
    const untouched = (await stat(billerbeck)).mtimeMs;

    await edit(join(dir, 'kommunen.csv'), 'Wilhelm Exempel', 'Wilma Exempel');
    expect(await render()).toMatch(/1 erzeugt, 5 unverändert übersprungen/);
    expect(squash((await pdfText(await readFile(join(out, 'stadt-olfen/20-031.pdf')))).flow)).toContain(squash('Wilma Exempel'));
    expect((await stat(billerbeck)).mtimeMs).toBe(untouched);

    await edit(spec, 'erfunden (Beispiel)', 'erfunden (nur ein Beispiel)'); // a comment: no field changes
    expect(await render()).toMatch(/0 erzeugt, 6 unverändert übersprungen/);
    await edit(spec, 'viermal getagt', 'fünfmal getagt');
    expect(await render()).toMatch(/6 erzeugt, 0 fehlgeschlagen/);
    expect(squash((await pdfText(await readFile(billerbeck))).flow)).toContain(squash('fünfmal getagt'));
  });

  it('reads the file and its spreadsheet once for all copies in a worker, and anew as soon as either changes', async () => {
    const dir = await copyOfExample();
    const spec = join(dir, 'sachstand-2020.yaml');
    const olfen = (copies: LoadedSpec[]) => copies.find((copy) => copy.copy?.name === 'stadt-olfen')!.data as { unterschrift: { name: string }; betreff: string };
    const first = keptCopiesOf(spec);
    expect(keptCopiesOf(spec)).toBe(first);
    await edit(join(dir, 'kommunen.csv'), 'Wilhelm Exempel', 'Wilma Exempel');
    const afterTable = keptCopiesOf(spec);
    expect(olfen(afterTable).unterschrift.name).toBe('Wilma Exempel');
    await edit(spec, 'Sachstand 2020', 'Sachstand 2021');
    expect(olfen(keptCopiesOf(spec)).betreff).toBe('Kommunale Präventionsketten – Sachstand 2021');
    expect(keptCopiesOf(spec)).not.toBe(afterTable);
  });
});

describe('copies as a YAML list (ausfertigungen)', () => {
  const LIST = [
    'ausfertigungen:',
    '  - kommune: stadt-olfen',
    '    vorlagen_nr: "20/031"',
    '    beratungsfolge:',
    '      - { datum: 2020-06-11, gremium: "Ausschuss für Jugend, Familie und Soziales", zustaendigkeit: Kenntnisnahme }',
    '    unterschrift: { zusatz: Der Bürgermeister, name: Wilhelm Exempel }',
    '  - kommune: stadt-billerbeck',
    '    vorlagen_nr: "041/2020"',
    '    beratungsfolge:',
    '      - { datum: 2020-06-16, gremium: "Ausschuss für Schule, Jugend und Soziales", zustaendigkeit: Kenntisnahme }',
    '    unterschrift: { name: Anna Beispiel }',
    '',
  ].join('\n');

  async function listExample(list = LIST): Promise<string> {
    const dir = await copyOfExample();
    const file = join(dir, 'sachstand-2020.yaml');
    await edit(file, /^ausfertigungen_datei: kommunen\.csv\n/m, list);
    return file;
  }

  it('makes one document per entry and reports a wrong value at its line in the entry', async () => {
    const file = await listExample();
    const text = await readFile(file, 'utf8');
    const { diagnostics } = await prepare(loadWithBasis(file));
    expect(errors(diagnostics)).toEqual([expect.objectContaining({ file, ...placeOf(text, 'Kenntisnahme'), code: 'RV105' })]);

    await edit(file, 'Kenntisnahme', 'Kenntnisnahme');
    const fixed = await prepare(loadWithBasis(file));
    expect(errors(fixed.diagnostics)).toEqual([]);
    expect(fixed.documents.map((d) => d.kommune)).toEqual(['stadt-olfen', 'stadt-billerbeck']);
  });

  it('reports a wrong value of the shared text once, where it is written', async () => {
    const file = await listExample(LIST.replace('Kenntisnahme', 'Kenntnisnahme'));
    await edit(file, 'datum: 2020-05-18', 'datum: 2020-05-38');
    const text = await readFile(file, 'utf8');
    const { diagnostics } = await prepare(loadWithBasis(file));
    expect(errors(diagnostics)).toEqual([expect.objectContaining({ file, ...placeOf(text, '2020-05-38'), code: 'RV102' })]);
  });

  it('refuses a field that belongs to the whole file inside an entry', async () => {
    const file = await listExample(LIST.replace('  - kommune: stadt-billerbeck\n', '  - kommune: stadt-billerbeck\n    basis: _anders.yaml\n'));
    const text = await readFile(file, 'utf8');
    const { diagnostics } = await prepare(loadWithBasis(file));
    expect(errors(diagnostics)).toEqual([expect.objectContaining({ file, ...placeOf(text, 'basis: _anders'), code: 'RV506' })]);
  });
});
