// One document of a batch: load, skip if unchanged, render, write atomically. Runs in a worker thread
// (see worker.ts) or in the main thread for a single file.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadWithBasis, renderLoaded, type Format } from '../index.js';
import { hasErrors, type Diagnostic } from '../spec/diagnostics.js';
import { profileDirOf } from '../profile/load.js';
import { writeFileAtomic } from './atomic-write.js';
import { documentFingerprint } from './fingerprint.js';

export interface Job {
  file: string;
  formats: Format[];
  outDir: string;
  tempDir: string;
  /** What the last render of this file left, for `--nur-geaenderte`. */
  previous?: { fingerprint: string; outputs: string[] };
  onlyChanged: boolean;
}

export interface JobResult {
  file: string;
  status: 'rendered' | 'skipped' | 'failed';
  outputs: string[];
  diagnostics: Diagnostic[];
  fingerprint?: string;
  ms: number;
}

function kommuneOf(data: unknown): string | undefined {
  const value = (data as { kommune?: unknown } | undefined)?.kommune;
  return typeof value === 'string' ? value : undefined;
}

export async function runJob(job: Job): Promise<JobResult> {
  const started = performance.now();
  const done = (result: Omit<JobResult, 'ms' | 'file'>): JobResult => ({ file: job.file, ...result, ms: performance.now() - started });
  const source = await loadWithBasis(job.file);
  const kommune = kommuneOf(source.data);
  const report = (source.data as { jahresbericht?: unknown } | undefined)?.jahresbericht;
  const inputs = typeof report === 'string' ? [...source.files, join(dirname(job.file), report)] : source.files;
  const fingerprint = documentFingerprint(inputs.filter((f) => existsSync(f)), kommune ? profileDirOf(kommune) : undefined);
  const previous = job.previous;
  if (job.onlyChanged && previous?.fingerprint === fingerprint && previous.outputs.every((p) => existsSync(p))) {
    return done({ status: 'skipped', outputs: previous.outputs, diagnostics: [], fingerprint });
  }
  const result = await renderLoaded(source, job.formats);
  if (!result.target || hasErrors(result.diagnostics)) return done({ status: 'failed', outputs: [], diagnostics: result.diagnostics });
  const files = result.documents.flatMap((document) =>
    job.formats.map((format) => ({ path: join(job.outDir, `${document.target}.${format}`), data: document.outputs[format]! })),
  );
  await Promise.all(files.map(({ path, data }) => writeFileAtomic(path, data, job.tempDir)));
  const outputs = files.map((f) => f.path);
  return done({ status: 'rendered', outputs, diagnostics: result.diagnostics, fingerprint });
}
