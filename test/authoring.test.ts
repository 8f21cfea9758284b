// Authoring commands as a user runs them: new, schema, watch.
import { spawn, execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { VORLAGE_ARTEN as ARTEN } from '../src/spec/types.js';
import { validateFile } from '../src/index.js';
import { availableProfiles } from '../src/profile/load.js';
import { pdfText } from './helpers/extract.js';

const BIN = 'dist/src/cli/bin.js';
const run = promisify(execFile);

describe('ratsvorlage new', () => {
  it.each(ARTEN)('writes a %s that validates and renders without edits', async (art) => {
    const dir = await mkdtemp(join(tmpdir(), 'rv-new-'));
    const file = join(dir, 'entwurf.yaml');
    await run('node', [BIN, 'new', art, file, '--kommune', 'stadt-olfen']);
    const text = await readFile(file, 'utf8');
    expect(text).toMatch(/^# yaml-language-server: \$schema=.*schemas\/vorlage\.schema\.json/);
    expect(text).toContain(`art: ${art}`);
    const validated = await run('node', [BIN, 'validate', file]);
    expect(validated.stdout).toContain('gültig (0 Fehler, 1 Warnung)'); // the Vorlagen-Nr. is still open
    const rendered = await run('node', [BIN, 'render', file, '--out', join(dir, 'out')]);
    expect(rendered.stdout).toContain(`${join(dir, 'out', 'stadt-olfen', 'entwurf.docx')}, ${join(dir, 'out', 'stadt-olfen', 'entwurf.pdf')}`);
    expect((await pdfText(await readFile(join(dir, 'out', 'stadt-olfen', 'entwurf.pdf')))).pages[0]).toContain('noch offen');
  });

  it('writes a valid starter for every shipped municipality (one with a two-line signature addition too)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rv-new-all-'));
    const files: string[] = [];
    for (const kommune of availableProfiles()) {
      for (const art of ARTEN) {
        const file = join(dir, `${kommune}-${art}.yaml`);
        await run('node', [BIN, 'new', art, file, '--kommune', kommune]);
        files.push(file);
      }
    }
    expect(files.length).toBeGreaterThanOrEqual(20);
    // Valid, with one kind warning: the number is a placeholder, not the profile's real-looking example.
    const open = { code: 'RV311', severity: 'warning', path: '/vorlagen_nr' };
    for (const file of files) expect(await validateFile(file), file).toEqual([expect.objectContaining(open)]);
  });

  it('the README\'s smallest complete Beschlussvorlage validates as printed', async () => {
    const readme = await readFile('README.md', 'utf8');
    const block = /kleinste vollständige Beschlussvorlage:\s*```yaml\n([\s\S]*?)```/.exec(readme)![1]!;
    const file = join(await mkdtemp(join(tmpdir(), 'rv-readme-')), 'vorlage.yaml');
    await writeFile(file, block);
    expect(await validateFile(file)).toEqual([]);
  });

  it('never overwrites an existing file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rv-new-'));
    const file = join(dir, 'vorhanden.yaml');
    await writeFile(file, 'mein Text\n');
    const result = await run('node', [BIN, 'new', 'beschlussvorlage', file, '--kommune', 'stadt-olfen']).catch((e) => e);
    expect(result.code).toBe(2); // a call to change, not a faulty Vorlage
    expect(result.stderr).toContain('gibt es schon');
    expect(await readFile(file, 'utf8')).toBe('mein Text\n');
  });

  it('explains a place where no file can be made (a file in the path, a missing watch file) in German, with exit code 2, and quotes paths with spaces', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rv-new-'));
    await writeFile(join(dir, 'datei.yaml'), 'x\n');
    const through = await run('node', [BIN, 'new', 'beschlussvorlage', join(dir, 'datei.yaml', 'neu.yaml'), '--kommune', 'stadt-olfen']).catch((e) => e);
    expect(through.code).toBe(2);
    expect(through.stderr).toContain('lässt sich nicht anlegen: dort liegt eine Datei, wo ein Ordner angelegt werden müsste');
    expect(through.stderr).not.toContain('Interner Fehler');
    const missing = await run('node', [BIN, 'watch', join(dir, 'Entwürfe', 'vorlage.yaml')]).catch((e) => e);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('gibt es nicht');
    expect(missing.stderr).toMatch(/npx ratsvorlage new beschlussvorlage '?\S+vorlage\.yaml'? --kommune <kennung>/);
    const spaced = join(dir, 'Vorlage für Bürger.yaml');
    const made = await run('node', [BIN, 'new', 'beschlussvorlage', spaced, '--kommune', 'stadt-olfen']);
    expect(made.stdout).toContain(`validate '${spaced}'`);
    expect(await readFile(spaced, 'utf8')).toContain(`# Prüfen:   npx ratsvorlage validate '${spaced}'`);
  });

  it('writes a committee name with „&“ as it is, not as HTML', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rv-new-'));
    const kommunen = join(dir, 'kommunen');
    await cp('test/fixtures/kommunen', kommunen, { recursive: true });
    const profile = join(kommunen, 'testhausen', 'profil.yaml');
    const text = await readFile(profile, 'utf8');
    await writeFile(profile, text.replace(/^gremien:\n(  - .*\n)+/m, 'gremien:\n  - Ausschuss für Umwelt & Klima\n'));
    const { stdout } = await run('node', [BIN, 'new', 'beschlussvorlage', '--kommune', 'testhausen', '--kommunen', kommunen]);
    expect(stdout).toContain('Der Ausschuss für Umwelt & Klima');
    expect(stdout).not.toContain('&amp;');
  });

  it('answers a misspelt kind or municipality with a suggestion and exit code 2, without a made-up file position', async () => {
    const kind = await run('node', [BIN, 'new', 'Beschlussvorlage']).catch((e) => e);
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain('Meinten Sie „beschlussvorlage“?');
    const place = await run('node', [BIN, 'new', 'beschlussvorlage', '--kommune', 'stadt-olfn']).catch((e) => e);
    expect(place.code).toBe(2);
    expect(place.stderr).toContain('Fehler: --kommune: Zur Kommune „stadt-olfn“ gibt es kein Profil. Meinten Sie „stadt-olfen“?');
    expect(place.stderr).not.toMatch(/--kommune:\d+:\d+/);
  });

  it('writes one text and a table of municipalities for several, each row filled from its profile, valid and rendered in each house style', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rv-new-several-'));
    const file = join(dir, 'sachstand.yaml');
    const made = await run('node', [BIN, 'new', 'mitteilungsvorlage', file, '--kommune', 'kreis-coesfeld, stadt-olfen,stadt-duelmen']);
    const table = join(dir, 'sachstand-kommunen.csv');
    expect(made.stdout).toContain(`✓ ${file} und ${table} angelegt (3 Kommunen).`);
    const text = await readFile(file, 'utf8');
    expect(text).toContain('ausfertigungen_datei: "sachstand-kommunen.csv"');
    expect(text).not.toMatch(/^(kommune|vorlagen_nr|beratungsfolge|unterschrift):/m); // they differ: the table holds them
    const rows = (await readFile(table, 'utf8')).trimEnd().split('\n');
    expect(rows[0]).toBe('kommune;vorlagen_nr;federfuehrung;beratungsfolge.1.datum;beratungsfolge.1.gremium;beratungsfolge.1.zustaendigkeit;unterschrift.zusatz;unterschrift.name;unterschrift.gezeichnet');
    expect(rows.slice(1).map((row) => row.split(';')[4])).toEqual(['Kreistag', 'Rat der Stadt Olfen', 'Rat der Stadt Dülmen']);
    // Valid: a warning for each open number, at its cell, in words for a cell.
    const findings = await validateFile(file);
    expect(findings).toEqual(
      [2, 3, 4].map((line) => expect.objectContaining({ code: 'RV311', severity: 'warning', file: table, line, column: rows[line - 1]!.indexOf(';') + 2 })),
    );
    expect(findings[1]!.hint).toBe('Tragen Sie die Nummer in die Zelle ein, sobald sie vergeben ist, in der Form von Stadt Olfen, etwa 19/057.');
    await run('node', [BIN, 'render', file, '--out', join(dir, 'out'), '--format', 'pdf']);
    const olfen = (await pdfText(await readFile(join(dir, 'out', 'stadt-olfen', 'sachstand.pdf')))).pages[0]!;
    expect(olfen).toContain('Stadt Olfen');
    expect(olfen).toContain('Rat der Stadt Olfen');
    const folders = (await readdir(join(dir, 'out'))).filter((name) => !name.startsWith('.'));
    expect(folders.sort()).toEqual(['kreis-coesfeld', 'stadt-duelmen', 'stadt-olfen']);
  });

  it('writes a two-line signature addition into one quoted cell, as Excel does, and reads it back', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rv-new-several-'));
    const file = join(dir, 'entwurf.yaml');
    await run('node', [BIN, 'new', 'beschlussvorlage', file, '--kommune', 'stadt-olfen,stadt-gladbeck']);
    expect(await readFile(join(dir, 'entwurf-kommunen.csv'), 'utf8')).toContain(';Entscheidung;"Der Bürgermeister\nI.V.";Name;ja\n');
    expect((await validateFile(file)).map((d) => d.code)).toEqual(['RV311', 'RV311']);
  });

  it('needs a file name for several municipalities, and makes neither file when one of them exists', async () => {
    const bare = await run('node', [BIN, 'new', 'beschlussvorlage', '--kommune', 'stadt-olfen,stadt-duelmen']).catch((e) => e);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('Nennen Sie dazu einen Dateinamen, zum Beispiel: npx ratsvorlage new beschlussvorlage entwurf.yaml --kommune stadt-olfen,stadt-duelmen');
    const dir = await mkdtemp(join(tmpdir(), 'rv-new-several-'));
    await writeFile(join(dir, 'entwurf-kommunen.csv'), 'meine Tabelle\n');
    const taken = await run('node', [BIN, 'new', 'beschlussvorlage', join(dir, 'entwurf.yaml'), '--kommune', 'stadt-olfen,stadt-duelmen']).catch((e) => e);
    expect(taken.code).toBe(2);
    expect(taken.stderr).toContain('entwurf-kommunen.csv“ gibt es schon; die Datei bleibt unverändert, und new legt nichts an.');
    expect(await readdir(dir)).toEqual(['entwurf-kommunen.csv']);
    expect(await readFile(join(dir, 'entwurf-kommunen.csv'), 'utf8')).toBe('meine Tabelle\n');
  });

  it('uses the named municipality profile', async () => {
    const { stdout } = await run('node', [BIN, 'new', 'mitteilungsvorlage', '--kommune', 'testhausen', '--kommunen', 'test/fixtures/kommunen']);
    expect(stdout).toContain('kommune: testhausen');
    expect(stdout).toContain('vorlagen_nr: "noch offen"');
    expect(stdout).toContain('(Form bei Gemeinde Testhausen: „V/2024/001“)'); // in the comment, not as the value
    expect(stdout).not.toContain('vorlagen_nr: "V/2024/001"');
    expect(stdout).toContain('zustaendigkeit: Kenntnisnahme');
  });
});

