// What the last render into an output folder left: per spec, the fingerprint of its inputs and the files
// it wrote. `--nur-geaenderte` skips a spec whose fingerprint is unchanged and whose files are all there.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { writeFileAtomic } from './atomic-write.js';
import type { JobResult } from './job.js';

const MANIFEST = '.ratsvorlage-stand.json';

export type Manifest = Record<string, { fingerprint: string; outputs: string[] }>;

/** The folder's manifest; an empty one when there is none yet or it cannot be read. */
export async function readManifest(outDir: string): Promise<Manifest> {
  try {
    return JSON.parse(await readFile(join(outDir, MANIFEST), 'utf8')) as Manifest;
  } catch {
    return {};
  }
}

/** What the manifest knows about a spec. */
export const previousRender = (manifest: Manifest, file: string) => manifest[resolve(file)];

/** Records documents that were rendered or found unchanged (a failed one keeps its earlier entry); whether any entry changed. */
export function remember(manifest: Manifest, results: readonly JobResult[]): boolean {
  let changed = false;
  for (const result of results) {
    if (!result.fingerprint || result.status === 'failed') continue;
    const entry = { fingerprint: result.fingerprint, outputs: result.outputs.map((p) => resolve(p)) };
    const key = resolve(result.file);
    changed ||= JSON.stringify(manifest[key]) !== JSON.stringify(entry);
    manifest[key] = entry;
  }
  return changed;
}

/** Writes the manifest sorted by spec, so the same renders give the same file. */
export async function writeManifest(outDir: string, tempDir: string, manifest: Manifest): Promise<void> {
  const sorted = Object.fromEntries(Object.entries(manifest).sort(([a], [b]) => a.localeCompare(b)));
  await writeFileAtomic(join(outDir, MANIFEST), Buffer.from(`${JSON.stringify(sorted, null, 2)}\n`), tempDir);
}
