// `npm run bench`: the authoring loop (validation) and batch throughput with 1 and 2 workers against a
// bare docx/pdfkit baseline, per-document times, one file with a table of as many copies, and peak memory
// for 100 vs 1,000 documents.
// Every batch runs in its own child process, so peak memory (maxRSS) belongs to that run alone.
// Options: --anzahl N (default 500), --wiederholungen N (runs per configuration, default 3), --ohne-speichertest
// (skips the 100/1,000 memory runs).
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSpec } from '../spec/load.js';
import { checkSpec } from '../spec/check.js';
import { WORKER_LIMITS, WORKER_V8_FLAGS } from '../batch/run-batch.js';
import { generateCopyTable, generateSpecs } from './generate.js';
import { percentile, time } from './stats.js';
import { withSteal } from './steal.js';

interface RunFigures {
  documents: number;
  failed?: number;
  ms: number;
  /** CPU time of all the run's threads (workers, V8's compiler and GC helpers, I/O). */
  cpuMs: number;
  perDocument: number[];
  /** When each document was done, in ms since the run started (in completion order). */
  finishedMs: number[];
  maxRssKb: number;
}

const execFileAsync = promisify(execFile);
const here = (name: string) => fileURLToPath(new URL(name, import.meta.url));

const CHILD_OPTIONS = { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 } as const;

/** A benchmark child process with its node flags; it prints its figures as JSON. */
const nodeArgs = (script: string, args: string[], nodeFlags: string[]) => [...nodeFlags, here(script), ...args];

function child(script: string, args: string[], nodeFlags: string[] = []): RunFigures {
  return JSON.parse(execFileSync('node', nodeArgs(script, args, nodeFlags), CHILD_OPTIONS)) as RunFigures;
}

async function childAsync(script: string, args: string[], nodeFlags: string[] = []): Promise<RunFigures> {
  return JSON.parse((await execFileAsync('node', nodeArgs(script, args, nodeFlags), CHILD_OPTIONS)).stdout) as RunFigures;
}

/** The baseline in `processes` processes at once, each with its share of the documents, as one run. */
async function parallelBaseline(input: string, out: string, processes: number): Promise<RunFigures> {
  const runs = await Promise.all(
    Array.from({ length: processes }, (_, shard) =>
      childAsync('run-baseline.js', [input, out, String(shard), String(processes)], BASELINE_FLAGS),
    ),
  );
  return {
    documents: runs.reduce((sum, run) => sum + run.documents, 0),
    ms: Math.max(...runs.map((run) => run.ms)),
    cpuMs: runs.reduce((sum, run) => sum + run.cpuMs, 0),
    perDocument: runs.flatMap((run) => run.perDocument),
    // The processes start together, so their clocks line up closely enough.
    finishedMs: runs.flatMap((run) => run.finishedMs).sort((a, b) => a - b),
    maxRssKb: runs.reduce((sum, run) => sum + run.maxRssKb, 0),
  };
}

// The baseline runs with the garbage-collector settings our workers get (V8: young generation = 3
// semi-spaces), so the ratio measures the pipeline, not a GC setting.
const BASELINE_FLAGS = [
  `--max-semi-space-size=${Math.round(WORKER_LIMITS.maxYoungGenerationSizeMb / 3)}`,
  ...WORKER_V8_FLAGS,
];

/** The baseline's content, prepared untimed by the pipeline in a child of its own; returns the file. */
function prepareBaseline(specs: string, work: string): string {
  const input = join(work, 'baseline-input.bin');
  execFileSync('node', [here('prepare-baseline.js'), specs, input]);
  return input;
}

const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

/**
 * The most two workers can gain over one on this machine when they need as much CPU per document as one
 * worker does: one worker already keeps `oneWorkerCores` busy (V8 compiles and collects garbage on other
 * threads), two can keep at most twice that or every core of the machine.
 */
function twoWorkerCeiling(oneWorkerCores: number, machineCores = availableParallelism()): number {
  return ratio(Math.min(machineCores, 2 * oneWorkerCores), oneWorkerCores);
}

/**
 * The ratio of two configurations within each round: their runs follow each other, so the machine is in
 * much the same state for both (its speed drifts by ±20 % over minutes), then the median of the rounds.
 */
