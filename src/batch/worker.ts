// Worker thread entries for the batch pools: each worker loads fonts, templates and schemas once and then
// renders job after job. A job split in two stages travels between them as one transferable buffer
// (V8's serializer, as postMessage uses, but moved rather than copied through the main thread).
import { deserialize, serialize } from 'node:v8';
import { Piscina, workerData } from 'piscina';
import { finishJob, isStarted, runJob, startJob, type Job, type JobResult, type StartedJob } from './job.js';
import { preloadWriter, type Format } from '../writers/index.js';

export interface WorkerData {
  /** The writer of this worker's stage, loaded while the first stage reads the first documents. */
  preload?: Format;
}

const { preload } = (workerData ?? {}) as WorkerData;
if (preload) void preloadWriter(preload);

export default function renderInWorker(job: Job): Promise<JobResult> {
  return runJob(job);
}

/** First stage: renders `formats`; a job that goes on is returned as a buffer for `finishInWorker`. */
export async function startInWorker({ job, formats }: { job: Job; formats: Job['formats'] }): Promise<JobResult | ArrayBuffer> {
  const started = await startJob(job, formats);
  if (!isStarted(started)) return started;
  const bytes = serialize(started);
  return Piscina.move(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)) as unknown as ArrayBuffer;
}

/** Second stage: the remaining formats, then every file of the job. */
export function finishInWorker(bytes: ArrayBuffer): Promise<JobResult> {
  return finishJob(deserialize(new Uint8Array(bytes)) as StartedJob);
}
