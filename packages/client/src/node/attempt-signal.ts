// The Node entry's attempt signal: what deadline.ts makes elsewhere (the caller's abort or the attempt's
// timeout, both let go when the attempt settles), without an AbortController. In Node an AbortController and
// each listener on its EventTarget cost several µs per attempt, about 5 % of a call's CPU on the Node
// transports, which need only `aborted`, `reason` and a listener. `abortSignal()` makes a real one for fetch.
import { type AbortLike, type AbortListener, type AttemptSignal, TIMED_OUT } from '../deadline.js';

const EVENT = { type: 'abort' } as const;

/** Listeners are called once, in the order added; an attempt has one or two. */
class NodeAttempt implements AttemptSignal, AbortLike {
  aborted = false;
  reason: unknown = undefined;
  private listeners: AbortListener[] = [];
  private controller: AbortController | undefined = undefined;
  private readonly timer: ReturnType<typeof setTimeout>;

  constructor(
    private readonly parent: AbortSignal | undefined,
    timeoutMs: number,
  ) {
    this.timer = setTimeout(timedOut, timeoutMs, this);
    if (parent?.aborted) this.abort(parent.reason);
    else parent?.addEventListener('abort', this, { once: true });
  }

  get signal(): AbortLike {
    return this;
  }

  /** The caller's signal aborted. */
  handleEvent(): void {
    this.abort(this.parent?.reason);
  }

  abort(reason: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    this.controller?.abort(reason);
    const { listeners } = this;
    this.listeners = [];
    for (const l of listeners) typeof l === 'function' ? l(EVENT) : l.handleEvent(EVENT);
  }

  addEventListener(_type: 'abort', listener: AbortListener): void {
    if (!this.aborted) this.listeners.push(listener);
  }

  removeEventListener(_type: 'abort', listener: AbortListener): void {
    const i = this.listeners.indexOf(listener);
    if (i >= 0) this.listeners.splice(i, 1);
  }

  /** A real AbortSignal that follows this one (fetch takes no other), made once. */
  abortSignal(): AbortSignal {
    if (!this.controller) {
      this.controller = new AbortController();
      if (this.aborted) this.controller.abort(this.reason);
    }
    return this.controller.signal;
  }

  done(): void {
    clearTimeout(this.timer);
    this.parent?.removeEventListener('abort', this);
  }
}

const timedOut = (a: NodeAttempt) => a.abort(TIMED_OUT);

/** Aborts with the caller's reason when `parent` aborts, or with {@link TIMED_OUT} after `timeoutMs`. */
export const nodeAttemptSignal = (parent: AbortSignal | undefined, timeoutMs: number): AttemptSignal => new NodeAttempt(parent, timeoutMs);
