// The emulator: a fetch handler `(Request) => Promise<Response>` with no Node-only code, so it runs in Node,
// Deno, Workers and Bun alike. It wraps the Hono app of app.ts (gateway checks, faults, signatures, the
// actions of the spec) and keeps what outlives a request: the log, the fault script, the nonces, and the
// image builder's state (state.ts) with its clock, handed to `onStateChange` after every change.
import type { RequestState } from './app-env.js';
import { createApp } from './app.js';
import { createClock } from './clock.js';
import type { ComponentData } from './data-components.js';
import type { ExecutionData } from './data-executions.js';
import type { PipelineData } from './data.js';
import { FaultInjector, type FaultController } from './faults.js';
import { appendBounded, type LogEntry } from './log.js';
import { NonceStore } from './nonces.js';
import { resolveOptions, type EmulatorOptions } from './options.js';
import { droppedResponse } from './respond.js';
import { BuilderState } from './state.js';
import { checkSnapshot, restoreSnapshot, snapshotOf, type EmulatorStateSnapshot } from './state-snapshot.js';

/**
 * A running emulator: call it with a `Request` (it is a fetch handler), inspect `.log`, script `.faults`.
 */
export interface Emulator {
  (request: Request): Promise<Response>;
  /** The request log, oldest first (a live, bounded array). */
  readonly log: readonly LogEntry[];
  /** Fault injection: scripted sequence, seeded rate, counts. */
  readonly faults: FaultController;
  /** Back to the start: empty log, the start options' faults, no remembered nonces. */
  reset(): void;
  /** Served regions. */
  readonly regions: readonly string[];
  /** Served pipelines by region, in the order pages list them. */
  readonly pipelines: Readonly<PipelineData>;
  /** Served build tasks by region, newest first; each belongs to a served pipeline. */
  readonly executions: Readonly<ExecutionData>;
  /** Served image components by region, newest first. */
  readonly components: Readonly<ComponentData>;
  /** The emulator's clock: the `now` option plus every advance (build tasks move on it). */
  now(): Date;
  /** Moves the clock forward by `ms` (build tasks advance; signature timestamps are still checked against `now`). */
  advanceClock(ms: number): Date;
  /** What users did since the start, as JSON: restore it with the `state` option. */
  snapshot(): EmulatorStateSnapshot;
}

/**
 * Creates an emulator of the spec's ECS actions. Bad options throw a `TypeError` naming the option.
 *
 * @example
 * ```ts
 * import { createClient } from '@org/ecs-pipelines-client';
 * import { createEmulator, DEFAULT_CREDENTIALS } from '@org/ecs-pipelines-contract';
 *
 * const emulator = createEmulator({ pipelines: 30 });
 * // No server: the client's `fetch` is the emulator itself (`Deno.serve(emulator)` would serve it).
 * const client = createClient({ regionId: 'cn-hangzhou', credentials: DEFAULT_CREDENTIALS, endpoint: 'http://emulator.test', fetch: (input, init) => emulator(new Request(input, init)) });
 * console.log((await client.describeImagePipelines({})).TotalCount);
 * ```
 */
export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const cfg = resolveOptions(options);
  const log: LogEntry[] = [];
  const faults = new FaultInjector({ rate: cfg.faultRate, script: cfg.faultScript });
  const nonces = new NonceStore({ max: cfg.maxNonces, windowMs: cfg.timestampWindowMs });
  const saved = cfg.state === undefined ? undefined : checkSnapshot(cfg.state, new Set(cfg.regions));
  const state = new BuilderState(cfg.data, cfg.builder, createClock(cfg.now, saved?.clockOffsetMs));
  if (saved) restoreSnapshot(state, saved);
  let savedVersion = state.version;
  let seq = 0;
  // Hands the state to `onStateChange` when it changed, before the answer goes out: a client that saw its
  // create succeed finds it again after a restart.
  const save = () => {
    if (state.version === savedVersion) return;
    savedVersion = state.version;
    if (!cfg.onStateChange) return;
    try {
      cfg.onStateChange(snapshotOf(state));
    } catch {
      // A saving callback must not turn an answer into a failure (the Node server reports its own write errors).
    }
  };
  const advanceClock = (ms: number) => {
    const t = state.clock.advance(ms);
    state.changed();
    save();
    return new Date(t);
  };
  const executions = () => {
    state.settle();
    return cfg.data.executions;
  };

  const reset = () => {
    log.length = 0;
    faults.clear();
    faults.resetStats();
    faults.setRate(cfg.faultRate);
    faults.queue(...cfg.faultScript);
    nonces.clear();
  };
  const total = (data: Record<string, readonly unknown[]>) => Object.values(data).reduce((n, l) => n + l.length, 0);
  const control = {
    log,
    faults,
    reset,
    clearLog: () => void (log.length = 0),
    regions: cfg.regions,
    counts: () => ({ pipelines: total(cfg.data.pipelines), executions: total(cfg.data.executions), components: total(cfg.data.components) }),
    clock: () => ({ now: new Date(state.clock.now()).toISOString(), nowMs: state.clock.now(), offsetMs: state.clock.offsetMs, buildStepMs: cfg.builder.buildStepMs, buildFailureRate: cfg.builder.buildFailureRate }),
    advanceClock,
  };
  const app = createApp({ cfg, faults, nonces, control, state, nextSeq: () => ++seq });

  const handler = async (request: Request): Promise<Response> => {
    const started = Date.now();
    const rstate: RequestState = {};
    let response = await app.fetch(request, rstate);
    save();
    const entry = rstate.entry;
    if (!entry) return response; // the control endpoint, a CORS preflight
    // Hono copies the Response a middleware returns; a dropped connection must be the marked one.
    if (rstate.fault === 'drop') response = droppedResponse();
    entry.status = rstate.fault === 'drop' ? 0 : response.status;
    for (const key of ['code', 'fault', 'algorithm', 'accessKeyId'] as const) if (rstate[key]) Object.assign(entry, { [key]: rstate[key] });
    entry.durationMs = Date.now() - started;
    appendBounded(log, entry, cfg.maxLogEntries);
    try {
      cfg.onRequest?.(entry);
    } catch {
      // A logging callback must not turn an answer into a failure.
    }
    return response;
  };

  const emulator = Object.assign(handler, {
    log,
    faults,
    reset,
    regions: cfg.regions,
    pipelines: cfg.data.pipelines,
    components: cfg.data.components,
    now: () => new Date(state.clock.now()),
    advanceClock,
    snapshot: () => snapshotOf(state),
  });
  // Build tasks are brought up to the clock whenever they are read.
  return withGetter(emulator, 'executions', executions);
}

// Object.defineProperty returns its target's type; the getter it adds is spelt out in the result's.
function withGetter<T extends object, K extends string, V>(target: T, key: K, get: () => V): T & { readonly [P in K]: V } {
  return Object.defineProperty(target, key, { get, enumerable: true }) as T & { readonly [P in K]: V };
}
