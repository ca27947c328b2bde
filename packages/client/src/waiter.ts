// Waiters, as Smithy models declare them: poll a paged read action until the first item's state is one the
// spec's `x-acs-waiters` calls final, with capped, jittered backoff. The states come from the spec; nothing
// here names an action or a state.
import { type Action, allowed, checkSchema, EcsValidationError, EcsWaiterError, type RequestOf, type SchemaNode } from '@org/ecs-pipelines-core';
import { abortError } from './attempts.js';
import { refuse } from './check-options.js';
import type { BareClient, Input, Item, Operation } from './operation.js';
import { sleep } from './retry.js';

/** What `onPoll` sees after each poll. */
export interface WaiterPollEvent {
  /** 1 for the first poll. */
  poll: number;
  /** The state read (`BUILDING`), or undefined when the item is not visible yet. */
  status?: string | undefined;
  item?: unknown;
  elapsedMs: number;
}

/** Options of a waiter. */
export interface WaiterOptions {
  /** How long to wait in all before rejecting with `reason: 'timeout'` (default 30 minutes). */
  maxWaitMs?: number;
  /** The shortest pause between polls (default 2 s). */
  minDelayMs?: number;
  /** The longest pause between polls (default 30 s); pauses grow from `minDelayMs` with jitter. */
  maxDelayMs?: number;
  /** Aborting rejects at once with `EcsAbortError`. */
  signal?: AbortSignal;
  /** Called after every poll (for a progress line); an exception it throws is ignored. */
  onPoll?: (event: WaiterPollEvent) => void;
}

/** A standalone waiter: resolves with the item once it reaches a success state. */
export type Waiter<A extends Action> = (client: BareClient, input: Input<RequestOf<A>>, options?: WaiterOptions) => Promise<Item<A>>;

const ms: SchemaNode = { type: 'integer', minimum: 0, maximum: 2 ** 31 - 1 };
const OPTIONS: SchemaNode = {
  type: 'object',
  additionalProperties: false,
  properties: {
    maxWaitMs: ms,
    minDelayMs: ms,
    maxDelayMs: ms,
    signal: { type: 'object', title: 'an AbortSignal' },
    onPoll: { type: 'function' },
  },
};

/** The waiter `name` of the paged read action `op`. */
export function waiter<A extends Action>(op: Operation<A>, name: string): Waiter<A> {
  const spec = op.waiters![name]!;
  const [wrapper, list] = op.pagination!.items;
  return async (client, input, options = {}) => {
    refuse(checkSchema(OPTIONS, options, '', 'options'));
    const given = input as Record<string, unknown>;
    const missing = spec.input.filter((k) => given?.[k] == null);
    if (missing.length) throw new EcsValidationError(missing.map((k) => ({ parameter: k, problem: 'is required to wait', allowed: allowed(op.request.properties![k]!) })));
    const { maxWaitMs = 30 * 60_000, minDelayMs = 2_000, signal, onPoll } = options;
    const maxDelayMs = Math.max(minDelayMs, options.maxDelayMs ?? 30_000);
    const started = Date.now();
    for (let poll = 1; ; poll++) {
      if (signal?.aborted) throw abortError(signal.reason);
      const page = (await client.send(op, input, { signal })) as Record<string, Record<string, Item<A>[]>>;
      const item = page[wrapper]?.[list]?.[0];
      const status = (item as Record<string, unknown> | undefined)?.[spec.item] as string | undefined;
      const elapsedMs = Date.now() - started;
      try {
        onPoll?.({ poll, status, item, elapsedMs });
      } catch {
        // A progress callback must not end the wait.
      }
      if (status !== undefined && spec.success.includes(status)) return item!;
      if (status !== undefined && spec.failure.includes(status)) {
        throw new EcsWaiterError(`${name}: the wait ended in ${status}`, { reason: 'failure', status, item, polls: poll });
      }
      // Full jitter between the floor and an exponentially growing cap, never past the deadline.
      const cap = Math.min(maxDelayMs, minDelayMs * 2 ** Math.min(poll - 1, 30));
      const delay = minDelayMs + Math.floor(Math.random() * (cap - minDelayMs + 1));
      const left = maxWaitMs - (Date.now() - started);
      if (left <= 0 || delay > left) {
        throw new EcsWaiterError(`${name}: not done within ${maxWaitMs} ms (last state ${status ?? 'unknown'})`, { reason: 'timeout', status, item, polls: poll });
      }
      try {
        await sleep(delay, signal);
      } catch (reason) {
        throw abortError(reason);
      }
    }
  };
}
