// The second half of a batch job (see job.ts): renders the formats the first stage left and moves every
// file of the document into place atomically. Kept apart from the loading and composing half so that a
// worker of the later stage loads only its writer, not YAML, schemas and templates it never uses (300
// documents, 2 workers: peak RSS 386–391 → 373–374 MB).
import { join } from 'node:path';
import type { Format, RenderedDocument } from '../index.js';
import { WRITERS } from '../writers/index.js';
import { CODES, fileError, type Diagnostic } from '../spec/diagnostics.js';
import { commitFiles, discardStaged, stageFile, writeProblem, type StagedFile } from './atomic-write.js';
import { refused, type Taken } from './claims.js';
import type { Job, JobResult, StartedJob } from './job.js';

export function outputPath(job: Job, document: RenderedDocument, format: Format): string {
  return join(job.outDir, `${document.target}.${format}`);
}

/**
 * Writes each file rendered so far to its temporary file, where it waits for the rest of the job, and
 * drops its bytes: the stage that renders a format also writes it, so the later stage, the slower one
 * on this machine's file system (creating a file costs 0.3–1 ms of system time), only moves it into place.
 */
export function stageRendered(job: Job, documents: readonly RenderedDocument[], staged: StagedFile[]): void {
  for (const document of documents) {
    for (const format of job.formats) {
      const data = document.outputs[format];
      if (!data) continue;
      staged.push(stageFile(outputPath(job, document, format), data, job.tempDir));
      delete document.outputs[format];
    }
  }
}

/** Renders the formats still missing and moves all files of the job into place, atomically (none if taken). */
export async function finishJob(startedJob: StartedJob, taken?: Taken): Promise<JobResult> {
  const started = performance.now();
  const { job, documents, staged } = startedJob;
  if (taken) {
    discardStaged(staged);
    return refused({ file: job.file, copy: job.copy, diagnostics: startedJob.diagnostics, ms: startedJob.ms, namedAt: startedJob.namedAt }, taken);
  }
  try {
    const done = new Set(staged.map((file) => file.path));
    for (const document of documents) {
      for (const format of job.formats) {
        if (!done.has(outputPath(job, document, format))) document.outputs[format] = await WRITERS[format](document.model, document.theme);
      }
    }
    stageRendered(job, documents, staged);
    commitFiles(staged);
  } catch (err) {
    discardStaged(staged);
    const failed = writeFailure(job, err);
    return resultOf(job, started, { status: 'failed', outputs: [], diagnostics: [...startedJob.diagnostics, failed] }, startedJob.ms);
  }
  const { fingerprint, namedAt: at } = startedJob;
  return resultOf(job, started, { status: 'rendered', outputs: startedJob.outputs, diagnostics: startedJob.diagnostics, fingerprint, namedAt: at }, startedJob.ms);
}

/** The finding for a file the file system refused; any other error is the program's and is thrown on. */
export function writeFailure(job: Job, err: unknown): Diagnostic {
  const cause = writeProblem(err);
  if (!cause) throw err;
  const { dest, path } = err as NodeJS.ErrnoException & { dest?: string }; // a rename names its target in `dest`
  return fileError(
    CODES.writeFailed,
    job.file,
    `Die Ausgabe kann nicht geschrieben werden: ${cause} („${dest ?? path ?? job.outDir}“).`,
    'Räumen Sie den Ausgabeordner auf oder wählen Sie mit --out einen anderen.',
  );
}

export function resultOf(job: Job, started: number, result: Omit<JobResult, 'ms' | 'file'>, msBefore = 0): JobResult {
  return { file: job.file, copy: job.copy, ...result, ms: msBefore + performance.now() - started };
}
