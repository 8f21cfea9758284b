// `ratsvorlage render`: every spec checked and written as DOCX and PDF; many files in parallel workers.
import { statSync } from 'node:fs';
import type { JobResult } from '../../batch/job.js';
import { barReporter, jsonReporter, lineReporter, type Reporter } from '../../batch/progress.js';
import { runBatch } from '../../batch/run-batch.js';
import { EXIT, UsageError } from '../errors.js';
import { displayPath } from '../../paths.js';
import type { Output } from '../report.js';
import { parseFormats, specFiles, type Command, type Options } from './shared.js';

/** The workers the user asked for; undefined leaves the choice to the batch (see defaultJobs). */
function parseJobs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) throw new UsageError(`--jobs erwartet eine ganze Zahl von 1 bis 64, nicht „${value}“.`);
  return jobs;
}

function reporterFor(options: Options, output: Output): Reporter {
  if (options.json) return jsonReporter(output);
  if (!options.quiet && process.stderr.isTTY && !process.env.CI) return barReporter(output);
  return lineReporter(output, options.quiet === true);
}

const shown = (result: JobResult): JobResult => ({ ...result, outputs: result.outputs.map(displayPath) });

/** The output folder: it may not exist yet, but it may not be a file (an empty name is refused in main). */
function outFolder(value: string | undefined): string {
  const outDir = value ?? 'out';
  if (statSync(outDir, { throwIfNoEntry: false })?.isDirectory() === false) {
    throw new UsageError(`--out „${outDir}“ ist eine Datei, kein Ordner. Geben Sie einen Ordner an; gibt es ihn nicht, wird er angelegt.`);
  }
  return outDir;
}

export const render: Command = async (options, output) => {
  const formats = parseFormats(options.format);
  const outDir = outFolder(options.out);
  const jobs = parseJobs(options.jobs);
  const files = await specFiles(options, output);
  const reporter = reporterFor(options, output);
  const controller = new AbortController();
  const onInterrupt = () => {
    controller.abort();
    output.err('Abbruch angefordert: Die Vorlagen in Arbeit werden noch fertig geschrieben, keine neue beginnt.');
  };
  process.once('SIGINT', onInterrupt);
  const summary = await runBatch({
    files,
    formats,
    outDir,
    jobs,
    onlyChanged: options['nur-geaenderte'] === true,
    signal: controller.signal,
    onStart: (total) => reporter.start(total),
    onResult: (result) => reporter.result(shown(result)),
  }).finally(() => process.removeListener('SIGINT', onInterrupt));
  // One file's line says all; a batch, --quiet (which has no lines) and --json end with the summary.
  if (summary.total > 1 || options.json || options.quiet || summary.results.some((r) => r.status === 'failed')) reporter.finish(summary, summary.total);
  const failed = summary.interrupted || summary.results.some((r) => r.status === 'failed');
  return failed ? EXIT.invalidInput : EXIT.ok;
};
