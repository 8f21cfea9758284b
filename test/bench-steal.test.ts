import { describe, expect, it } from 'vitest';
import { parseCpuLine, stealPercent } from '../src/bench/steal.js';

describe('benchmark: CPU time stolen by the hypervisor', () => {
  it('reads the counters of /proc/stat and gives the steal between two readings', () => {
    const before = parseCpuLine('cpu  284687 0 33191 535782 1253 0 828 47233 0 0');
    const after = parseCpuLine('cpu  286818 0 33339 536529 1271 0 831 48328 0 0');
    expect(before).toEqual({ steal: 47233, total: 902974 });
    // 1,095 of 4,142 ticks went to other guests
    expect(stealPercent(before, after)).toBe(26.4);
  });

  it('has no figure where the line is not there or not understood', () => {
    expect(parseCpuLine('cpu0 1 2 3 4 5 6 7 8')).toBeUndefined();
    expect(parseCpuLine('cpu  1 2 3')).toBeUndefined();
    expect(stealPercent(undefined, parseCpuLine('cpu  1 2 3 4 5 6 7 8'))).toBeUndefined();
  });
});
