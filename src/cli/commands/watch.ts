// `ratsvorlage watch <datei>`: re-check and re-render on every save; an invalid state never ends it.
import { statSync, watch as watchDir, type FSWatcher } from 'node:fs';
import { rmdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { clearProfileCache } from '../../profile/load.js';
import { loadWithBasis } from '../../spec/basis.js';
import type { LoadedSpec } from '../../spec/load.js';
import { namedFiles } from '../../spec/referenced-file.js';
import { UsageError } from '../errors.js';
import { displayPath } from '../../paths.js';
import { runJob } from '../../batch/job.js';
import { documentInputs } from '../../batch/document-inputs.js';
import { tempDirFor } from '../../batch/atomic-write.js';
import { printDiagnostics } from '../report.js';
import { parseFormats, shellWord, type Command } from './shared.js';

const SETTLE_MS = 80;

export const watch: Command = async (options, output) => {
  const [file, ...extra] = options.positionals;
  if (!file || extra.length > 0) throw new UsageError('Aufruf: ratsvorlage watch <datei> [--out out] [--format docx,pdf]');
  const stats = statSync(file, { throwIfNoEntry: false });
  if (!stats) throw new UsageError(`„${file}“ gibt es nicht. Prüfen Sie Pfad und Schreibweise, oder legen Sie die Vorlage an: npx ratsvorlage new beschlussvorlage ${shellWord(file)} --kommune <kennung> (ohne --kommune nennt er die Kennungen)`);
  if (stats.isDirectory()) {
    throw new UsageError(`„${file}“ ist ein Ordner; watch beobachtet eine Vorlage. Für alle Vorlagen eines Ordners: npx ratsvorlage render ${file}`);
  }
  const formats = parseFormats(options.format);
  const outDir = options.out ?? 'out';
  let running = false;
  let again = false;
  // The inputs are found anew before every run: a base or profile named after a broken start counts too.
  const inputs = watchInputs(() => void run());

  const run = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    const started = performance.now();
    try {
      clearProfileCache();
      const source = loadWithBasis(file);
      inputs.follow(inputFolders(file, source));
      const result = await runJob({ file, formats, outDir, tempDir: tempDirFor(outDir), onlyChanged: false }, source);
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

  output.out(`Beobachte ${file} – Änderungen werden beim Speichern übernommen. Beenden mit Strg+C.`);
  await run();
  return new Promise((done) => {
    process.once('SIGINT', () => {
      inputs.stop();
      // The temporary folder beside the output folder goes when empty (another run may be writing).
      void rmdir(tempDirFor(outDir))
        .catch(() => undefined)
        .then(() => {
          output.out('Beobachtung beendet.');
          done(0);
        });
    });
  });
};

/**
 * The folders of a spec's inputs: its own, its bases' (also one still missing), those of the files it names
 * (also one still missing; a Jahresbericht with its bases) and the profiles' of its municipalities, as
 * `--nur-geaenderte` counts them (document-inputs.ts).
 */
function inputFolders(file: string, source: LoadedSpec): string[] {
  const { files, profileDirs } = documentInputs(source);
  const inputs = [...source.files, ...(source.awaited ?? []), ...namedFiles(source), ...files];
  return [...new Set([dirname(resolve(file)), ...inputs.map((f) => dirname(resolve(f))), ...profileDirs.map((dir) => resolve(dir))])];
}

// What a render reads: specs and bases, partner lists, profiles and logos. Output files and temporary
// files (beside the output folder, maybe in the same folder as the spec) never count.
const INPUT_FILE = /\.(ya?ml|csv|png|jpe?g)$/i;

/**
 * Calls `changed` shortly after an input file in one of the followed folders changes (editors often save by
 * replacing the file). `follow` sets the folders: new ones are watched, ones no longer named are let go, and
 * a folder that does not exist yet is taken up once a later run names it again.
 */
function watchInputs(changed: () => void): { follow(folders: string[]): void; stop(): void } {
  let timer: NodeJS.Timeout | undefined;
  const watchers = new Map<string, FSWatcher>();
  const onEvent = (_: string, name: string | null) => {
    if (!name || !INPUT_FILE.test(name)) return;
    clearTimeout(timer);
    timer = setTimeout(changed, SETTLE_MS);
  };
  return {
    follow(folders) {
      for (const [folder, watcher] of watchers) {
        if (!folders.includes(folder)) {
          watcher.close();
          watchers.delete(folder);
        }
      }
      for (const folder of folders) {
        if (!watchers.has(folder) && statSync(folder, { throwIfNoEntry: false })?.isDirectory()) watchers.set(folder, watchDir(folder, onEvent));
      }
    },
    stop() {
      for (const watcher of watchers.values()) watcher.close();
      clearTimeout(timer);
    },
  };
}
