// `ratsvorlage watch <datei>`: re-check and re-render on every save; an invalid state never ends it.
import { watch as watchDir } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { clearProfileCache } from '../../profile/load.js';
import { UsageError } from '../errors.js';
import type { Output } from '../report.js';
import { displayPath } from './render.js';
import { runJob } from '../../batch/job.js';
import { tempDirFor } from '../../batch/atomic-write.js';
import { printDiagnostics } from '../report.js';
import { parseFormats, type Command } from './shared.js';

const SETTLE_MS = 80;

export const watch: Command = async (options, output) => {
  const [file, ...extra] = options.positionals;
  if (!file || extra.length > 0) throw new UsageError('Aufruf: ratsvorlage watch <datei> [--out out] [--format docx,pdf]');
  const formats = parseFormats(options.format);
  const outDir = options.out ?? 'out';
  let running = false;
  let again = false;

  const run = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    const started = performance.now();
    try {
      clearProfileCache();
      const result = await runJob({ file, formats, outDir, tempDir: tempDirFor(outDir), onlyChanged: false });
      printDiagnostics(result.diagnostics, output);
      if (result.status === 'rendered') {
        output.out(`✓ gerendert in ${Math.round(performance.now() - started)} ms → ${result.outputs.map(displayPath).join(', ')}`);
      } else {
        output.err(`✗ ${file}: nicht erzeugt`);
      }
    } catch (err) {
      output.err(`Interner Fehler: ${(err as Error).message}`);
    } finally {
      running = false;
      if (again) {
        again = false;
        void run();
      }
    }
  };

  await run();
  output.out(`Beobachte ${file} – Änderungen werden beim Speichern übernommen. Beenden mit Strg+C.`);
  return waitForChanges(file, run, output);
};

/** Watches the file's folder (editors often save by replacing the file) until Ctrl+C. */
function waitForChanges(file: string, run: () => Promise<void>, output: Output): Promise<number> {
  const name = basename(file);
  let timer: NodeJS.Timeout | undefined;
  const watcher = watchDir(dirname(resolve(file)), (_, changed) => {
    if (changed !== name) return;
    clearTimeout(timer);
    timer = setTimeout(() => void run(), SETTLE_MS);
  });
  return new Promise((done) => {
    process.once('SIGINT', () => {
      watcher.close();
      clearTimeout(timer);
      output.out('Beobachtung beendet.');
      done(0);
    });
  });
}
