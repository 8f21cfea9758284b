// Batch rendering as a user runs it: the Kreis-Coesfeld batch, a failing member, SIGKILL and Ctrl+C mid-batch,
// byte-identical reruns, hostile Vorlagen-Nr, skipping unchanged documents, shared bases.
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { validateFile } from '../src/index.js';
import { docxText, pdfText, squash } from './helpers/extract.js';
import { BIN, runCli } from './helpers/cli.js';

const run = runCli;

/** Renders a changed spec with --nur-geaenderte: it is rendered again, and its PDF (below `out`) shows `text`. */
async function expectRenderedAgain(spec: string, out: string, pdf: string, text: string): Promise<void> {
  const changed = await run(['render', spec, '--out', out, '--nur-geaenderte']);
  expect(changed.stdout).toContain(`✓ ${spec} → `);
  expect(squash((await pdfText(await readFile(join(out, pdf)))).pages.join(''))).toContain(squash(text));
}

async function filesBelow(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort();
}

const MEMBERS = {
  'kreis-coesfeld/SV-10-0123': 'Kreis Coesfeld',
  'stadt-billerbeck/073-2019': 'Stadt Billerbeck',
  'stadt-duelmen/19-0211': 'Stadt Dülmen',
  'stadt-luedinghausen/FB3-045-2019': 'Stadt Lüdinghausen',
  'gemeinde-nottuln/112-2019': 'Gemeinde Nottuln',
  'stadt-olfen/19-057': 'Stadt Olfen',
};

describe('the Kreis-Coesfeld batch', () => {
  // Each worker renders two documents at once (one waits for its files while the other is drawn), so
  // one worker and two workers interleave the documents differently; a document rendered alone is the
  // reference.
  it('renders every member in its own house style, byte-identical with 2 workers, 1 worker and alone', async () => {
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => mkdtemp(join(tmpdir(), 'rv-batch-'))));
    const first = await run(['render', 'examples/kreis-coesfeld', '--out', a, '--jobs', '2']);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('6 erzeugt, 0 fehlgeschlagen von 6 Vorlagen');
    await run(['render', 'examples/kreis-coesfeld', '--out', b, '--jobs', '1']);
    await run(['render', 'examples/kreis-coesfeld/billerbeck.yaml', '--out', c]);
    for (const ext of ['pdf', 'docx']) {
      const alone = await readFile(join(c, `stadt-billerbeck/073-2019.${ext}`));
      expect(Buffer.compare(alone, await readFile(join(a, `stadt-billerbeck/073-2019.${ext}`))), ext).toBe(0);
    }
    for (const [target, name] of Object.entries(MEMBERS)) {
      const pdf = await readFile(join(a, `${target}.pdf`));
      const page = (await pdfText(pdf)).pages[0]!;
      expect(page.startsWith(name), target).toBe(true);
      for (const ext of ['pdf', 'docx']) {
        expect(Buffer.compare(await readFile(join(a, `${target}.${ext}`)), await readFile(join(b, `${target}.${ext}`))), `${target}.${ext}`).toBe(0);
      }
    }
  });

  it.each([
    ['one worker', []],
    ['two workers in two stages', ['--jobs', '2']],
  ])('reports a failing member and still renders the others (exit 1), %s', async (_, jobs) => {
    const dir = await mkdtemp(join(tmpdir(), 'rv-batch-'));
    await cp('examples/kreis-coesfeld', join(dir, 'kreis-coesfeld'), { recursive: true });
    const olfen = join(dir, 'kreis-coesfeld', 'olfen.yaml');
    await writeFile(olfen, (await readFile(olfen, 'utf8')).replace('gremium: Rat der Stadt Olfen', 'gremium: Rat der Stadt Olpe'));
    const out = join(dir, 'out');
    const result = await run(['render', join(dir, 'kreis-coesfeld'), '--out', out, '--quiet', ...jobs]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('5 erzeugt, 1 fehlgeschlagen von 6 Vorlagen');
    expect(result.stdout).toMatch(/✗ .*olfen\.yaml:\d+:\d+ {2}Fehler {2}RV303 {2}Das Gremium „Rat der Stadt Olpe“/);
    const written = (await filesBelow(out)).map((f) => relative(out, f));
    expect(written.filter((f) => f.endsWith('.pdf'))).toHaveLength(5);
    expect(written.filter((f) => f.endsWith('.docx'))).toHaveLength(5);
    expect(written.some((f) => f.includes('stadt-olfen'))).toBe(false);
  });

  // A DOCX table of contents takes its page numbers from the PDF layout, so with two workers in two
  // stages such a report is made whole in one of them, alternately in the first and the second.
  it('renders reports with a table of contents in two stages byte-identical to each rendered alone', async () => {
    const [dir, out, alone] = await Promise.all([1, 2, 3].map(() => mkdtemp(join(tmpdir(), 'rv-reports-'))));
    const report = await readFile('examples/aachen-jahresbericht/jahresbericht-2023.yaml', 'utf8');
    for (const n of [1, 2, 3]) await writeFile(join(dir, `jahresbericht-${n}.yaml`), report);
    const result = await run(['render', dir, '--out', out, '--jobs', '2']);
    expect(result.stdout).toContain('3 erzeugt, 0 fehlgeschlagen von 3 Vorlagen');
    await run(['render', join(dir, 'jahresbericht-1.yaml'), '--out', alone]);
    for (const ext of ['pdf', 'docx']) {
      const reference = await readFile(join(alone, `staedteregion-aachen/jahresbericht-1.${ext}`));
      for (const n of [1, 2, 3]) {
        const made = await readFile(join(out, `staedteregion-aachen/jahresbericht-${n}.${ext}`));
        // The same spec under three file names: only the output's name differs, not its bytes.
        expect(Buffer.compare(made, reference), `jahresbericht-${n}.${ext}`).toBe(0);
      }
    }
  });

  it('points at the base file when the shared part is wrong', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rv-basis-'));
    await cp('examples/kreis-coesfeld', dir, { recursive: true });
    const base = join(dir, '_gemeinsam.yaml');
    await writeFile(base, (await readFile(base, 'utf8')).replace('datum: 12.06.2019', 'datum: 31.06.2019'));
    const [diagnostic] = await validateFile(join(dir, 'olfen.yaml'));
    expect(diagnostic).toMatchObject({ code: 'RV102', file: base, line: 8, column: 8 });
    const [own] = await validateFile(join(dir, 'kreis.yaml')).then((d) => d.filter((x) => x.code === 'RV102'));
    expect(own?.file).toBe(base);
  });
});

