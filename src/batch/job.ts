// One document of a batch: load, skip if unchanged, render, write atomically. Runs in a worker thread
// (see worker.ts) or in the main thread for a single file. A batch may split a job in two stages on
// different workers (see run-batch.ts): `startJob` renders some formats, writes them to temporary files
// and hands the composed documents on, `finishJob` (finish-job.ts) renders and writes the rest and moves
// every file of the document into place. In between, the batch decides which spec may write a file that
// two would (see claims.ts).
//
// Files are read and written with synchronous calls: in a worker they block only that worker, for
// microseconds. An asynchronous call hands each step (open, read or write, close, rename) to libuv's
// thread pool and back; for 400 documents that took 1.5 s of CPU on other threads, time the second
// worker needs. Measured (400 documents, 3 interleaved runs): 1 worker 24.5 → 27.3, 2 workers
// 36.3 → 41.0 documents per second, CPU 19.4 → 18.0 s.
import { loadWithBasis, renderLoaded, type Format, type RenderedDocument } from '../index.js';
import { formatsHangTogether, madeOnTheWay, WRITERS } from '../writers/index.js';
import { CODES, fileError, hasErrors, type Diagnostic } from '../spec/diagnostics.js';
import { finishJob, outputPath, resultOf, stageRendered, writeFailure } from './finish-job.js';
import { discardStaged, type StagedFile } from './atomic-write.js';
import { documentFingerprint } from './fingerprint.js';
import { documentInputs } from './document-inputs.js';
import { outputsIntact, type PreviousRender } from './manifest.js';
import type { CopyOf, LoadedSpec } from '../spec/load.js';
import { keptCopiesOf } from './kept-copies.js';
import { nameFieldAt, type NamedAt } from '../resolve/output-name.js';

export interface Job {
  file: string;
  /** For a file listing copies (`ausfertigungen`): the one this job renders. */
  copy?: CopyOf;
  formats: Format[];
  outDir: string;
  tempDir: string;
  /** What the last render of this file left, for `--nur-geaenderte`. */
  previous?: PreviousRender;
  onlyChanged: boolean;
}

export interface JobResult {
  file: string;
  copy?: CopyOf;
  status: 'rendered' | 'skipped' | 'failed';
  outputs: string[];
  diagnostics: Diagnostic[];
  fingerprint?: string;
  ms: number;
  /** Where the spec names its output files (its Vorlagen-Nr.), for a finding about them. */
  namedAt?: NamedAt;
}

/** A job whose documents are composed and partly rendered, waiting for its remaining formats. */
export interface StartedJob {
  job: Job;
  diagnostics: Diagnostic[];
  fingerprint: string;
  /** The documents, without the files already rendered: those wait in `staged`. */
  documents: RenderedDocument[];
  /** Files rendered and written to their temporary files, to be moved into place when the job finishes. */
  staged: StagedFile[];
  /** The files the job will write. */
  outputs: string[];
  /** Time spent so far, in ms. */
  ms: number;
  namedAt?: NamedAt;
}

/** The job's spec: its file with bases, or the one copy of the file it renders. */
function loadJob(job: Job): LoadedSpec {
  if (!job.copy) return loadWithBasis(job.file);
  const copies = keptCopiesOf(job.file);
  if (!copies[0]?.copy) return copies[0]!; // the list has become wrong since the batch began: its error
  const copy = copies[job.copy.index];
  if (copy) return copy;
  const gone = fileError(CODES.copyList, job.file, `Die Ausfertigung ${job.copy.index + 1} („${job.copy.name}“) gibt es nicht mehr; die Datei wurde während des Laufs geändert.`, 'Erzeugen Sie die Vorlagen noch einmal.');
  return { ...copies[0]!, copy: undefined, data: undefined, diagnostics: [gone] };
}

/** Loads (unless the caller has), checks and renders the given formats; a failed or skipped job ends here. */
export async function startJob(job: Job, formats: readonly Format[], loaded?: LoadedSpec): Promise<JobResult | StartedJob> {
  const started = performance.now();
  const source = loaded ?? loadJob(job);
  const fingerprint = documentFingerprint(documentInputs(source));
  const previous = job.previous;
  if (job.onlyChanged && previous?.fingerprint === fingerprint && outputsIntact(previous, job.formats)) {
    // An unchanged document still holds its files in this batch: another spec may not write over them.
    const outputs = previous.outputs.map((output) => output.path);
    return resultOf(job, started, { status: 'skipped', outputs, diagnostics: [], fingerprint, namedAt: nameFieldAt(source) });
  }
  const result = await renderLoaded(source, []);
  if (!result.target || hasErrors(result.diagnostics)) return resultOf(job, started, { status: 'failed', outputs: [], diagnostics: result.diagnostics });
  const staged: StagedFile[] = [];
  try {
    for (const document of result.documents) await renderStage(document, formats, job.formats);
    stageRendered(job, result.documents, staged);
  } catch (err) {
    discardStaged(staged);
    return resultOf(job, started, { status: 'failed', outputs: [], diagnostics: [...result.diagnostics, writeFailure(job, err)] });
  }
  const outputs = result.documents.flatMap((document) => job.formats.map((format) => outputPath(job, document, format)));
  return { job, diagnostics: result.diagnostics, fingerprint, documents: result.documents, staged, outputs, ms: performance.now() - started, namedAt: nameFieldAt(source) };
}

// With a batch in two stages the first renders the DOCX and the next the PDF (run-batch.ts). A document
// whose formats hang together (a DOCX contents paged by the PDF layout) is made whole in one stage: every
// second one here, the others in the next, so that both stages share a batch of long reports.
let wholeDocuments = 0;

/** Renders the formats of this stage; a file made on the way (the PDF a DOCX contents was paged by) comes along. */
async function renderStage(document: RenderedDocument, formats: readonly Format[], all: readonly Format[]): Promise<void> {
  const { model, theme, outputs } = document;
  const whole = formats.length < all.length && formatsHangTogether(model);
  const here = whole ? (wholeDocuments++ % 2 === 0 ? all : []) : formats;
  for (const format of here) outputs[format] ??= await WRITERS[format](model, theme);
  Object.assign(outputs, await madeOnTheWay(model, theme, all, outputs));
}

export function isStarted(value: JobResult | StartedJob): value is StartedJob {
  return 'documents' in value;
}

/** The whole job in one place. */
export async function runJob(job: Job, loaded?: LoadedSpec): Promise<JobResult> {
  const started = await startJob(job, job.formats, loaded);
  return isStarted(started) ? finishJob(started) : started;
}