describe('ratsvorlage new without --kommune', () => {
  it('asks to choose when there are several profiles, listing them with a call to copy', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'rv-choose-')), 'entwurf.yaml');
    const several = await run('node', [BIN, 'new', 'beschlussvorlage', file]).catch((e) => e);
    expect(several.code).toBe(2);
    await expect(readFile(file)).rejects.toThrow(); // no guessed letterhead
    expect(several.stderr).toContain(`Fehler: Für welche Kommune ist die Vorlage? Es gibt ${availableProfiles().length} Kommunenprofile: gemeinde-nottuln, kreis-coesfeld,`);
    expect(several.stderr).toContain(`Wählen Sie eines mit --kommune, zum Beispiel: npx ratsvorlage new beschlussvorlage ${file} --kommune gemeinde-nottuln`);
    const own = await run('node', [BIN, 'new', 'beschlussvorlage', '--kommunen', 'test/fixtures/kommunen']).catch((e) => e);
    expect(own.code).toBe(2);
    expect(own.stderr).toContain('Es gibt 2 Kommunenprofile in test/fixtures/kommunen: musterstadt, testhausen.');
  });

  it('takes the only profile of the user\'s own folder, and says so and how to choose another', async () => {
    const kommunen = join(await mkdtemp(join(tmpdir(), 'rv-own-')), 'kommunen');
    await cp('test/fixtures/kommunen/testhausen', join(kommunen, 'testhausen'), { recursive: true });
    const { stdout, stderr } = await run('node', [BIN, 'new', 'mitteilungsvorlage', '--kommunen', kommunen]);
    expect(stdout).toContain('kommune: testhausen');
    expect(stderr).toContain(`Hinweis: Die Vorlage ist für „testhausen“ angelegt, das einzige Kommunenprofil in ${kommunen}. Eine andere Kommune wählen Sie mit --kommune <kennung>.`);
  });
});

