// CPU time the hypervisor gave to other guests while a run wanted it ("steal" in /proc/stat). On a
// shared virtual machine it was seen at 15–37 % of all CPU time during batch runs (1 % when idle): a run
// then gets less than its cores, and the more cores it wants, the more it loses. Linux only; elsewhere
// the figure is missing.
import { readFileSync } from 'node:fs';

/** The machine's CPU time counters (all cores, in clock ticks) at one moment. */
export interface CpuCounters {
  steal: number;
  total: number;
}

/** The counters of the `cpu` line of /proc/stat, or undefined where there is none. */
export function cpuCounters(): CpuCounters | undefined {
  try {
    return parseCpuLine(readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!);
  } catch {
    return undefined;
  }
}

/** `cpu  user nice system idle iowait irq softirq steal guest guest_nice` (guest time is in user already). */
export function parseCpuLine(line: string): CpuCounters | undefined {
  const [name, ...fields] = line.trim().split(/\s+/);
  const ticks = fields.slice(0, 8).map(Number);
  if (name !== 'cpu' || ticks.length < 8 || ticks.some((tick) => !Number.isFinite(tick))) return undefined;
  return { steal: ticks[7]!, total: ticks.reduce((sum, tick) => sum + tick, 0) };
}

/** Steal as a percentage of all CPU time between two readings (one decimal), or undefined. */
export function stealPercent(before: CpuCounters | undefined, after: CpuCounters | undefined): number | undefined {
  if (!before || !after || after.total <= before.total) return undefined;
  return Math.round(((after.steal - before.steal) / (after.total - before.total)) * 1000) / 10;
}

/** Runs `task` and tells the steal during it. */
export async function withSteal<T>(task: () => T | Promise<T>): Promise<{ value: T; stealPercent: number | undefined }> {
  const before = cpuCounters();
  const value = await task();
  return { value, stealPercent: stealPercent(before, cpuCounters()) };
}