describe('safe output', () => {
  it('keeps file names from hostile Vorlagen-Nr inside out/', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rv-hostile-'));
    const spec = await readFile('examples/aachen-im-blick.yaml', 'utf8');
    const hostile = ['../../x', 'a/b', 'CON', 'y'.repeat(300), '..\\\\..\\\\z'];
    await Promise.all(
      hostile.map((nr, i) =>
        writeFile(
          join(dir, `v${i}.yaml`),
          spec.replace('kommune: staedteregion-aachen', `kommune: musterstadt\nvorlagen_nr: "${nr}"`),
        ),
      ),
    );
    const out = join(dir, 'out');
    const result = await run(['render', dir, '--out', out, '--quiet'], { RATSVORLAGE_KOMMUNEN: 'test/fixtures/kommunen' });
    expect(result.code, result.stderr + result.stdout).toBe(0);
    const files = (await filesBelow(dir)).filter((f) => f.endsWith('.pdf'));
    expect(files).toHaveLength(hostile.length);
    for (const file of files) {
      const rel = relative(out, file);
      expect(rel.startsWith('..'), rel).toBe(false);
      expect(rel.split(sep)).toHaveLength(2); // <kommune>/<name>.pdf, no further folders
      expect(rel.split(sep)[1]!.length).toBeLessThanOrEqual(104);
    }
    expect(files.map((f) => relative(out, f)).sort()).toContain(join('musterstadt', '_CON.pdf'));
  });

  it('never lets two specs write the same file: the first in file order keeps it, whatever is ready first', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rv-same-'));
    const spec = await readFile('examples/gladbeck-kein-kind-zuruecklassen.yaml', 'utf8');
    // Two drafts with the same Vorlagen-Nr. (copied, then changed): different signers. The first in file
    // order is far longer, so with two workers the second is ready first.
    const longer = `sachlage: |\n${'  Ein langer Absatz, der die Sachlage ausführlich darstellt und so das Erzeugen verlängert.\n\n'.repeat(400)}`;
    await writeFile(join(dir, 'a.yaml'), spec.replace('name: Rainer Weichelt', 'name: Anna Erste').replace('sachlage: |\n', longer));
    await writeFile(join(dir, 'b.yaml'), spec.replace('name: Rainer Weichelt', 'name: Bert Zweiter'));
    for (const jobs of ['1', '2']) {
      const out = join(dir, `out${jobs}`);
      const result = await run(['render', dir, '--out', out, '--jobs', jobs, '--json']);
      expect(result.code).toBe(1);
      const summary = JSON.parse(result.stdout) as { documents: { file: string; status: string; diagnostics: { code: string; message: string }[] }[] };
      const failed = summary.documents.filter((r) => r.status === 'failed');
      expect(failed).toHaveLength(1);
      // At the Vorlagen-Nr. that gives both the same file name (vorlagen_nr: "13/0452" in line 6).
      expect(failed[0]!.diagnostics.at(-1)).toMatchObject({ code: 'RV504', file: join(dir, 'b.yaml'), line: 6, column: 14, path: '/vorlagen_nr' });
      const winner = summary.documents.find((r) => r.status === 'rendered')!;
      expect(winner.file).toMatch(/a\.yaml$/);
      expect(failed[0]!.diagnostics.at(-1)!.message).toContain(`„${winner.file}“ erzeugt`);
      const signer = 'Anna Erste';
      const files = (await filesBelow(out)).filter((f) => !f.endsWith('.json'));
      expect(files.map((f) => relative(out, f))).toEqual([join('stadt-gladbeck', '13-0452.docx'), join('stadt-gladbeck', '13-0452.pdf')]);
      expect((await pdfText(await readFile(files[1]!))).pages.join('')).toContain(signer);
      expect(docxText(await readFile(files[0]!))).toContain(signer);
      // The loser's files were written to temporary files before the batch refused them; none is left.
      await expect(stat(join(dir, `.out${jobs}.tmp`))).rejects.toThrow();
    }
  });

  // With two workers the first stage writes the DOCX to a temporary file before the PDF is laid out.
  it('in two stages, a file that cannot be put in place fails its document alone, keeps the earlier files and leaves no temporary file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rv-blocked-'));
    const out = join(dir, 'out');
    expect((await run(['render', 'examples/kreis-coesfeld', '--out', out, '--jobs', '2', '--quiet'])).code).toBe(0);
    const pdf = join(out, 'stadt-olfen', '19-057.pdf');
    const docx = join(out, 'stadt-olfen', '19-057.docx');
    await rm(pdf);
    await mkdir(pdf); // a folder where the PDF should go
    await writeFile(docx, 'die frühere Fassung');
    const result = await run(['render', 'examples/kreis-coesfeld', '--out', out, '--jobs', '2', '--json']);
    expect(result.code).toBe(1);
    const summary = JSON.parse(result.stdout) as { documents: { file: string; status: string; diagnostics: { code: string; message: string }[] }[] };
    const failed = summary.documents.filter((r) => r.status === 'failed');
    expect(failed.map((r) => r.file)).toEqual([join('examples', 'kreis-coesfeld', 'olfen.yaml')]);
    expect(failed[0]!.diagnostics.at(-1)).toMatchObject({ code: 'RV601', message: expect.stringContaining('dort liegt ein Ordner mit dem Namen der Datei („') });
    expect(summary.documents.filter((r) => r.status === 'rendered')).toHaveLength(5);
    expect(await readFile(docx, 'utf8')).toBe('die frühere Fassung');
    await expect(stat(join(dir, '.out.tmp'))).rejects.toThrow();
  });

  /** 40 copies of the Gladbeck Vorlage, each with its own Vorlagen-Nr; returns the folder. */
  async function fortyDocuments(prefix: string): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), prefix));
    const spec = await readFile('examples/gladbeck-kein-kind-zuruecklassen.yaml', 'utf8');
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        writeFile(join(dir, `v${String(i).padStart(2, '0')}.yaml`), spec.replace('"13/0452"', `"13/${String(1000 + i)}"`)),
      ),
    );
    return dir;
  }

  /** Waits until at least `count` PDFs are under `out` (the batch is under way). */
  async function untilPdfs(out: string, count: number): Promise<void> {
    for (let i = 0; i < 400; i++) {
      const written = await filesBelow(out).catch(() => []);
      if (written.filter((f) => f.endsWith('.pdf')).length >= count) return;
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /** Every PDF ends with its trailer and every DOCX unzips: no file is cut off. */
  async function expectComplete(documents: string[]): Promise<void> {
    for (const file of documents) {
      const data = await readFile(file);
      if (file.endsWith('.pdf')) expect(data.subarray(-6).toString('latin1'), file).toContain('%%EOF');
      else expect(() => unzipSync(data), file).not.toThrow();
    }
  }

  it('leaves no partial file under out/ after SIGKILL mid-batch', async () => {
    const dir = await fortyDocuments('rv-kill-');
    const out = join(dir, 'out');
    const child = spawn('node', [BIN, 'render', dir, '--out', out, '--jobs', '2', '--quiet']);
    await untilPdfs(out, 3);
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const files = await filesBelow(out);
    const documents = files.filter((f) => /\.(pdf|docx)$/.test(f));
    expect(documents.length).toBeGreaterThan(0);
    expect(documents.length).toBeLessThan(80); // really interrupted
    expect(files.every((f) => /\.(pdf|docx)$/.test(f))).toBe(true); // no temp files under out/
    await expectComplete(documents);
    // The killed run's temporary files lie beside out/; the next run clears them away.
    expect((await readdir(join(dir, '.out.tmp'))).length).toBeGreaterThan(0);
    expect((await run(['render', dir, '--out', out, '--jobs', '2', '--quiet'])).code).toBe(0);
    await expect(stat(join(dir, '.out.tmp'))).rejects.toThrow();
  });

  // Each worker has two documents in flight; Ctrl+C lets them finish and starts no new one.
  it('finishes the documents in flight on Ctrl+C (SIGINT) and reports the rest as not begun', async () => {
    const dir = await fortyDocuments('rv-int-');
    const out = join(dir, 'out');
    const child = spawn('node', [BIN, 'render', dir, '--out', out, '--jobs', '2']);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    await untilPdfs(out, 2);
    child.kill('SIGINT');
    const code = await new Promise((r) => child.once('exit', r));
    expect(code).toBe(1);
    expect(stderr).toContain('Abbruch angefordert');
    const rendered = stdout.split('\n').filter((line) => line.startsWith('✓')).length;
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(40); // really interrupted
    expect(stdout).toContain(`${rendered} erzeugt, 0 fehlgeschlagen von 40 Vorlagen`);
    const left = 40 - rendered;
    expect(stdout).toContain(`Abgebrochen: ${left} ${left === 1 ? 'Vorlage wurde' : 'Vorlagen wurden'} nicht begonnen.`);
    const documents = (await filesBelow(out)).filter((f) => /\.(pdf|docx)$/.test(f));
    expect(documents).toHaveLength(2 * rendered); // every document begun was written, nothing else
    await expectComplete(documents);
    const manifest = JSON.parse(await readFile(join(out, '.ratsvorlage-stand.json'), 'utf8')) as object;
    expect(Object.keys(manifest)).toHaveLength(rendered);
    await expect(stat(join(dir, '.out.tmp'))).rejects.toThrow(); // temporary folder removed
  });

  it('--nur-geaenderte also skips a single unchanged spec, and renders it again once it changed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rv-changed-one-'));
    await cp('examples/kreis-coesfeld', dir, { recursive: true });
    const spec = join(dir, 'olfen.yaml');
    const out = join(dir, 'out');
    expect((await run(['render', spec, '--out', out])).stdout).toContain('✓');
    const same = await run(['render', spec, '--out', out, '--nur-geaenderte']);
    expect(same.stdout).toContain(`= ${spec} → unverändert`);
    await writeFile(join(dir, '_gemeinsam.yaml'), `# Stand: Entwurf 2\n${await readFile(join(dir, '_gemeinsam.yaml'), 'utf8')}`);
    const comment = await run(['render', spec, '--out', out, '--nur-geaenderte']);
    expect(comment.stdout).toContain(`= ${spec} → unverändert`); // a comment in the base changes no field
    await writeFile(spec, (await readFile(spec, 'utf8')).replace('Wilhelm Exempel', 'Wilma Exempel'));
    await expectRenderedAgain(spec, out, join('stadt-olfen', '19-057.pdf'), 'Wilma Exempel');
  });

  it('--nur-geaenderte renders a Vorlage again when the base of the Jahresbericht shown in it changed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rv-changed-report-'));
    await cp('examples/aachen-jahresbericht', dir, { recursive: true });
    const report = join(dir, 'jahresbericht-2023.yaml');
    const text = await readFile(report, 'utf8');
    const base = (words: string) => `art: jahresbericht\nnetzwerk:\n  beschreibung: ${words}\n`;
    await writeFile(report, text.replace('art: jahresbericht\n', 'basis: _netzwerk.yaml\n').replace(/^ {2}beschreibung: \|\n( {4}.*\n)+/m, ''));
    await writeFile(join(dir, '_netzwerk.yaml'), base('Das Netzwerk stimmt Maßnahmen ab.'));
    const spec = join(dir, 'mitteilungsvorlage.yaml');
    const out = join(dir, 'out');
    expect((await run(['render', spec, '--out', out])).stdout).toContain('✓');
    expect((await run(['render', spec, '--out', out, '--nur-geaenderte'])).stdout).toContain(`= ${spec} → unverändert`);
    await writeFile(join(dir, '_netzwerk.yaml'), base('Das Netzwerk stimmt Maßnahmen kreisweit ab.'));
    await expectRenderedAgain(spec, out, join('staedteregion-aachen', 'mitteilungsvorlage.pdf'), 'Maßnahmen kreisweit ab');
  });

  it('--nur-geaenderte reports a value that contains itself (a YAML alias) as a wrong field, not as an internal error', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rv-changed-alias-'));
    await cp('examples/kreis-coesfeld', dir, { recursive: true });
    const spec = join(dir, 'olfen.yaml');
    const out = join(dir, 'out');
    await run(['render', spec, '--out', out]);
    const text = await readFile(spec, 'utf8');
    await writeFile(spec, `${text}x: &a [*a]\n`);
    const result = await run(['render', spec, '--out', out, '--nur-geaenderte']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${spec}:${text.split('\n').length}:1  Fehler  RV104  Unbekanntes Feld „x“.`);
    expect(`${result.stdout}${result.stderr}`).not.toContain('Interner Fehler');
  });

  it('--nur-geaenderte renders again when a format is missing or another spec wrote over the file, and says so (RV505)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rv-changed-owner-'));
    await cp('examples/kreis-coesfeld', dir, { recursive: true });
    const out = join(dir, 'out');
    const olfen = join(dir, 'olfen.yaml');
    await run(['render', olfen, '--out', out, '--format', 'pdf']);
    const both = await run(['render', olfen, '--out', out, '--nur-geaenderte']);
    expect(both.stdout).toContain(`✓ ${olfen} → `); // the DOCX was never written: not „unverändert“
    await stat(join(out, 'stadt-olfen', '19-057.docx'));
    const copy = join(dir, 'olfen-entwurf.yaml');
    await writeFile(copy, (await readFile(olfen, 'utf8')).replace('Wilhelm Exempel', 'Wilma Exempel'));
    const other = await run(['render', copy, '--out', out]);
    expect(other.stderr).toContain(`${copy}:4:14  Warnung  RV505`); // at vorlagen_nr: "19/057"
    expect(other.stderr).toContain(`wurde überschrieben; die Datei stammte aus „${olfen}“`);
    const again = await run(['render', olfen, '--out', out, '--nur-geaenderte']);
    expect(again.stdout).toContain(`✓ ${olfen} → `);
    expect(again.stderr).toContain(`die Datei stammte aus „${copy}“`);
    expect(squash((await pdfText(await readFile(join(out, 'stadt-olfen', '19-057.pdf')))).pages.join(''))).toContain(squash('Wilhelm Exempel'));
  });

  it('--nur-geaenderte: a manifest of another shape is forgotten, not a crash; a changed partner list renders again; a skipped spec keeps its files in the run', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rv-changed-more-'));
    await cp('examples/velbert-netzwerk-kinderschutz', join(dir, 'velbert'), { recursive: true });
    const spec = join(dir, 'velbert', 'kooperationsvereinbarung.yaml');
    const out = join(dir, 'out');
    for (const manifest of ['null', '"abc"', '42', `{"${spec}": null}`, `{"${spec}": {"fingerprint": "x", "outputs": [null]}}`]) {
      await cp('examples/velbert-netzwerk-kinderschutz/partner.csv', join(dir, 'velbert', 'partner.csv'));
      await run(['render', spec, '--out', out, '--format', 'pdf']).catch(() => undefined);
      await writeFile(join(out, '.ratsvorlage-stand.json'), manifest);
      const result = await run(['render', spec, '--out', out, '--format', 'pdf', '--nur-geaenderte']);
      expect(result.code, manifest).toBe(0);
    }
    const partners = join(dir, 'velbert', 'partner.csv');
    await writeFile(partners, `${await readFile(partners, 'utf8')}Neue Kita (Beispiel);Weg 9|42549 Velbert\n`);
    const changed = await run(['render', spec, '--out', out, '--format', 'pdf', '--nur-geaenderte']);
    expect(changed.stdout).toContain('kooperationsvereinbarung-neue-kita-beispiel.pdf');

    await mkdir(join(dir, 'a'));
    await mkdir(join(dir, 'b'));
    const olfen = await readFile('examples/kreis-coesfeld/olfen.yaml', 'utf8');
    await cp('examples/kreis-coesfeld/_gemeinsam.yaml', join(dir, 'a', '_gemeinsam.yaml'));
    await cp('examples/kreis-coesfeld/_gemeinsam.yaml', join(dir, 'b', '_gemeinsam.yaml'));
    await writeFile(join(dir, 'a', 'a.yaml'), olfen);
    await writeFile(join(dir, 'b', 'b.yaml'), olfen.replace('Wilhelm Exempel', 'Wilma Exempel'));
    await run(['render', join(dir, 'a', 'a.yaml'), '--out', out]);
    await run(['render', join(dir, 'b', 'b.yaml'), '--out', out]);
    const both = await run(['render', join(dir, 'a', 'a.yaml'), join(dir, 'b', 'b.yaml'), '--out', out, '--nur-geaenderte', '--jobs', '1']);
    expect(both.code).toBe(1);
    expect(both.stdout.match(/✗ .*\.yaml:4:14 {2}Fehler {2}RV504/g)).toHaveLength(1); // one keeps the files, the other may not write over them
    const pdf = squash((await pdfText(await readFile(join(out, 'stadt-olfen', '19-057.pdf')))).pages.join(''));
    const docx = squash(docxText(await readFile(join(out, 'stadt-olfen', '19-057.docx'))));
    expect(pdf.includes(squash('Wilma Exempel'))).toBe(docx.includes(squash('Wilma Exempel')));
  });

  it('skips unchanged documents with --nur-geaenderte and renders changed ones again', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rv-changed-'));
    await cp('examples/kreis-coesfeld', dir, { recursive: true });
    const out = join(dir, 'out');
    await run(['render', dir, '--out', out, '--quiet']);
    const before = await stat(join(out, 'stadt-olfen', '19-057.pdf'));
    const same = await run(['render', dir, '--out', out, '--quiet', '--nur-geaenderte']);
    expect(same.stdout).toContain('0 erzeugt, 6 unverändert übersprungen');
    await writeFile(join(dir, 'olfen.yaml'), (await readFile(join(dir, 'olfen.yaml'), 'utf8')).replace('Wilhelm Exempel', 'Wilma Exempel'));
    const changed = await run(['render', dir, '--out', out, '--quiet', '--nur-geaenderte']);
    expect(changed.stdout).toContain('1 erzeugt, 5 unverändert übersprungen');
    const base = join(dir, '_gemeinsam.yaml');
    await writeFile(base, (await readFile(base, 'utf8')).replace('Leitbild und strategische Ziele', 'Leitbild und Ziele'));
    const all = await run(['render', dir, '--out', out, '--quiet', '--nur-geaenderte']);
    expect(all.stdout).toContain('6 erzeugt, 0 fehlgeschlagen');
    expect((await stat(join(out, 'stadt-olfen', '19-057.pdf'))).mtimeMs).toBeGreaterThanOrEqual(before.mtimeMs);
  });
});

describe('files a spec names', () => {
  async function copyOf(folder: string) {
    const dir = await mkdtemp(join(tmpdir(), 'rv-named-'));
    await cp(folder, dir, { recursive: true });
    return dir;
  }

  it.each([
    ['examples/kreis-coesfeld', 'olfen.yaml', 'basis: _gemeinsam.yaml', 'basis: _gemeinsam.yml', 'RV007', 'Die Basisdatei „_gemeinsam.yml“ gibt es nicht', '_gemeinsam.yaml'],
    ['examples/aachen-jahresbericht', 'mitteilungsvorlage.yaml', 'jahresbericht: jahresbericht-2023.yaml', 'jahresbericht: jahresbericht2023.yaml', 'RV503', 'Die Jahresberichtsdatei „jahresbericht2023.yaml“ gibt es nicht', 'jahresbericht-2023.yaml'],
    ['examples/velbert-netzwerk-kinderschutz', 'kooperationsvereinbarung.yaml', 'partner_datei: partner.csv', 'partner_datei: Partner.csv', 'RV502', 'Die Partnerliste „Partner.csv“ gibt es nicht', 'partner.csv'],
  ])('a misspelt file in %s/%s is reported at the line naming it, with the file meant', async (folder, name, written, instead, code, message, meant) => {
    const dir = await copyOf(folder);
    const spec = join(dir, name);
    const text = await readFile(spec, 'utf8');
    expect(text).toContain(written);
    await writeFile(spec, text.replace(written, instead));
    const line = text.slice(0, text.indexOf(written)).split('\n').length;
    const [problem] = (await validateFile(spec)).filter((d) => d.severity === 'error');
    expect(problem).toMatchObject({ code, file: spec, line });
    expect(problem!.message).toContain(message);
    expect(problem!.hint).toContain(`Meinten Sie „${meant}“?`);
  });

  it('a named path that runs through a file is „gibt es nicht“, not an internal error', async () => {
    const dir = await copyOf('examples/kreis-coesfeld');
    const spec = join(dir, 'olfen.yaml');
    await writeFile(spec, (await readFile(spec, 'utf8')).replace('basis: _gemeinsam.yaml', 'basis: olfen.yaml/x.yaml'));
    const result = await run(['render', spec, '--out', join(dir, 'out')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('RV007  Die Basisdatei „olfen.yaml/x.yaml“ gibt es nicht');
  });

  it('a shared base named on the command line (as *.yaml does) is passed over with a note, not checked as a Vorlage', async () => {
    const dir = await copyOf('examples/kreis-coesfeld');
    const result = await run(['validate', join(dir, '_gemeinsam.yaml'), join(dir, 'olfen.yaml')]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`Hinweis: „${join(dir, '_gemeinsam.yaml')}“ ist eine gemeinsame Basis`);
    expect(result.stdout).toContain(`✓ ${join(dir, 'olfen.yaml')}: gültig`);
    expect(result.stdout).not.toContain('_gemeinsam.yaml: ');
  });
});
