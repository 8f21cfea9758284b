// Worker thread entries for the batch pools: each worker loads fonts, templates and schemas once and then
// renders job after job. Every job of a batch runs in two steps (see run-batch.ts): `startInWorker`
// composes, renders and writes temporary files, the batch's own thread then decides whether the job may
// write its files (see claims.ts), and `finishInWorker` renders what is left and moves the files into
// place. Between the steps the job travels as one transferable buffer (V8's serializer, as postMessage
// uses, but moved, not copied).
import { deserialize, serialize } from 'node:v8';
import { move, transferableSymbol, valueSymbol, workerData } from 'piscina';
import type { Job, JobResult, StartedJob } from './job.js';
import { finishJob } from './finish-job.js';
import type { Taken } from './claims.js';
import { warmUpWriter, type Format } from '../writers/index.js';

export interface WorkerData {
  /** The writer of this worker's stage, warmed up while the first stage reads the first documents. */
  warmUp?: Format;
}

/** A started job on its way between the steps: the files it will write, and the job itself. */
export interface StartedInWorker {
  outputs: string[];
  bytes: ArrayBuffer;
}

const { warmUp } = (workerData ?? {}) as WorkerData;
// A worker of the later stage waits for its first document while the first stage reads and composes
// (~0.5 s); it spends that time warming up its writer. Awaited here, in the module's top level, because
// piscina blocks a waiting worker in Atomics.wait, and with it every promise: started and left alone, the
// load did not go on until the first document came (measured: the writer ready after 1.0 s instead of
// 0.3 s). 300 documents, 2 workers, 13 interleaved runs: faster in 11, median 7.13 → 6.82 s.
if (warmUp) await warmUpWriter(warmUp);
// A worker that starts jobs loads the whole pipeline (YAML, schemas, templates) at once; one of the later
// stage only finishes them and never needs it.
let starting = warmUp ? undefined : import('./job.js');

/** First step: renders `formats`; a job that goes on comes back with its files to claim. */
export async function startInWorker({ job, formats }: { job: Job; formats: Job['formats'] }): Promise<JobResult | StartedInWorker> {
  const { startJob, isStarted } = await (starting ??= import('./job.js'));
  const started = await startJob(job, formats);
  if (!isStarted(started)) return started;
  const serialized = serialize(started);
  const bytes = serialized.buffer.slice(serialized.byteOffset, serialized.byteOffset + serialized.byteLength);
  // Piscina's transferable protocol: the value goes to the batch's thread, with `bytes` moved, not copied.
  const value: StartedInWorker = { outputs: started.outputs, bytes };
  return move({ [transferableSymbol]: bytes, [valueSymbol]: value }) as unknown as StartedInWorker;
}

/** Second step: the remaining formats, then every file of the job, unless an earlier spec writes one. */
export function finishInWorker({ bytes, taken }: { bytes: ArrayBuffer; taken?: Taken }): Promise<JobResult> {
  return finishJob(deserialize(new Uint8Array(bytes)) as StartedJob, taken);
}
