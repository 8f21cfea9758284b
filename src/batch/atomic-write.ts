// Writes a file so that readers see either the old complete file or the new complete file, never a part.
// Temporary files live in a folder next to the output folder (same file system, so rename is atomic),
// so even a process killed mid-write leaves nothing half-written inside the output folder.
import { readdir, rm } from 'node:fs/promises';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

let counter = 0;

/** The folder for temporary files of an output folder: `out` → `.out.tmp` beside it. */
export function tempDirFor(outDir: string): string {
  const absolute = resolve(outDir);
  return join(dirname(absolute), `.${basename(absolute)}.tmp`);
}

export function writeFileAtomic(path: string, data: Uint8Array, tempDir = tempDirFor(dirname(path))): void {
  mkdirSync(dirname(path), { recursive: true });
  mkdirSync(tempDir, { recursive: true });
  const temp = join(tempDir, `${basename(path)}.${process.pid}-${++counter}`);
  try {
    writeFileSync(temp, data);
    renameSync(temp, path);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
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
      const pid = Number(/\.(\d+)-\d+$/.exec(name)?.[1]);
      if (Number.isFinite(pid) && pid !== process.pid && !isAlive(pid)) await rm(join(tempDir, name), { recursive: true, force: true });
    }),
  );
}
