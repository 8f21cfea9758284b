// The second half of a batch job (see job.ts): renders the formats the first stage left and writes every
// file of the document atomically. Kept apart from the loading and composing half so that a worker of
// the later stage loads only its writer, not YAML, schemas and templates it never uses (300 documents,
// 2 workers: peak RSS 386–391 → 373–374 MB).
import { join } from 'node:path';
import type { Format, RenderedDocument } from '../index.js';
import { WRITERS } from '../writers/index.js';
import { CODES, fileError, type Diagnostic } from '../spec/diagnostics.js';
import { writeFilesAtomic, writeProblem } from './atomic-write.js';
import { refused, type Taken } from './claims.js';
import type { Job, JobResult, StartedJob } from './job.js';

export function outputPath(job: Job, document: RenderedDocument, format: Format): string {
  return join(job.outDir, `${document.target}.${format}`);
}

/** Renders the formats still missing and writes all files of the job, each atomically (none if taken). */
export async function finishJob(startedJob: StartedJob, taken?: Taken): Promise<JobResult> {
  const started = performance.now();
  const { job, documents } = startedJob;
  if (taken) return refused({ file: job.file, copy: job.copy, diagnostics: startedJob.diagnostics, ms: startedJob.ms, namedAt: startedJob.namedAt }, taken);
  for (const document of documents) {
    for (const format of job.formats) document.outputs[format] ??= await WRITERS[format](document.model, document.theme);
  }
  const files = documents.flatMap((document) => job.formats.map((format) => ({ path: outputPath(job, document, format), data: document.outputs[format]! })));
  try {
    writeFilesAtomic(files, job.tempDir);
  } catch (err) {
    const cause = writeProblem(err);
    if (!cause) throw err;
    const { dest, path } = err as NodeJS.ErrnoException & { dest?: string }; // a rename names its target in `dest`
    const diagnostic = writeFailed(job.file, dest ?? path ?? job.outDir, cause);
    return resultOf(job, started, { status: 'failed', outputs: [], diagnostics: [...startedJob.diagnostics, diagnostic] }, startedJob.ms);
  }
  const outputs = files.map((f) => f.path);
  const { fingerprint, namedAt: at } = startedJob;
  return resultOf(job, started, { status: 'rendered', outputs, diagnostics: startedJob.diagnostics, fingerprint, namedAt: at }, startedJob.ms);
}

function writeFailed(file: string, path: string, cause: string): Diagnostic {
  return fileError(
    CODES.writeFailed,
    file,
    `Die Ausgabe kann nicht geschrieben werden: ${cause} („${path}“).`,
    'Räumen Sie den Ausgabeordner auf oder wählen Sie mit --out einen anderen.',
  );
}

export function resultOf(job: Job, started: number, result: Omit<JobResult, 'ms' | 'file'>, msBefore = 0): JobResult {
  return { file: job.file, copy: job.copy, ...result, ms: msBefore + performance.now() - started };
}
