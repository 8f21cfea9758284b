// `ratsvorlage watch <datei>`: re-check and re-render on every save; an invalid state never ends it.
import { statSync, watch as watchDir } from 'node:fs';
import { rmdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { clearProfileCache, profileDirOf } from '../../profile/load.js';
import { loadWithBasis } from '../../spec/basis.js';
import { namedFiles } from '../../spec/referenced-file.js';
import { UsageError } from '../errors.js';
import { displayPath } from '../../paths.js';
import { runJob } from '../../batch/job.js';
import { tempDirFor } from '../../batch/atomic-write.js';
import { printDiagnostics } from '../report.js';
import { parseFormats, shellWord, type Command } from './shared.js';

const SETTLE_MS = 80;

export const watch: Command = async (options, output) => {
  const [file, ...extra] = options.positionals;
  if (!file || extra.length > 0) throw new UsageError('Aufruf: ratsvorlage watch <datei> [--out out] [--format docx,pdf]');
  const stats = statSync(file, { throwIfNoEntry: false });
  if (!stats) throw new UsageError(`„${file}“ gibt es nicht. Prüfen Sie Pfad und Schreibweise, oder legen Sie die Vorlage an: npx ratsvorlage new beschlussvorlage ${shellWord(file)}`);
  if (stats.isDirectory()) {
    throw new UsageError(`„${file}“ ist ein Ordner; watch beobachtet eine Vorlage. Für alle Vorlagen eines Ordners: npx ratsvorlage render ${file}`);
  }
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

  const stop = watchInputs(await inputFolders(file), run);
  output.out(`Beobachte ${file} – Änderungen werden beim Speichern übernommen. Beenden mit Strg+C.`);
  await run();
  return new Promise((done) => {
    process.once('SIGINT', () => {
      stop();
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

/** The folders of a spec's inputs: its own, its bases' and its municipality profile's. */
async function inputFolders(file: string): Promise<string[]> {
  const source = loadWithBasis(file);
  const inputs = [...source.files, ...namedFiles(source)];
  const folders = new Set([dirname(resolve(file)), ...inputs.map((f) => dirname(resolve(f)))]);
  const kommune = (source.data as { kommune?: unknown } | undefined)?.kommune;
  const profileDir = typeof kommune === 'string' ? profileDirOf(kommune) : undefined;
  if (profileDir) folders.add(resolve(profileDir));
  return [...folders];
}

// What a render reads: specs and bases, partner lists, profiles and logos. Output files and temporary
// files (beside the output folder, maybe in the same folder as the spec) never count.
const INPUT_FILE = /\.(ya?ml|csv|png|jpe?g)$/i;

/** Runs `run` after input files in the folders change (editors often save by replacing the file); returns how to stop. */
function watchInputs(folders: string[], run: () => Promise<void>): () => void {
  let timer: NodeJS.Timeout | undefined;
  const watchers = folders.map((folder) =>
    watchDir(folder, (_, changed) => {
      if (!changed || !INPUT_FILE.test(changed)) return;
      clearTimeout(timer);
      timer = setTimeout(() => void run(), SETTLE_MS);
    }),
  );
  return () => {
    for (const watcher of watchers) watcher.close();
    clearTimeout(timer);
  };
}