function perRound(a: Summary[], b: Summary[], figure: Figure = 'docsPerSecond'): { rounds: number[]; median: number } {
  const rounds = a.map((run, i) => ratio(run[figure], b[i]![figure]));
  return { rounds, median: percentile([...rounds].sort((x, y) => x - y), 50) };
}

/**
 * Documents per second over the second half of a run, once the workers are warm: the first documents
 * of every worker pay for loading the modules and for V8 compiling the hot code (1–3 s per worker).
 */
function warmRate(finishedMs: number[]): number {
  const half = Math.floor(finishedMs.length / 2);
  const span = (finishedMs.at(-1) ?? 0) - (finishedMs[half - 1] ?? 0);
  return span > 0 ? Math.round(((finishedMs.length - half) / (span / 1000)) * 10) / 10 : 0;
}

function summarize(name: string, run: RunFigures, stealPercent?: number) {
  const perDocument = [...run.perDocument].sort((a, b) => a - b);
  return {
    name,
    documents: run.documents,
    failed: run.failed ?? 0,
    seconds: Math.round(run.ms) / 1000,
    docsPerSecond: Math.round((run.documents / (run.ms / 1000)) * 10) / 10,
    warmDocsPerSecond: warmRate(run.finishedMs),
    firstDocumentS: Math.round((run.finishedMs[0] ?? 0) / 100) / 10,
    p50Ms: Math.round(percentile(perDocument, 50)),
    p95Ms: Math.round(percentile(perDocument, 95)),
    peakRssMb: Math.round(run.maxRssKb / 1024),
    /** Cores kept busy on average: CPU time over wall time. */
    cores: Math.round((run.cpuMs / run.ms) * 100) / 100,
    /** CPU time per document (all threads): the work, whatever share of the cores the run was given. */
    cpuMsPerDocument: Math.round(run.cpuMs / run.documents),
    /** Share of the machine's CPU time that the hypervisor gave to other guests during the run (see steal.ts). */
    stealPercent,
  };
}

type Summary = ReturnType<typeof summarize> & { docsPerSecondRange?: [number, number] };

// Above this share of stolen CPU time the wall-clock figures say more about the host than the program.
const STEAL_WARNING_PERCENT = 5;

/** The table's columns after the run's name: heading, width, cell. */
const COLUMNS: [string, number, (r: Summary) => string][] = [
  ['Vorl.', 6, (r) => String(r.documents)],
  ['Vorl./s', 9, (r) => r.docsPerSecond.toFixed(1)],
  ['warm/s', 8, (r) => r.warmDocsPerSecond.toFixed(1)],
  ['p50 ms', 8, (r) => String(r.p50Ms)],
  ['p95 ms', 8, (r) => String(r.p95Ms)],
  ['RSS MB', 8, (r) => String(r.peakRssMb)],
  ['Kerne', 7, (r) => r.cores.toFixed(2)],
  ['CPU ms', 8, (r) => String(r.cpuMsPerDocument)],
  ['Steal %', 9, (r) => r.stealPercent?.toFixed(1) ?? '–'],
];

/** A figure of a run that the benchmark takes the median of. */
type Figure = 'docsPerSecond' | 'peakRssMb';

/** The run with the median of a figure (by default the throughput), with the range of all runs' throughput. */
function median(runs: Summary[], figure: Figure = 'docsPerSecond'): Summary {
  const sorted = [...runs].sort((a, b) => a[figure] - b[figure]);
  const rates = runs.map((run) => run.docsPerSecond);
  return { ...sorted[Math.floor(sorted.length / 2)]!, docsPerSecondRange: [Math.min(...rates), Math.max(...rates)] };
}

/** A run of the benchmark: its name and the child process(es) that render. */
type Configuration = [string, () => RunFigures | Promise<RunFigures>];

async function measure([name, run]: Configuration): Promise<Summary> {
  const { value, stealPercent } = await withSteal(run);
  return summarize(name, value, stealPercent);
}

/**
 * Every configuration `repeats` times, in turns, so that each meets the machine in much the same states
 * (on a shared machine single runs vary by up to ±20 %); the runs of each configuration in order.
 */
