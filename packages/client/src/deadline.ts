// One attempt's abort signal: the caller's signal and the attempt's own timeout, combined by hand so that
// both the timer and the listener go away when the attempt settles (AbortSignal.any keeps the caller's
// listener alive on some runtimes, AbortSignal.timeout cannot be cleared).

/** The reason an attempt's signal carries when its own timeout fired (the same object every time). */
export const TIMED_OUT = { reason: 'the attempt timed out' };

/** A listener as EventTarget takes them: a function, or an object with `handleEvent`. */
export type AbortListener = ((event: object) => void) | { handleEvent(event: object): void };

/**
 * The part of an AbortSignal that attempts and transports use: every AbortSignal is one, and so is the Node
 * entry's lighter attempt signal (src/node/attempt-signal.ts), which also has `abortSignal()` for fetch.
 */
export interface AbortLike {
  readonly aborted: boolean;
  readonly reason: unknown;
  addEventListener(type: 'abort', listener: AbortListener, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: AbortListener): void;
  abortSignal?(): AbortSignal;
}

/** An attempt's combined signal; call `done()` when the attempt settles. */
export interface AttemptSignal {
  readonly signal: AbortLike;
  done(): void;
}

type MakeAttemptSignal = (parent: AbortSignal | undefined, timeoutMs: number) => AttemptSignal;

/** Aborts with the caller's reason when `parent` aborts, or with {@link TIMED_OUT} after `timeoutMs`. */
export const attemptSignal: MakeAttemptSignal = (parent, timeoutMs) => make(parent, timeoutMs);

/** The Node entry makes attempt signals without an AbortController (an EventTarget costs µs per attempt there). */
export const setAttemptSignals = (f: MakeAttemptSignal): void => {
  make = f;
};

/** `signal` as an AbortSignal, what fetch takes. */
export const toAbortSignal = (signal: AbortLike): AbortSignal => signal.abortSignal?.() ?? (signal as AbortSignal);

let make: MakeAttemptSignal = (parent, timeoutMs) => {
  const controller = new AbortController();
  const onAbort = () => controller.abort(parent?.reason);
  const timer = setTimeout(() => controller.abort(TIMED_OUT), timeoutMs);
  if (parent?.aborted) onAbort();
  parent?.addEventListener('abort', onAbort, { once: true });
  return {
    signal: controller.signal,
    done() {
      clearTimeout(timer);
      parent?.removeEventListener('abort', onAbort);
    },
  };
};

/**
 * A promise that rejects with the signal's reason when it aborts: raced against work that cannot be
 * cancelled itself (a credentials provider), so the caller is not kept waiting for it. It stays pending
 * otherwise; the signal is an attempt's own, so its listener goes with it.
 */
export const aborted = (signal: AbortLike): Promise<never> =>
  new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
