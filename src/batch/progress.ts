// How a batch reports while it runs: a progress bar on a terminal, one line per document otherwise,
// nothing but the summary with --quiet, and JSON with --json.
import cliProgress from 'cli-progress';
import { formatDiagnostic, sortDiagnostics } from '../spec/diagnostics.js';
import type { Output } from '../cli/report.js';
import type { JobResult } from './job.js';
import { sourceLabel } from './source-key.js';
import type { BatchSummary } from './run-batch.js';

export interface Reporter {
  start(total: number): void;
  result(result: JobResult): void;
  finish(summary: BatchSummary, total: number): void;
}

/** „0,3 s“, „12 s“: tenths below ten seconds, where they still matter. */
const seconds = (ms: number) => `${(ms / 1000).toLocaleString('de-DE', { maximumFractionDigits: ms < 10_000 ? 1 : 0, minimumFractionDigits: ms < 10_000 ? 1 : 0 })} s`;

/** „1 Vorlage“, „6 Vorlagen“. */
const specs = (n: number) => `${n} ${n === 1 ? 'Vorlage' : 'Vorlagen'}`;

function firstError(result: JobResult): string {
  const first = sortDiagnostics(result.diagnostics).find((d) => d.severity === 'error');
  return first ? formatDiagnostic(first).split('\n')[0]! : sourceLabel(result);
}

function summaryLines(summary: BatchSummary, total: number): string[] {
  const count = (status: JobResult['status']) => summary.results.filter((r) => r.status === status).length;
  const failed = summary.results.filter((r) => r.status === 'failed');
  const parts = [`${count('rendered')} erzeugt`];
  if (count('skipped')) parts.push(`${count('skipped')} unverändert übersprungen`);
  parts.push(`${failed.length} fehlgeschlagen`);
  const lines = [`${parts.join(', ')} von ${specs(total)} in ${seconds(summary.ms)}.`];
  const notBegun = total - summary.results.length;
  if (summary.interrupted) lines.push(`Abgebrochen: ${specs(notBegun)} ${notBegun === 1 ? 'wurde' : 'wurden'} nicht begonnen.`);
  for (const result of failed) lines.push(`  ✗ ${firstError(result)}`);
  return lines;
}

function printDiagnosticsOf(result: JobResult, output: Output): void {
  for (const d of sortDiagnostics(result.diagnostics)) output.err(formatDiagnostic(d));
}

export function lineReporter(output: Output, quiet: boolean): Reporter {
  return {
    start: () => undefined,
    result(result) {
      if (quiet) return;
      printDiagnosticsOf(result, output);
      const mark = { rendered: '✓', skipped: '=', failed: '✗' }[result.status];
      const tail = result.status === 'failed' ? 'nicht erzeugt' : result.status === 'skipped' ? 'unverändert' : result.outputs.join(', ');
      (result.status === 'failed' ? output.err : output.out)(`${mark} ${sourceLabel(result)} → ${tail}`);
    },
    finish: (summary, total) => summaryLines(summary, total).forEach((line) => output.out(line)),
  };
}

/** „45 s“, „1 min“, „3 min 20 s“: time left, rounded up to whole seconds. */
export function duration(seconds: number): string {
  const whole = Math.ceil(seconds);
  if (whole < 60) return `${whole} s`;
  const rest = whole % 60;
  return `${Math.floor(whole / 60)} min${rest ? ` ${rest} s` : ''}`;
}

export function barReporter(output: Output): Reporter {
  const bar = new cliProgress.SingleBar(
    {
      format: '{bar} {value}/{total} Vorlagen | {rate} je s | noch {remaining}',
      barCompleteChar: '█',
      barIncompleteChar: '░',
      hideCursor: true,
      clearOnComplete: true,
      stream: process.stderr,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = performance.now();
  const failures: JobResult[] = [];
  return {
    // Until the first document is done there is no rate to tell, and no time left to estimate.
    start: (total) => bar.start(total, 0, { rate: '–', remaining: '–' }),
    result(result) {
      if (result.status === 'failed') failures.push(result);
      const done = bar.getProgress() * bar.getTotal() + 1;
      const rate = done / ((performance.now() - started) / 1000);
      bar.increment(1, {
        rate: rate.toLocaleString('de-DE', { maximumFractionDigits: 1 }),
        remaining: duration((bar.getTotal() - done) / rate),
      });
    },
    finish(summary, total) {
      bar.stop();
      for (const result of failures) printDiagnosticsOf(result, output);
      summaryLines(summary, total).forEach((line) => output.out(line));
    },
  };
}

export function jsonReporter(output: Output): Reporter {
  return {
    start: () => undefined,
    result: () => undefined,
    finish(summary, total) {
      output.out(
        JSON.stringify(
          {
            total,
            interrupted: summary.interrupted,
            ms: Math.round(summary.ms),
            documents: summary.results.map(({ file, copy, status, outputs, diagnostics }) => ({ file, ...(copy ? { ausfertigung: copy.name } : {}), status, outputs, diagnostics })),
          },
          null,
          2,
        ),
      );
    },
  };
}
