// The emulator: a fetch handler `(Request) => Promise<Response>` with no Node-only code, so it runs in Node,
// Deno, Workers and Bun alike. It wraps the Hono app of app.ts (gateway checks, faults, signatures, the
// actions of the spec) and keeps what outlives a request: the log, the fault script, the nonces.
import type { RequestState } from './app-env.js';
import { createApp } from './app.js';
import type { ComponentData } from './data-components.js';
import type { ExecutionData } from './data-executions.js';
import type { PipelineData } from './data.js';
import { FaultInjector, type FaultController } from './faults.js';
import { appendBounded, type LogEntry } from './log.js';
import { NonceStore } from './nonces.js';
import { resolveOptions, type EmulatorOptions } from './options.js';
import { droppedResponse } from './respond.js';

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
}

/** Creates an emulator of the spec's ECS actions. Bad options throw a `TypeError` naming the option. */
export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const cfg = resolveOptions(options);
  const log: LogEntry[] = [];
  const faults = new FaultInjector({ rate: cfg.faultRate, script: cfg.faultScript });
  const nonces = new NonceStore({ max: cfg.maxNonces, windowMs: cfg.timestampWindowMs });
  let seq = 0;

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
  };
  const app = createApp({ cfg, faults, nonces, control, nextSeq: () => ++seq });

  const handler = async (request: Request): Promise<Response> => {
    const started = Date.now();
    const state: RequestState = {};
    let response = await app.fetch(request, state);
    const entry = state.entry;
    if (!entry) return response; // the control endpoint, a CORS preflight
    // Hono copies the Response a middleware returns; a dropped connection must be the marked one.
    if (state.fault === 'drop') response = droppedResponse();
    entry.status = state.fault === 'drop' ? 0 : response.status;
    for (const key of ['code', 'fault', 'algorithm', 'accessKeyId'] as const) if (state[key]) Object.assign(entry, { [key]: state[key] });
    entry.durationMs = Date.now() - started;
    appendBounded(log, entry, cfg.maxLogEntries);
    try {
      cfg.onRequest?.(entry);
    } catch {
      // A logging callback must not turn an answer into a failure.
    }
    return response;
  };

  return Object.assign(handler, { log, faults, reset, regions: cfg.regions, pipelines: cfg.data.pipelines, executions: cfg.data.executions, components: cfg.data.components });
}