describe('ratsvorlage schema', () => {
  it('prints the schema of a kind, with German titles', async () => {
    const { stdout } = await run('node', [BIN, 'schema', 'beschlussvorlage']);
    const schema = JSON.parse(stdout) as { $id: string; properties: Record<string, { title: string }> };
    expect(schema.$id).toMatch(/beschlussvorlage\.schema\.json$/);
    expect(schema.properties.betreff!.title).toBe('Betreff');
  });
});

describe('ratsvorlage watch', () => {
  /** `watch` on a file as a child process, with what it printed so far. */
  function startWatch(file: string, out: string) {
    const child = spawn('node', [BIN, 'watch', file, '--out', out, '--format', 'pdf']);
    const printed = { stdout: '', stderr: '' };
    child.stdout.on('data', (d) => (printed.stdout += d));
    child.stderr.on('data', (d) => (printed.stderr += d));
    const waitFor = async (check: () => boolean, what: string) => {
      for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 50));
      if (!check()) throw new Error(`watch: ${what} not seen.\nstdout: ${printed.stdout}\nstderr: ${printed.stderr}`);
    };
    const renders = () => (printed.stdout.match(/✓ gerendert in \d+ ms/g) ?? []).length;
    return { child, printed, waitFor, renders };
  }

  it('re-renders when a base in another folder changes, not only the file itself', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rv-watch-basis-'));
    const base = await readFile('examples/kreis-coesfeld/_gemeinsam.yaml', 'utf8');
    await writeFile(join(dir, '_gemeinsam.yaml'), base);
    await mkdir(join(dir, 'olfen'));
    const olfen = (await readFile('examples/kreis-coesfeld/olfen.yaml', 'utf8')).replace('basis: _gemeinsam.yaml', 'basis: ../_gemeinsam.yaml');
    await writeFile(join(dir, 'olfen', 'olfen.yaml'), olfen);
    const { child, printed, waitFor, renders } = startWatch(join(dir, 'olfen', 'olfen.yaml'), join(dir, 'out'));
    try {
      await waitFor(() => printed.stdout.includes('Beobachte') && renders() >= 1, 'first render');
      await writeFile(join(dir, '_gemeinsam.yaml'), base.replace('Leitbild und strategische Ziele', 'Leitbild und neue Ziele'));
      await waitFor(() => renders() >= 2, 'render after the base changed');
    } finally {
      child.kill('SIGINT');
    }
  });

  it('re-renders when the base of the Jahresbericht shown in the Vorlage changes, in another folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rv-watch-report-'));
    await cp('examples/aachen-jahresbericht', join(dir, 'vorlage'), { recursive: true });
    await mkdir(join(dir, 'netzwerk'));
    const report = join(dir, 'vorlage', 'jahresbericht-2023.yaml');
    await writeFile(report, (await readFile(report, 'utf8')).replace('art: jahresbericht\n', 'basis: ../netzwerk/_netzwerk.yaml\n'));
    const base = join(dir, 'netzwerk', '_netzwerk.yaml');
    await writeFile(base, 'art: jahresbericht\n');
    const { child, printed, waitFor, renders } = startWatch(join(dir, 'vorlage', 'mitteilungsvorlage.yaml'), join(dir, 'out'));
    try {
      await waitFor(() => printed.stdout.includes('Beobachte') && renders() >= 1, 'first render');
      await writeFile(base, 'art: jahresbericht\njahr: 2023\n');
      await waitFor(() => renders() >= 2, 'render after the base of the Jahresbericht changed');
    } finally {
      child.kill('SIGINT');
    }
  });

  it('renders once a base that was missing at the start is saved in another folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rv-watch-late-basis-'));
    await mkdir(join(dir, 'olfen'));
    const olfen = (await readFile('examples/kreis-coesfeld/olfen.yaml', 'utf8')).replace('basis: _gemeinsam.yaml', 'basis: ../_gemeinsam.yaml');
    await writeFile(join(dir, 'olfen', 'olfen.yaml'), olfen);
    const { child, printed, waitFor, renders } = startWatch(join(dir, 'olfen', 'olfen.yaml'), join(dir, 'out'));
    try {
      await waitFor(() => printed.stderr.includes('nicht erzeugt'), 'the missing base reported');
      await writeFile(join(dir, '_gemeinsam.yaml'), await readFile('examples/kreis-coesfeld/_gemeinsam.yaml', 'utf8'));
      await waitFor(() => renders() >= 1, 'render once the base is there');
    } finally {
      child.kill('SIGINT');
    }
  });

  it('re-renders on save, reports a broken state, and renders again once fixed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rv-watch-'));
    const file = join(dir, 'vorlage.yaml');
    const good = await readFile('examples/aachen-im-blick.yaml', 'utf8');
    await writeFile(file, good.replace('# yaml-language-server: $schema=../schemas/vorlage.schema.json\n', ''));
    const { child, printed, waitFor, renders } = startWatch(file, join(dir, 'out'));
    try {
      await waitFor(() => printed.stdout.includes('Beobachte') && renders() >= 1, 'first render');
      expect(renders()).toBe(1);
      await writeFile(file, good.replace('Terodde', 'Müller'));
      await waitFor(() => renders() >= 2, 'second render');
      await writeFile(file, good.replace('datum: 2024-01-31', 'datum: 2024-01-32'));
      await waitFor(() => printed.stderr.includes('RV102'), 'diagnostic');
      expect(printed.stderr).toMatch(/vorlage\.yaml:\d+:\d+  Fehler  RV102/);
      expect(child.exitCode).toBeNull();
      const before = renders();
      await writeFile(file, good);
      await waitFor(() => renders() > before, 'render after fix');
      expect(printed.stdout.indexOf('Beobachte')).toBeLessThan(printed.stdout.indexOf('✓ gerendert'));
      child.kill('SIGINT');
      await waitFor(() => printed.stdout.includes('Beobachtung beendet.'), 'end');
      expect((await readdir(dir)).sort()).toEqual(['out', 'vorlage.yaml']); // no temporary folder left beside out/
    } finally {
      child.kill('SIGINT');
    }
  });
});
