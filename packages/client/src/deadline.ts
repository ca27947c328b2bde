// One attempt's abort signal: the caller's signal and the attempt's own timeout, combined by hand so that
// both the timer and the listener go away when the attempt settles (AbortSignal.any keeps the caller's
// listener alive on some runtimes, AbortSignal.timeout cannot be cleared).

/** The reason an attempt's signal carries when its own timeout fired. */
export class AttemptTimeout {
  constructor(readonly timeoutMs: number) {}
}

/** An attempt's combined signal; call `done()` when the attempt settles. */
export interface AttemptSignal {
  readonly signal: AbortSignal;
  done(): void;
}

/** Aborts with the caller's reason when `parent` aborts, or with an `AttemptTimeout` after `timeoutMs`. */
export function attemptSignal(parent: AbortSignal | undefined, timeoutMs: number): AttemptSignal {
  const controller = new AbortController();
  const onAbort = () => controller.abort(parent?.reason);
  const timer = setTimeout(() => controller.abort(new AttemptTimeout(timeoutMs)), timeoutMs);
  if (parent?.aborted) onAbort();
  parent?.addEventListener('abort', onAbort, { once: true });
  return {
    signal: controller.signal,
    done() {
      clearTimeout(timer);
      parent?.removeEventListener('abort', onAbort);
    },
  };
}

/**
 * Settles with `promise`, or rejects with the signal's reason as soon as it aborts: for work that cannot be
 * cancelled itself (a credentials provider), so the caller is not kept waiting for it.
 */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
