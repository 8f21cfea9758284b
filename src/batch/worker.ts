// Worker thread entry for the batch pool: each worker loads fonts, templates and schemas once and then
// renders job after job.
import { runJob, type Job, type JobResult } from './job.js';

export default function renderInWorker(job: Job): Promise<JobResult> {
  return runJob(job);
}
