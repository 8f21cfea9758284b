// What the last renders into an output folder left: per spec, the fingerprint of its inputs and the files
// it wrote, each with its size and time. `--nur-geaenderte` skips a spec only when its fingerprint is
// unchanged and every file it needs is still the one it wrote (not deleted, not overwritten from another
// spec, and one for each requested format).
import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { writeFileAtomic } from './atomic-write.js';
import type { JobResult } from './job.js';
import { fileOfKey, sourceKey, type JobSource } from './source-key.js';
import type { Format } from '../writers/index.js';
import { isFile } from '../spec/referenced-file.js';

const MANIFEST = '.ratsvorlage-stand.json';

/** An output file as it was written: path, size and modification time. */
export interface OutputStamp {
  path: string;
  size: number;
  mtimeMs: number;
}

export interface PreviousRender {
  fingerprint: string;
  outputs: OutputStamp[];
}

export type Manifest = Record<string, PreviousRender>;

/** The folder's manifest; an empty one when there is none yet or it cannot be read. */
export async function readManifest(outDir: string): Promise<Manifest> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(join(outDir, MANIFEST), 'utf8'));
  } catch {
    return {};
  }
  // Only entries of the shape this version writes count; anything else (an older version, a hand edit)
  // is forgotten, which at worst renders a document again.
  if (!data || typeof data !== 'object' || Array.isArray(data)) return {};
  return Object.fromEntries(Object.entries(data).filter(([, entry]) => isPreviousRender(entry))) as Manifest;
}

function isPreviousRender(entry: unknown): entry is PreviousRender {
  const e = entry as Partial<PreviousRender> | null;
  return (
    typeof e === 'object' && e !== null && typeof e.fingerprint === 'string' && Array.isArray(e.outputs) &&
    e.outputs.every((o) => typeof o === 'object' && o !== null && typeof o.path === 'string' && typeof o.size === 'number' && typeof o.mtimeMs === 'number')
  );
}

/** What the manifest knows about a spec. */
export const previousRender = (manifest: Manifest, source: JobSource): PreviousRender | undefined => manifest[sourceKey(source)];

function stamp(path: string): OutputStamp | undefined {
  const stats = statSync(path, { throwIfNoEntry: false });
  return stats && { path: resolve(path), size: stats.size, mtimeMs: stats.mtimeMs };
}

/** Whether the files of an earlier render are all as written, with one for each format asked for now. */
export function outputsIntact(previous: PreviousRender, formats: readonly Format[]): boolean {
  const outputs = previous.outputs;
  const unchanged = outputs.every((output) => {
    const now = stamp(output.path);
    return now !== undefined && now.size === output.size && now.mtimeMs === output.mtimeMs;
  });
  return unchanged && formats.every((format) => outputs.some((output) => extname(output.path) === `.${format}`));
}

/**
 * Records documents that were rendered or found unchanged (a failed one keeps its earlier entry); whether
 * any entry changed. A file belongs to the spec that wrote it last: another spec's entry loses it, and
 * that spec is rendered again by the next `--nur-geaenderte`.
 */
export function remember(manifest: Manifest, results: readonly JobResult[]): boolean {
  const owners = outputOwners(manifest);
  let changed = false;
  for (const result of results) {
    if (!result.fingerprint || result.status === 'failed') continue;
    const key = sourceKey(result);
    const entry = { fingerprint: result.fingerprint, outputs: result.outputs.flatMap((path) => stamp(path) ?? []) };
    changed ||= JSON.stringify(manifest[key]) !== JSON.stringify(entry);
    manifest[key] = entry;
    for (const { path } of entry.outputs) {
      const previous = owners.get(path);
      owners.set(path, key);
      if (previous === undefined || previous === key || !manifest[previous]) continue;
      manifest[previous] = { ...manifest[previous], outputs: manifest[previous].outputs.filter((output) => output.path !== path) };
      changed = true;
    }
  }
  return changed;
}

/** Writes the manifest sorted by spec, so the same renders give the same file. */
export function writeManifest(outDir: string, tempDir: string, manifest: Manifest): void {
  const sorted = Object.fromEntries(Object.entries(manifest).sort(([a], [b]) => a.localeCompare(b)));
  writeFileAtomic(join(outDir, MANIFEST), Buffer.from(`${JSON.stringify(sorted, null, 2)}\n`), tempDir);
}

/** Which spec each output file of the folder was last written from. */
export function outputOwners(manifest: Manifest): Map<string, string> {
  return new Map(Object.entries(manifest).flatMap(([spec, entry]) => entry.outputs.map((output) => [output.path, spec] as const)));
}

/**
 * Files a rendered document has just written over that came from another spec which still exists (a
 * second spec with the same Vorlagen-Nr, rendered in another run). Records the new owner of each file.
 */
export function overwrittenFrom(owners: Map<string, string>, result: JobResult): { output: string; owner: string }[] {
  if (result.status !== 'rendered') return [];
  const spec = sourceKey(result);
  return result.outputs.flatMap((output) => {
    const path = resolve(output);
    const owner = owners.get(path);
    owners.set(path, spec);
    return owner && owner !== spec && isFile(fileOfKey(owner)) ? [{ output, owner: fileOfKey(owner) }] : [];
  });
}
