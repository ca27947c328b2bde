import { describe, expect, test } from 'vitest';
import { backoffDelay, DEFAULT_RETRY, parseRetryAfter, sleep } from '../src/retry.js';

const policy = { maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 1_000 };

describe('backoffDelay', () => {
  test.each([
    [1, 0.999, 99],
    [2, 0.999, 199],
    [3, 0.5, 200],
    [4, 0.999, 799],
    [5, 0.999, 999], // capped: 1600 → 1000
    [60, 0.999, 999], // no overflow for a large retry number
    [1, 0, 0],
  ])('retry %i with random %f waits %i ms (full jitter, capped)', (retry, r, expected) => {
    expect(backoffDelay(retry, policy, undefined, () => r)).toBe(expected);
  });

  test('x-acs-retry-after replaces the jittered wait, within the cap', () => {
    expect(backoffDelay(1, policy, 250, () => 0)).toBe(250);
    expect(backoffDelay(1, policy, 60_000, () => 0)).toBe(1_000);
    expect(backoffDelay(1, policy, 0, () => 0.9)).toBe(0);
  });

  test('spreads waits over the whole window', () => {
    const waits = Array.from({ length: 2_000 }, () => backoffDelay(3, DEFAULT_RETRY));
    expect(Math.min(...waits)).toBeLessThan(40);
    expect(Math.max(...waits)).toBeGreaterThan(360);
    expect(Math.max(...waits)).toBeLessThan(400);
  });
});

test.each([
  ['1500', 1500],
  [' 20 ', 20],
  ['2.5', 2.5],
  ['', undefined],
  ['-1', undefined],
  ['soon', undefined],
  [null, undefined],
])('parseRetryAfter(%j) = %j', (header, expected) => {
  expect(parseRetryAfter(header)).toBe(expected);
});

describe('sleep', () => {
  test('an abort ends the wait at once with the reason', async () => {
    const controller = new AbortController();
    const started = performance.now();
    const waiting = sleep(10_000, controller.signal);
    setTimeout(() => controller.abort(new Error('stop')), 5);
    await expect(waiting).rejects.toThrow('stop');
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  test('an already aborted signal rejects without waiting', async () => {
    await expect(sleep(10_000, AbortSignal.abort('gone'))).rejects.toBe('gone');
  });

  test('resolves after the delay without a signal', async () => {
    await expect(sleep(1)).resolves.toBeUndefined();
  });
});
