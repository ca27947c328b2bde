import { describe, expect, it } from 'vitest';
import { summarize } from '../src/aggregate.mjs';
import { median, pairedRatio, quantile, ratio } from '../src/stats.mjs';

describe('quantile / median', () => {
  it.each([
    [[5], 0.5, 5],
    [[1, 2, 3, 4], 0.5, 2.5],
    [[4, 1, 3, 2], 0, 1],
    [[4, 1, 3, 2], 1, 4],
    [[0, 10], 0.99, 9.9],
  ])('quantile(%j, %d) = %d', (values, q, expected) => {
    expect(quantile(values, q)).toBeCloseTo(expected, 10);
  });

  it('is NaN for no values, so a missing figure never reads as fast', () => {
    expect(median([])).toBeNaN();
  });

  it('does not reorder the caller array', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('ratio / pairedRatio', () => {
  it('is NaN when a side is missing or the baseline is zero', () => {
    expect(ratio(1, 0)).toBeNaN();
    expect(ratio(undefined, 2)).toBeNaN();
    expect(ratio(3, 2)).toBe(1.5);
  });

  it('takes the median of per-round ratios, not the ratio of medians', () => {
    // Round 2 ran on a slow machine: both sides halve, the paired ratio does not move.
    const rounds = [
      { a: 200, b: 100 },
      { a: 100, b: 50 },
      { a: 300, b: 100 },
    ];
    expect(pairedRatio(rounds, 'a', 'b')).toBe(2);
  });
});

describe('summarize', () => {
  const m = (reqPerSec: number) => ({ reqPerSec, p50Ms: 1000 / reqPerSec, p99Ms: 2, cpuUsPerCall: 100, peakRssMiB: 50 });
  const rounds = [
    { seq: { base: m(100), other: m(150) } },
    { seq: { base: m(200), other: m(300) } },
    { seq: { base: m(100), other: m(100) } },
  ];

  it('reports medians per contender and per-round ratios to each baseline', () => {
    const s = summarize(rounds, ['seq'], ['base', 'other', 'absent'], ['base']);
    expect(s.seq.other.reqPerSec).toBe(150);
    expect(s.seq.other.vs.base.reqPerSec).toBe(1.5);
    expect(s.seq.base.vs.base.reqPerSec).toBe(1);
    expect(s.seq.other.vs.base.peakRssMiB).toBe(1);
    expect(s.seq.absent).toBeUndefined();
  });
});
