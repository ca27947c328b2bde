import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { drive } from '../src/drive.mjs';

const tick = () => new Promise((r) => setImmediate(r));

describe('drive', () => {
  it('keeps exactly `concurrency` calls in flight and stops at `count`', async () => {
    let inFlight = 0;
    let peak = 0;
    const call = async () => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await tick();
      inFlight -= 1;
    };
    const latencies = await drive(call, { concurrency: 16, count: 100 });
    expect(latencies).toHaveLength(100);
    expect(peak).toBe(16);
    expect(latencies.every((l) => l >= 0)).toBe(true);
  });

  it('stops starting calls once the deadline passes', async () => {
    const latencies = await drive(tick, { concurrency: 1, until: performance.now() + 20 });
    expect(latencies.length).toBeGreaterThan(0);
  });

  it('rejects when a call fails: an erroring contender has no throughput', async () => {
    await expect(drive(async () => Promise.reject(new Error('boom')), { concurrency: 2, count: 5 })).rejects.toThrow('boom');
  });
});
