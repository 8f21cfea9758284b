// Renders many documents in parallel worker threads. Jobs are handed out as workers become free, so
// that Ctrl+C can stop cleanly: nothing new starts, the documents in flight are finished and written.
import { rmdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { setFlagsFromString } from 'node:v8';
import { displayPath, PACKAGE_ROOT } from '../paths.js';
import type { Format } from '../index.js';
import { removeStaleTemps, tempDirFor } from './atomic-write.js';
import type { Job, JobResult } from './job.js';
import { atName, OutputClaims, refused, type Taken } from './claims.js';
import { outputOwners, overwrittenFrom, previousRender, readManifest, remember, writeManifest, type Manifest } from './manifest.js';
import { CODES, fileError, type Diagnostic } from '../spec/diagnostics.js';
import type { StartedInWorker, WorkerData } from './worker.js';
import { copyNames } from './copy-names.js';
import type { JobSource } from './source-key.js';

export interface BatchOptions {
  files: string[];
  formats: Format[];
  outDir: string;
  jobs?: number;
  onlyChanged?: boolean;
  /** Called once the batch knows its documents: one per file, or per copy a file lists. */
  onStart?: (total: number) => void;
  /** Called as each document finishes (in completion order). */
  onResult?: (result: JobResult) => void;
  /** When aborted, no further document starts; those in flight finish. */
  signal?: AbortSignal;
}

export interface BatchSummary {
  /** The documents of the batch: one per file, or per copy a file lists. */
  total: number;
  results: JobResult[];
  interrupted: boolean;
  ms: number;
}

// Rendering allocates many short-lived objects (docx's XML tree, pdfkit's content strings). V8 splits a
// young generation into three semi-spaces and rounds each up to a power of two: 48 MB gives 16 MB, 64 MB
// already 32 MB. The larger one cost memory twice over, as young generation and as headroom (V8 lets the
// old generation grow by the young one's capacity before it collects), for little speed: 500 documents,
// 4 interleaved runs, 2 workers 7.7–7.9 vs 8.1–8.3 s (1 worker the same, 13.0–13.6 vs 12.8–14.0 s),
// peak 393–402 vs 315–349 MB. (Earlier, with whole documents per worker, 64 MB saved a tenth of the CPU
// time; split in two stages, each worker's young generation holds only its half.)
export const WORKER_LIMITS = { maxYoungGenerationSizeMb: 48 };

// Between full collections V8 lets a heap grow up to four times what is alive when it collects quickly,
// so a long batch peaked far higher than a short one. Each worker keeps 30–40 MB alive (fonts, word
// widths, templates, compiled code) and that stays flat over a batch (heap snapshots after 100 and 900
// documents); what grows is the room V8 leaves above it. Growing by at most 1.5× keeps the peak of a
// long batch close to a short one's (2 workers, 100 / 1,000 documents, 3 interleaved runs: 263–274 /
// 305–313 MB, 3,000 documents 323 MB; at 1.75× with a floor of 80 MB: 267–268 / 326–349 MB) at the
// same speed. The flag is process-wide and read at every collection, so setting it before the workers
// start covers them.
export const HEAP_GROWING_PERCENT = 50;

// Every full collection costs far more than its own 10–30 ms: V8 drops the optimized code of closures
// that docx, pdfkit and fontkit create per call and recompiles them afterwards. A floor under the heap
// limit keeps the first collections from coming during the warm-up. 2 workers, 100 / 1,000 documents:
// with 64 MB 263–275 / 305–313 MB, with 48 MB 253–258 / 299–302 MB but 3–5 % more CPU time, with 80 MB
// 267 / 326 MB. Read when a worker's heap is set up, so it is set before the pool starts.
export const WORKER_HEAP_FLOOR_MB = 64;

// Each worker holds a second document besides the one it renders, so it can go on when the first waits
// (a PDF's bytes come from pdfkit's stream a moment after the last page) and need not wait for the
// batch's thread to hand it the next. With one per worker, 1,000 documents with 2 workers took 6–11 %
// longer (3 interleaved runs, November 2026).
const DOCUMENTS_PER_WORKER_AT_ONCE = 2;

/** The compiled worker (also when this module runs from TypeScript sources, e.g. in tests). */
function workerFile(): string {
  const here = fileURLToPath(import.meta.url);
  return here.endsWith('.ts') ? join(PACKAGE_ROOT, 'dist', 'src', 'batch', 'worker.js') : join(here, '..', 'worker.js');
}

/** A file written over that an earlier run made from another spec, which still exists. */
function overwriteWarning(file: string, output: string, owner: string): Diagnostic {
  return {
    ...fileError(
      CODES.overwroteOther,
      file,
      `„${output}“ wurde überschrieben; die Datei stammte aus „${displayPath(owner)}“.`,
      'Beide Vorlagen ergeben denselben Dateinamen (aus der Vorlagen-Nr. oder dem Dateinamen). Geben Sie einer eine andere Nummer, sonst überschreibt jede die Ausgabe der anderen.',
    ),
    severity: 'warning',
  };
}

/** A crash inside the renderer fails that one document, not the batch. */
function internalFailure({ file, copy }: Job, err: Error): JobResult {
  return {
    file,
    copy,
    status: 'failed',
    outputs: [],
    diagnostics: [
      fileError(
        CODES.internal,
        file,
        `Interner Fehler beim Erzeugen: ${err.message}`,
        'Das ist ein Fehler im Programm, nicht in Ihrer Vorlage. Bitte melden Sie ihn mit der Vorlage.',
      ),
    ],
    ms: 0,
  };
}

// A worker needs 1–3 s of JIT warm-up, so on a small batch a second one only competes for the cores.
// With the batch split in two stages (below) each worker warms up only its half, and two workers pay off
// early. Measured on 2 cores (4 interleaved runs each): 6 documents 4.7 docs/s with one worker and with
// two; 10: 7.3 vs 7.2; 15: 9.1 vs 10.0; 20: 11.9 vs 13.0; 50: 20.7 vs 24.5 (two workers rendering whole
// documents: 11.5 at 20, 21.2 at 50). Kreis Coesfeld (6 documents) stays with one. So a worker is added
// for every full 8 documents, up to one per core.
const DOCUMENTS_PER_WORKER = 8;

/** Workers for a batch when the user does not say: one per 8 documents, at most one per core. */
export function defaultJobs(documents: number): number {
  return Math.max(1, Math.min(availableParallelism(), Math.floor(documents / DOCUMENTS_PER_WORKER)));
}

// V8 optimizes a function once it has run through its "interrupt budget" of bytecode (66 KB by default).
// Every worker compiles its own copy of the hot code on V8's helper threads: with one worker those have
// the second core to themselves, with two they take it from the workers (400 documents: 4.8 s of compiler
// time per worker, 1,230 compilations, a third of them again after a deoptimization or a full
// collection). With six times the budget only what stays hot is optimized: 540 compilations, ~2 s, and
// 2 workers need 15 % less CPU (17.6–17.9 vs 20.9 s). Five interleaved runs of 400 documents: 2 workers
// 42.0 → 46.0, 1 worker 34.3 → 36.2 documents per second; 2, 3, 4 and 10 times did no better.
const INTERRUPT_BUDGET = 6 * 66 * 1024;

// When V8 optimizes a function it also compiles the functions it calls into it, up to 920 bytes of their
// bytecode in all. Large layout functions (the table columns' widths, a PDF line) then took 20–50 ms of
// compiler time each, ~3.3 s in all for 500 documents with two workers: time the workers lose to V8's
// helper threads. With at most 150 bytes inlined the compiler needs ~2 s, and the workers' own CPU time
// did not grow measurably. Five interleaved runs of 500 documents: 2 workers faster in all five (median
// 10.2 → 9.4 s), 1 worker the same (mean 16.3 vs 16.4 s).
const INLINED_BYTECODE_LIMIT = 150;

/** The V8 settings for the workers (process-wide; the benchmark's baseline runs with them too). */
export const WORKER_V8_FLAGS = [
  `--heap-growing-percent=${HEAP_GROWING_PERCENT}`,
  `--initial-heap-size=${WORKER_HEAP_FLOOR_MB}`,
  `--interrupt-budget=${INTERRUPT_BUDGET}`,
  `--max-inlined-bytecode-size-cumulative=${INLINED_BYTECODE_LIMIT}`,
];

// Two workers that each render whole documents both compile and warm up the whole renderer, and lay out
// every word of a font anew; that duplicate work takes the second core's time. Split in two stages, one
// set of workers reads, checks and composes each document and renders and writes its DOCX, the other
// lays out and writes its PDF and puts both files in place (about as long: 16 ms per document each, as
// measured in November 2026), so each compiles only its half and the PDF fonts' word cache serves the
// whole batch. 400 documents, two workers, 6 interleaved runs: 50.6 vs 46.2 documents per second, 13.9
// vs 16.4 s CPU. Letting a stage take whole documents when the other falls behind made it slower (45
// documents per second): each worker then warms up everything.
const LATER_STAGE: Format = 'pdf';

/** The formats of the first and the second stage, or none when the batch is not worth splitting. */
export function stagesFor(formats: readonly Format[], threads: number): [Format[], Format[]] | undefined {
  const first = formats.filter((format) => format !== LATER_STAGE);
  return threads >= 2 && first.length > 0 && first.length < formats.length ? [first, [LATER_STAGE]] : undefined;
}

// The two stages take turns being ahead (a long report in one, a GC pause in the other); with only two
// documents per worker under way, one stage then often waited for the other (sampled: a fifth of the
// time). Eight per worker keep both busy: 1,000 documents 66.7 → 71.0, 400 documents 53.7 → 55.6 docs/s
// (3–4 interleaved runs); more did not help.
const DOCUMENTS_PER_WORKER_IN_STAGES = 8;

/** The workers of a batch: the two steps of a job, how many jobs to keep under way, and shutdown. */
interface Workers {
  start(job: Job): Promise<JobResult | StartedInWorker>;
  finish(started: StartedInWorker, taken: Taken | undefined): Promise<JobResult>;
  underWay: number;
  destroy(): Promise<unknown>;
}

function pool(threads: number, workerData?: WorkerData): Piscina {
  return new Piscina({
    filename: workerFile(),
    workerData,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 1000,
    concurrentTasksPerWorker: DOCUMENTS_PER_WORKER_AT_ONCE,
    resourceLimits: WORKER_LIMITS,
    // Jobs in the order they were handed in: by default piscina puts a job it could not hand out at
    // once at the back of its queue, and each job waits for every earlier one before it claims its files.
    stricterFIFO: true,
  });
}

/** Both steps in one pool, or, for a batch worth splitting, the first stage's formats in one and the rest in another. */
function startWorkers(formats: Format[], threads: number): Workers {
  const stages = stagesFor(formats, threads);
  const first = pool(stages ? Math.ceil(threads / 2) : threads);
  const second = stages ? pool(Math.floor(threads / 2), { warmUp: stages[1][0] }) : first;
  return {
    start: (job) => first.run({ job, formats: stages?.[0] ?? formats }, { name: 'startInWorker' }),
    finish: ({ bytes }, taken) => second.run({ bytes, taken }, { name: 'finishInWorker', transferList: [bytes] }),
    underWay: threads * (stages ? DOCUMENTS_PER_WORKER_IN_STAGES : DOCUMENTS_PER_WORKER_AT_ONCE),
    destroy: () => Promise.all([first.destroy(), second.destroy()]),
  };
}

/** Jobs of a batch: every spec (every copy of a file that lists several) with the output folder and what its last render left. */
async function jobsFor(options: BatchOptions, tempDir: string, manifest: Manifest): Promise<Job[]> {
  const sources = await Promise.all(
    options.files.map(async (file): Promise<JobSource[]> => (await copyNames(file))?.map((name, index) => ({ file, copy: { index, name } })) ?? [{ file }]),
  );
  return sources.flat().map((source) => ({
    ...source,
    formats: options.formats,
    outDir: options.outDir,
    tempDir,
    onlyChanged: options.onlyChanged ?? false,
    previous: previousRender(manifest, source),
  }));
}

/** One job in this thread. The renderer is loaded only then: a batch's own thread only hands out jobs. */
async function runHere(job: Job): Promise<JobResult> {
  const { runJob } = await import('./job.js');
  return runJob(job);
}

/** Renders the specs; one spec is rendered in this thread (a worker would only add its start-up time). */
export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const started = performance.now();
  const tempDir = tempDirFor(options.outDir);
  await removeStaleTemps(tempDir);
  const manifest = await readManifest(options.outDir);
  const jobs = await jobsFor(options, tempDir, manifest);
  options.onStart?.(jobs.length);
  const single = jobs.length === 1;
  const owners = outputOwners(manifest);
  const done = (result: JobResult): JobResult => {
    const overwritten = overwrittenFrom(owners, result).map(({ output, owner }) => atName(overwriteWarning(result.file, output, owner), result.namedAt));
    const reported = overwritten.length ? { ...result, diagnostics: [...result.diagnostics, ...overwritten] } : result;
    options.onResult?.(reported);
    return reported;
  };
  const results = single ? [done(await runHere(jobs[0]!))] : await runInWorkers(jobs, options, done);
  if (remember(manifest, results)) writeManifest(options.outDir, tempDir, manifest);
  await rmdir(tempDir).catch(() => undefined); // only when empty: another run may still be writing
  return { total: jobs.length, results, interrupted: results.length < jobs.length, ms: performance.now() - started };
}

/** Hands the jobs out to workers as they become free, until all are done or the batch is interrupted. */
async function runInWorkers(jobs: Job[], options: BatchOptions, done: (result: JobResult) => JobResult): Promise<JobResult[]> {
  for (const flag of WORKER_V8_FLAGS) setFlagsFromString(flag);
  const threads = Math.max(1, Math.min(options.jobs ?? defaultJobs(jobs.length), jobs.length));
  const workers = startWorkers(options.formats, threads);
  // Two specs may name the same output file: the first in file order keeps it (see claims.ts).
  const claims = new OutputClaims();
  const run = async (job: Job): Promise<JobResult> => {
    const { value, taken } = await claims.inTurn(job, workers.start(job));
    if (!('bytes' in value)) return taken ? refused(value, taken) : value;
    return workers.finish(value, taken);
  };
  const results: JobResult[] = new Array(jobs.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < jobs.length && !options.signal?.aborted) {
      const index = next++;
      results[index] = done(await run(jobs[index]!).catch((err: Error): JobResult => internalFailure(jobs[index]!, err)));
    }
  };
  try {
    await Promise.all(Array.from({ length: workers.underWay }, lane));
  } finally {
    await workers.destroy();
  }
  return results.filter(Boolean);
}
