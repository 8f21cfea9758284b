// The real command: exit codes, German output with positions, no stack traces, files in out/.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const BIN = 'dist/src/cli/bin.js';

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const env = { ...process.env, RATSVORLAGE_KOMMUNEN: 'test/fixtures/kommunen' };
    const { stdout, stderr } = await promisify(execFile)('node', [BIN, ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('ratsvorlage CLI', () => {
  it('renders the examples into out/<kommune>/ and exits 0; a second run gives the same bytes', async () => {
    const [a, b] = [await mkdtemp(join(tmpdir(), 'rv-')), await mkdtemp(join(tmpdir(), 'rv-'))];
    const first = await run('render', 'examples', '--out', a);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('aachen-im-blick.pdf');
    await run('render', 'examples', '--out', b);
    const files = await readdir(join(a, 'staedteregion-aachen'));
    expect(files).toEqual(expect.arrayContaining(['aachen-im-blick.docx', 'aachen-im-blick.pdf']));
    for (const file of files) {
      const [x, y] = [await readFile(join(a, 'staedteregion-aachen', file)), await readFile(join(b, 'staedteregion-aachen', file))];
      expect(Buffer.compare(x, y), file).toBe(0);
    }
  });

  it('lists all three mistakes of a spec with file:line:column and exits 1', async () => {
    const file = 'test/fixtures/invalid/three-mistakes.yaml';
    const result = await run('validate', file);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${file}:4:8  Fehler  RV102`);
    expect(result.stderr).toContain(`${file}:5:1  Fehler  RV104  Unbekanntes Feld „betref“. Meinten Sie „betreff“?`);
    expect(result.stderr).toContain(`${file}:9:21  Fehler  RV105`);
    expect(result.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('does not write anything for an invalid spec', async () => {
    const out = await mkdtemp(join(tmpdir(), 'rv-'));
    const result = await run('render', 'test/fixtures/invalid/wrong-type.yaml', '--out', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('nicht erzeugt');
    expect(await readdir(out)).toEqual([]);
  });

  it('prints diagnostics as JSON with --json', async () => {
    const result = await run('validate', '--json', 'test/fixtures/invalid/unknown-key.yaml');
    expect(result.code).toBe(1);
    const parsed = JSON.parse(result.stdout) as { diagnostics: { code: string; line: number; column: number; path: string }[] };
    expect(parsed.diagnostics).toMatchObject([{ code: 'RV104', line: 6, column: 1, path: '/beratungsfolg' }]);
  });

  it('answers wrong usage with exit 2 and German help', async () => {
    for (const args of [['render', '--bogus', 'examples'], ['zaubern'], ['render'], ['render', 'examples', '--format', 'odt'], []]) {
      const result = await run(...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr + result.stdout).toMatch(/ratsvorlage/);
    }
  });

  it('gives the help of one command with --help after its name: its call, what it does, the options', async () => {
    const result = await run('schema', '--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('ratsvorlage schema [vorlage|');
    expect(result.stdout).toContain('kommune|gemeinsam]'); // the call's second line comes along
    expect(result.stdout).toContain('Gibt ein JSON Schema aus');
    expect(result.stdout).toContain('-h, --help');
    expect(result.stdout).not.toContain('ratsvorlage render');
  });

  it('lists in the help of one command only the options that apply to it, also with „help <befehl>“', async () => {
    const render = await run('render', '--help');
    expect(render.stdout).toMatch(/^ {2}-j, --jobs <n> +Anzahl paralleler Arbeitsprozesse/m);
    expect(render.stdout).toContain('--nur-geaenderte');
    expect(render.stdout).not.toContain('--kommune <kennung>');
    expect(render.stdout).not.toContain('--version');
    const validate = await run('validate', '--help');
    expect(validate.stdout).toContain('--json');
    for (const other of ['--out', '--format', '--jobs', '--quiet', '--nur-geaenderte', '--kommune <kennung>']) expect(validate.stdout).not.toContain(other);
    const help = await run('help', 'new');
    expect(help.code).toBe(0);
    expect(help.stdout).toBe((await run('new', '--help')).stdout);
    expect(help.stdout).toContain('--kommune <kennung>');
    for (const other of ['--out', '--format', '--json', '--jobs']) expect(help.stdout).not.toContain(other);
    expect((await run('help', 'zaubern')).code).toBe(2);
  });

  it('says in German which value an option lacks or has empty, with an example', async () => {
    const expected: [string[], string][] = [
      [['render', 'examples', '--out'], 'Nach --out fehlt der Ausgabeordner. Beispiel: --out ausgabe'],
      [['render', 'examples', '--out', '--json'], 'Nach --out fehlt der Ausgabeordner. Beispiel: --out ausgabe'],
      [['render', 'examples', '--out', ''], 'Nach --out fehlt der Ausgabeordner. Beispiel: --out ausgabe'],
      [['watch', 'examples/aachen-im-blick.yaml', '--out= '], 'Nach --out fehlt der Ausgabeordner. Beispiel: --out ausgabe'],
      [['render', 'examples', '-j', ''], 'Nach -j fehlt die Anzahl der Arbeitsprozesse (1 bis 64). Beispiel: -j 2'],
      [['render', 'examples', '--format'], 'Nach --format fehlt die Liste der Ausgabeformate. Beispiel: --format docx,pdf'],
      [['render', 'examples', '-j'], 'Nach -j fehlt die Anzahl der Arbeitsprozesse (1 bis 64). Beispiel: -j 2'],
      [['render', 'examples', '--jobs'], 'Nach --jobs fehlt die Anzahl der Arbeitsprozesse (1 bis 64). Beispiel: --jobs 2'],
      [['new', 'beschlussvorlage', '--kommune'], 'Nach --kommune fehlt die Kennung der Kommune. Beispiel: --kommune stadt-olfen'],
      [['validate', 'examples', '--kommunen'], 'Nach --kommunen fehlt der Ordner mit Kommunenprofilen. Beispiel: --kommunen meine-kommunen'],
      [['validate', 'examples', '--json=ja'], '--json steht für sich und nimmt keinen Wert an. Schreiben Sie nur --json.'],
      [['render', 'examples', '--formt', 'pdf'], 'Unbekannte Option „--formt“. Meinten Sie „--format“?'],
    ];
    for (const [args, message] of expected) {
      const result = await run(...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toBe(`Fehler: ${message}\nHilfe: npx ratsvorlage help ${args[0]}\n`);
    }
  });

  it('points after a mistake to the help of the command given, and to the whole help without a known command', async () => {
    const expected: [string[], string][] = [
      [['render', '--jobs', 'x'], 'help render'],
      [['--bogus', 'validate', 'examples'], 'help validate'],
      [['new'], 'help new'],
      [['zaubern', '--out', 'a'], 'help'],
      [['help', 'zaubern'], 'help'],
      [['help', '--json'], 'help'],
    ];
    for (const [args, call] of expected) {
      const result = await run(...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr.split('\n').at(-2), args.join(' ')).toBe(`Hilfe: npx ratsvorlage ${call}`);
      const help = await run(...call.split(' '));
      expect(help.code, call).toBe(0);
      expect(help.stdout).toContain(call === 'help' ? 'Befehle:' : `ratsvorlage ${args.find((a) => !a.startsWith('-'))} `);
    }
  });

  it('rejects an option the command does not use: which commands take it, and the call without it', async () => {
    const expected: [string[], string][] = [
      [
        ['validate', 'examples/aachen-im-blick.yaml', '--out', 'ausgabe'],
        'validate verwendet --out nicht; --out gilt für render und watch.\nOhne --out: npx ratsvorlage validate examples/aachen-im-blick.yaml',
      ],
      [['new', 'beschlussvorlage', 'mein entwurf.yaml', '--jobs', '2'], "new verwendet --jobs nicht; --jobs gilt für render.\nOhne --jobs: npx ratsvorlage new beschlussvorlage 'mein entwurf.yaml'"],
      [
        ['validate', '-qj2', 'examples', '--json', '--format=pdf'],
        'validate verwendet -q nicht; -q gilt für render.\nvalidate verwendet -j nicht; -j gilt für render.\nvalidate verwendet --format nicht; --format gilt für render und watch.\nOhne -q, -j und --format: npx ratsvorlage validate examples --json',
      ],
      [['schema', 'kommune', '--kommunen', 'k'], 'schema verwendet --kommunen nicht; --kommunen gilt für render, validate, new und watch.\nOhne --kommunen: npx ratsvorlage schema kommune'],
    ];
    for (const [args, message] of expected) {
      const result = await run(...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toBe(`Fehler: ${message}\nHilfe: npx ratsvorlage help ${args[0]}\n`);
      expect(result.stdout).toBe('');
    }
    // Each option still works with the commands that take it.
    const out = await mkdtemp(join(tmpdir(), 'rv-opt-'));
    const taken: string[][] = [
      ['render', 'examples/aachen-im-blick.yaml', '--out', out, '--format', 'pdf', '-j', '1', '-q', '--nur-geaenderte', '--json', '--kommunen', 'test/fixtures/kommunen'],
      ['validate', 'examples/aachen-im-blick.yaml', '--json', '--kommunen', 'test/fixtures/kommunen'],
      ['new', 'beschlussvorlage', '--kommune', 'stadt-olfen', '--kommunen', 'test/fixtures/kommunen'],
      ['schema', 'kommune', '--help'],
    ];
    for (const args of taken) expect((await run(...args)).code, args.join(' ')).toBe(0);
    expect(await readdir(join(out, 'staedteregion-aachen'))).toEqual(['aachen-im-blick.pdf']);
  });

  it('explains an output folder that cannot be written, and leaves no temporary folder behind', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rv-out-'));
    await writeFile(join(dir, 'datei'), '');
    const asFile = await run('render', 'examples/aachen-im-blick.yaml', '--out', join(dir, 'datei'));
    expect(asFile.code).toBe(2);
    expect(asFile.stderr).toContain('ist eine Datei, kein Ordner');
    // A folder where the PDF should go: a clear error (not „Interner Fehler“), and the earlier DOCX stays,
    // so DOCX and PDF never come from two different versions of the Vorlage.
    await mkdir(join(dir, 'out', 'staedteregion-aachen', 'aachen-im-blick.pdf'), { recursive: true });
    await writeFile(join(dir, 'out', 'staedteregion-aachen', 'aachen-im-blick.docx'), 'die frühere Fassung');
    const blocked = await run('render', 'examples/aachen-im-blick.yaml', '--out', join(dir, 'out'));
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toContain('RV601');
    expect(blocked.stderr).toContain('dort liegt ein Ordner mit dem Namen der Datei');
    expect(blocked.stderr).toContain('aachen-im-blick.pdf');
    expect(blocked.stderr).not.toContain('Interner Fehler');
    expect(await readFile(join(dir, 'out', 'staedteregion-aachen', 'aachen-im-blick.docx'), 'utf8')).toBe('die frühere Fassung');
    const clean = await run('render', 'examples/aachen-im-blick.yaml', '--out', join(dir, 'neu'));
    expect(clean.code).toBe(0);
    expect((await readdir(dir)).sort()).toEqual(['datei', 'neu', 'out']);
  });

  it('reports a missing file as invalid input, not as a crash', async () => {
    const result = await run('validate', 'gibt-es-nicht.yaml');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('RV006');
  });
});
