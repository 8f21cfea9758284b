// Child process of the benchmark: renders a folder of specs with N workers and prints figures as JSON.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { runBatch } from '../batch/run-batch.js';
import { cpuMsSince } from './stats.js';

const [dir, out, jobs] = process.argv.slice(2) as [string, string, string];
const files = (await readdir(dir)).filter((f) => f.startsWith('vorlage-')).sort().map((f) => join(dir, f));
const cpuBefore = process.cpuUsage();
const started = performance.now();
const finishedMs: number[] = [];
const summary = await runBatch({ files, formats: ['docx', 'pdf'], outDir: out, jobs: Number(jobs), onResult: () => finishedMs.push(performance.now() - started) });
const failed = summary.results.filter((r) => r.status !== 'rendered').length;
process.stdout.write(
  JSON.stringify({
    documents: summary.total, // a file with a table of copies makes one document per row
    failed,
    ms: summary.ms,
    cpuMs: cpuMsSince(cpuBefore),
    perDocument: summary.results.map((r) => r.ms),
    finishedMs,
    maxRssKb: process.resourceUsage().maxRSS,
  }),
);
