// Timing statistics for the benchmark.

export interface Timing {
  runs: number;
  meanMs: number;
  p50Ms: number;
  p95Ms: number;
}

/** The p-th percentile of values sorted in ascending order. */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

/** Runs `task` `warmup` times untimed, then `runs` times timed. */
export async function time(task: () => unknown, runs: number, warmup = Math.ceil(runs / 10)): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await task();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return {
    runs,
    meanMs: round(samples.reduce((a, b) => a + b, 0) / runs),
    p50Ms: round(percentile(samples, 50)),
    p95Ms: round(percentile(samples, 95)),
  };
}

/** CPU time of the whole process (all its threads) since `since`, in milliseconds. */
export function cpuMsSince(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}