async function inTurns(configurations: Configuration[], repeats: number): Promise<Summary[][]> {
  const samples = configurations.map(() => [] as Summary[]);
  for (let r = 0; r < repeats; r++) {
    for (const [i, configuration] of configurations.entries()) samples[i]!.push(await measure(configuration));
  }
  return samples;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const count = Number(args[args.indexOf('--anzahl') + 1]) || 500;
  const memory = !args.includes('--ohne-speichertest');
  const repeats = Number(args[args.indexOf('--wiederholungen') + 1]) || 3;
  const work = await mkdtemp(join(tmpdir(), 'ratsvorlage-bench-'));
  try {
    const example = 'examples/aachen-im-blick.yaml';
    const text = readFileSync(example, 'utf8');
    const validation = await time(() => checkSpec(parseSpec(text, example)), 500);

    const specs = join(work, 'specs');
    await generateSpecs(specs, count);
    // Each configuration counts with its median run.
    const baselineInput = prepareBaseline(specs, work);
    const samples = await inTurns(
      [
        ['Pipeline, 1 Worker', () => child('run-pipeline.js', [specs, join(work, 'out1'), '1'])],
        ['Pipeline, 2 Worker', () => child('run-pipeline.js', [specs, join(work, 'out2'), '2'])],
        ['nur docx/pdfkit, 1 Prozess', () => child('run-baseline.js', [baselineInput, join(work, 'base')], BASELINE_FLAGS)],
        ['nur docx/pdfkit, 2 Prozesse', () => parallelBaseline(baselineInput, join(work, 'base2'), 2)],
      ],
      repeats,
    );
    const runs = samples.map((sample) => median(sample));
    const [one, two, base, baseTwo] = runs as [Summary, Summary, Summary, Summary];
    // One file whose table lists every copy: each worker loads the file once, not once per copy.
    const table = join(work, 'table');
    await generateCopyTable(table, count);
    const copyTableRun = await measure(['Ausfertigungstabelle, 2 Worker', () => child('run-pipeline.js', [table, join(work, 'out-table'), '2'])]);
    // Peak memory varies by a few MB from run to run (where each worker's heap is in its cycle when the
    // run ends), so the memory runs, too, are repeated in turns and counted with their median.
    const sizes = memory ? [100, 1000] : [];
    for (const n of sizes) await generateSpecs(join(work, `specs-${n}`), n);
    const memorySamples = await inTurns(
      sizes.map((n): Configuration => [`Speicher: ${n} Vorlagen, 2 Worker`, () => child('run-pipeline.js', [join(work, `specs-${n}`), join(work, `out-${n}`), '2'])]),
      repeats,
    );
    const memoryRuns = memorySamples.map((sample) => median(sample, 'peakRssMb'));
    const ratios = {
      pipelineVsBaseline: ratio(one.docsPerSecond, base.docsPerSecond),
      twoWorkersVsOne: ratio(two.docsPerSecond, one.docsPerSecond),
      twoWorkersVsOnePerRound: perRound(samples[1]!, samples[0]!),
      twoWorkersVsOneWarm: ratio(two.warmDocsPerSecond, one.warmDocsPerSecond),
      twoWorkersCeiling: twoWorkerCeiling(one.cores),
      twoWorkersVsOneCpuPerDocument: ratio(two.cpuMsPerDocument, one.cpuMsPerDocument),
      baselineTwoVsOne: ratio(baseTwo.docsPerSecond, base.docsPerSecond),
      baselineTwoVsOneWarm: ratio(baseTwo.warmDocsPerSecond, base.warmDocsPerSecond),
      rss1000vs100: memoryRuns.length === 2 ? ratio(memoryRuns[1]!.peakRssMb, memoryRuns[0]!.peakRssMb) : null,
      rss1000vs100PerRound: memorySamples.length === 2 ? perRound(memorySamples[1]!, memorySamples[0]!, 'peakRssMb') : null,
    };

    console.log(`ratsvorlage-Benchmark (Node ${process.version}, ${count} Vorlagen aus den Beispielen, DOCX + PDF; Median aus ${repeats} Läufen)\n`);
    console.log(`Prüfen einer Vorlage (warm): Mittel ${validation.meanMs.toFixed(2)} ms, p50 ${validation.p50Ms.toFixed(2)} ms, p95 ${validation.p95Ms.toFixed(2)} ms\n`);
    console.log('Lauf'.padEnd(36) + COLUMNS.map(([heading, width]) => heading.padStart(width)).join(''));
    for (const r of [...runs, copyTableRun, ...memoryRuns]) {
      const range = r.docsPerSecondRange ? `  (${r.docsPerSecondRange.map((v) => v.toFixed(1)).join('–')})` : '';
      console.log(r.name.padEnd(36) + COLUMNS.map(([, width, cell]) => cell(r).padStart(width)).join('') + range);
    }
    const steal = [...runs, copyTableRun, ...memoryRuns].flatMap((r) => r.stealPercent ?? []);
    if (steal.some((percent) => percent > STEAL_WARNING_PERCENT)) {
      console.log(`\nAchtung: Während der Läufe gab der Hypervisor ${Math.min(...steal).toFixed(1)}–${Math.max(...steal).toFixed(1)} % der Rechenzeit dieses Rechners anderen Gästen (Spalte „Steal %“).`);
      console.log('  Dann fehlen Kernen Zeitscheiben, am meisten dem Lauf, der beide Kerne braucht: Vorlagen je Sekunde und die Verhältnisse');
      console.log('  sind mit Vorsicht zu lesen; die CPU-Zeit je Vorlage hängt davon kaum ab.');
    }
    console.log(`\nPipeline/Baseline (1 Worker): ${ratios.pipelineVsBaseline} (Ziel ≥ 0,8)`);
    console.log(`2 Worker/1 Worker: ${ratios.twoWorkersVsOne} (Ziel ≥ 1,7); warm (zweite Hälfte des Laufs): ${ratios.twoWorkersVsOneWarm}`);
    const { rounds, median: roundMedian } = ratios.twoWorkersVsOnePerRound;
    console.log(`  je Runde (beide Läufe direkt nacheinander): ${rounds.map((r) => r.toFixed(2)).join(' / ')}; Median ${roundMedian.toFixed(2)}`);
    console.log(`  höchstens erreichbar auf ${availableParallelism()} Kernen, da 1 Worker schon ${one.cores.toFixed(2)} Kerne nutzt: ${ratios.twoWorkersCeiling}`);
    console.log(`  CPU-Zeit je Vorlage, 2 Worker/1 Worker: ${ratios.twoWorkersVsOneCpuPerDocument} (über 1: zwei Worker arbeiten je Vorlage mehr)`);
    console.log(`  zum Vergleich nur docx/pdfkit, 2 Prozesse/1 Prozess: ${ratios.baselineTwoVsOne}; warm: ${ratios.baselineTwoVsOneWarm}`);
    // Each worker first loads the modules and runs cold code until V8 has compiled the hot paths; two
    // workers on two cores do this at the same time and slow each other down.
    console.log(`  Anlauf bis zur ersten fertigen Vorlage: 1 Worker ${one.firstDocumentS.toFixed(1)} s, 2 Worker ${two.firstDocumentS.toFixed(1)} s`);
    if (ratios.rss1000vs100 !== null) console.log(`Spitzen-RSS 1.000/100 Vorlagen: ${ratios.rss1000vs100} (Ziel ≤ 1,2)`);
    if (ratios.rss1000vs100PerRound) {
      const peaks = memorySamples.map((sample) => sample.map((run) => run.peakRssMb).join('/'));
      console.log(`  je Runde: ${ratios.rss1000vs100PerRound.rounds.map((r) => r.toFixed(2)).join(' / ')} (MB bei 100: ${peaks[0]}, bei 1.000: ${peaks[1]})`);
    }
    await mkdir(join('out', 'bench'), { recursive: true });
    const file = join('out', 'bench', 'ergebnis.json');
    await writeFile(file, `${JSON.stringify({ node: process.version, count, repeats, validation, runs, samples, copyTableRun, memoryRuns, memorySamples, ratios }, null, 2)}\n`);
    console.log(`\nErgebnisse: ${file}`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

await main();
