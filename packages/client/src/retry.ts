// Retry policy: how many attempts, and how long to wait between them. Pure, except `sleep`.
import { attemptSignal, TIMED_OUT } from './deadline.js';

/** How a call retries: attempts in total (the first included) and the exponential backoff's base and cap. */
export interface RetryOptions {
  /** Attempts in total, the first included; 1 turns retries off. Default 3. */
  maxAttempts?: number;
  /** The first backoff's upper bound; each retry doubles it. Default 100 ms. */
  baseDelayMs?: number;
  /** No wait is longer, including one asked for by `x-acs-retry-after`. Default 20 s. */
  maxDelayMs?: number;
}

/** A complete retry policy. */
export type RetryPolicy = Required<RetryOptions>;

/** Smithy's standard numbers: 3 attempts, 100 ms base, 20 s cap. */
export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 20_000 };

/**
 * The wait before retry number `retry` (1 for the wait after the first attempt). "Full jitter": uniform in
 * [0, min(cap, base · 2^(retry-1))], which spreads a thundering herd best (AWS Architecture Blog,
 * "Exponential Backoff and Jitter"). A server-sent `x-acs-retry-after` (milliseconds, as Alibaba's SDK reads
 * it) replaces the jittered wait, still within the cap.
 */
export function backoffDelay(retry: number, policy: RetryPolicy, retryAfterMs?: number, random: () => number = Math.random): number {
  const { baseDelayMs, maxDelayMs } = policy;
  return retryAfterMs! >= 0 && retryAfterMs! < Infinity
    ? Math.min(Math.ceil(retryAfterMs!), maxDelayMs)
    : Math.floor(random() * Math.min(maxDelayMs, baseDelayMs * 2 ** Math.min(retry - 1, 52)));
}

/** `x-acs-retry-after` as milliseconds, or undefined when absent or not a non-negative number. */
export function parseRetryAfter(value: string | null | undefined): number | undefined {
  return value != null && /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : undefined;
}

/**
 * Waits `ms`, or rejects with the signal's reason the moment it aborts. The timer and the listener are
 * removed either way, so nothing keeps a process alive after the call settles.
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    // An attempt's signal is exactly this: the caller's abort, or a timer that is cleared when done.
    const wait = attemptSignal(signal, ms);
    const settle = () => {
      wait.done();
      const { reason } = wait.signal;
      if (reason === TIMED_OUT) resolve();
      else reject(reason);
    };
    if (wait.signal.aborted) settle();
    else wait.signal.addEventListener('abort', settle);
  });
}
