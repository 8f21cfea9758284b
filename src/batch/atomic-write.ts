// Writes files so that readers see either the old complete files or the new complete files, never a part,
// and the files of one document only together: a DOCX is not replaced when its PDF cannot be.
// Temporary files live in a folder next to the output folder (same file system, so rename is atomic),
// so even a process killed mid-write leaves nothing half-written inside the output folder.
import { readdir, rm } from 'node:fs/promises';
import { accessSync, constants, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { threadId } from 'node:worker_threads';

let counter = 0;

/** The folder for temporary files of an output folder: `out` → `.out.tmp` beside it. */
export function tempDirFor(outDir: string): string {
  const absolute = resolve(outDir);
  return join(dirname(absolute), `.${basename(absolute)}.tmp`);
}

/** The error a rename would give, found before any file is replaced. */
function renameProblem(path: string): NodeJS.ErrnoException | undefined {
  const refuse = (code: string) => Object.assign(new Error(`${code}: ${path}`), { code, path });
  if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) return refuse('EISDIR');
  try {
    accessSync(dirname(path), constants.W_OK);
  } catch (err) {
    return err as NodeJS.ErrnoException;
  }
  return undefined;
}

/** An output file written to its temporary file, waiting to be moved into place. */
export interface StagedFile {
  path: string;
  temp: string;
}

/** Writes `data` for `path` to a new temporary file in `tempDir`; `commitFiles` moves it into place. The
 * name holds the process and the thread, so that workers never share one. */
export function stageFile(path: string, data: Uint8Array, tempDir: string): StagedFile {
  mkdirSync(tempDir, { recursive: true });
  const temp = join(tempDir, `${basename(path)}.${process.pid}-${threadId}-${++counter}`);
  try {
    writeFileSync(temp, data);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
  return { path, temp };
}

/** Removes the temporary files of staged files that will not be moved into place. */
export function discardStaged(files: readonly StagedFile[]): void {
  for (const { temp } of files) rmSync(temp, { force: true });
}

/** Moves staged files into place, all or none: only when every target can take its file are they renamed. */
export function commitFiles(files: readonly StagedFile[]): void {
  try {
    for (const dir of new Set(files.map((file) => dirname(file.path)))) mkdirSync(dir, { recursive: true });
    const problem = files.map((file) => renameProblem(file.path)).find(Boolean);
    if (problem) throw problem;
    for (const { temp, path } of files) renameSync(temp, path);
  } catch (err) {
    discardStaged(files);
    throw err;
  }
}

/** Writes one file atomically: to a temporary file first, then moved into place. */
export function writeFileAtomic(path: string, data: Uint8Array, tempDir = tempDirFor(dirname(path))): void {
  commitFiles([stageFile(path, data, tempDir)]);
}

/** File system refusals a user can mend, by error code. */
const WRITE_PROBLEMS: Record<string, string> = {
  EEXIST: 'dort liegt eine Datei, wo ein Ordner angelegt werden müsste',
  ENOTDIR: 'ein Teil des Pfades ist eine Datei, kein Ordner',
  EISDIR: 'dort liegt ein Ordner mit dem Namen der Datei',
  EACCES: 'es fehlt die Berechtigung zum Schreiben',
  EPERM: 'es fehlt die Berechtigung zum Schreiben',
  EROFS: 'der Speicherort ist schreibgeschützt',
  ENOSPC: 'der Speicherplatz ist voll',
  ENAMETOOLONG: 'der Pfad ist zu lang',
};

/** What keeps a file from being written, in words a user can act on; none for other errors. */
export function writeProblem(err: unknown): string | undefined {
  return WRITE_PROBLEMS[(err as NodeJS.ErrnoException | undefined)?.code ?? ''];
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Removes temporary files (and folders) left by killed processes (never those of a running one). */
export async function removeStaleTemps(tempDir: string): Promise<void> {
  const names = await readdir(tempDir).catch(() => [] as string[]);
  await Promise.all(
    names.map(async (name) => {
      const pid = Number(/\.(\d+)(?:-\d+)+$/.exec(name)?.[1]);
      if (Number.isFinite(pid) && pid !== process.pid && !isAlive(pid)) await rm(join(tempDir, name), { recursive: true, force: true });
    }),
  );
}
