// Emulator options, their defaults, and the checks that turn a bad option into a clear TypeError.
import { DEFAULT_REGIONS, generatePipelines, loadPipelineData, type PipelineData } from './data.js';
import type { LogEntry } from './log.js';
import { buildData, type EmulatorData } from './store.js';
import { FaultInjector, toFaultSpec, type FaultKind, type FaultRate, type FaultSpec } from './faults.js';
import type { BuilderSettings } from './state.js';
import type { EmulatorStateSnapshot } from './state-snapshot.js';

/** A credential the emulator accepts. */
export interface EmulatorCredential {
  accessKeyId: string;
  accessKeySecret: string;
  /** When set, requests with this key must carry exactly this STS token; when unset, any token is accepted. */
  securityToken?: string;
}

/**
 * The emulator's default credential, documented so a new user can try it at once. It only ever opens the
 * emulator; it is not an Alibaba Cloud key.
 */
export const DEFAULT_CREDENTIALS: Readonly<EmulatorCredential> = Object.freeze({
  accessKeyId: 'LTAI5tEmulatorDemoKey',
  accessKeySecret: 'emulator-demo-secret-0000',
});

/** Options of `createEmulator`. Every field is optional. */
export interface EmulatorOptions {
  /** Accepted credentials (default: {@link DEFAULT_CREDENTIALS}). */
  credentials?: readonly EmulatorCredential[];
  /** Served regions (default: cn-hangzhou, cn-shanghai, cn-beijing, …, ap-southeast-1, us-west-1, …). */
  regions?: readonly string[];
  /** Generated pipelines per region (default 20); ignored with `data`. */
  pipelines?: number;
  /** Generated build tasks per pipeline (default 3; the newest may still be running). */
  executions?: number;
  /** Generated image components per region, Alibaba Cloud's and your own (default 15). */
  components?: number;
  /** Seed of the generated data (default `'ecs-pipelines'`). */
  seed?: number | string;
  /** Explicit pipelines by region, instead of generated ones; their regions are served too (build tasks and components are still generated). */
  data?: Record<string, readonly unknown[]>;
  /** Probability (0–1) that an API request gets a fault (default 0). */
  faultRate?: number;
  /** Seed of the fault draw (default 1). */
  faultSeed?: number | string;
  /** Kinds the rate draws from (default all). */
  faultKinds?: readonly FaultKind[];
  /** A scripted sequence: the first API requests get these faults, in order (`'none'` lets one through). */
  faults?: ReadonlyArray<FaultKind | 'none' | FaultSpec>;
  /** Delay added to every API answer, in ms (default 0). */
  latencyMs?: number;
  /** Delay of a `latency` fault, in ms (default 2000). */
  slowMs?: number;
  /** `x-acs-retry-after` of a `throttling` fault, in ms (default 200). */
  retryAfterMs?: number;
  /** Send CORS headers, and answer preflight requests (default false). */
  cors?: boolean;
  /** The clock, for timestamp checks and the log (default `Date.now`). */
  now?: () => number | Date;
  /** Largest accepted body, in bytes (default 128 KiB); larger requests are refused before reading. */
  maxBodyBytes?: number;
  /** Largest accepted URL, in bytes (default 64 KiB). */
  maxUrlBytes?: number;
  /** How many signature nonces are remembered for replay checks (default 100,000). */
  maxNonces?: number;
  /** How many log entries are kept (default 10,000). */
  maxLogEntries?: number;
  /** Check signatures, timestamps, nonces and tokens (default true). */
  verifySignatures?: boolean;
  /** Serve the control endpoint under `/__emulator/` (default true). */
  control?: boolean;
  /** Called with each log entry as a request is answered (the command prints them to stderr). */
  onRequest?: (entry: LogEntry) => void;
  /** Templates and your own components allowed per region (default 1,000 each); more get `QuotaExceed.*`. */
  quotas?: { pipelines?: number; components?: number };
  /** How long each state of a build task lasts on the emulator's clock, in ms (default 2000). */
  buildStepMs?: number;
  /** The share of builds (0–1, default 0) that fail (FAILED, TEST_FAILED, or PARTITION_SUCCESS when distributing), drawn deterministically from `seed`. */
  buildFailureRate?: number;
  /** A saved state to start from (`emulator.snapshot()`; the Node server reads it from `stateFile`). */
  state?: unknown;
  /** Called with the whole saved state after every change (a create, delete, start, cancel, clock advance). */
  onStateChange?: (snapshot: EmulatorStateSnapshot) => void;
}

/** The options after defaults and checks. */
export interface ResolvedOptions {
  credentials: Map<string, EmulatorCredential>;
  regions: string[];
  data: EmulatorData;
  /** Identifies the data set, so a NextToken from another data set is refused. */
  dataSalt: string;
  /** The rate-based fault settings at start (and after `reset()`). */
  faultRate: FaultRate;
  /** The scripted faults at start (and after `reset()`). */
  faultScript: FaultSpec[];
  latencyMs: number;
  slowMs: number;
  retryAfterMs: number;
  cors: boolean;
  now: () => number;
  maxBodyBytes: number;
  maxUrlBytes: number;
  maxNonces: number;
  maxLogEntries: number;
  verifySignatures: boolean;
  control: boolean;
  onRequest?: (entry: LogEntry) => void;
  /** The acceptance window of timestamps: 15 minutes, as the service states in `InvalidTimeStamp.Expired`. */
  timestampWindowMs: number;
  builder: BuilderSettings;
  /** The saved state to start from, not yet checked (state-snapshot.ts checks it against the regions). */
  state?: unknown;
  onStateChange?: (snapshot: EmulatorStateSnapshot) => void;
}

const REGION = /^[a-z][a-z0-9]*(-[a-z0-9]+)+$/;

function count(name: string, value: number | undefined, fallback: number, min = 0): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throw new TypeError(`emulator option ${name} must be an integer ≥ ${min}, got ${String(value)}`);
  }
  return value;
}

/** Applies defaults and checks every option; throws a `TypeError` naming the option and what it accepts. */
export function resolveOptions(options: EmulatorOptions): ResolvedOptions {
  const creds = options.credentials ?? [DEFAULT_CREDENTIALS];
  if (!Array.isArray(creds) || creds.length === 0) throw new TypeError('emulator option credentials must be a non-empty array');
  const credentials = new Map<string, EmulatorCredential>();
  for (const c of creds) {
    if (!c || typeof c.accessKeyId !== 'string' || !c.accessKeyId || typeof c.accessKeySecret !== 'string' || !c.accessKeySecret) {
      throw new TypeError('each emulator credential needs a non-empty accessKeyId and accessKeySecret');
    }
    if (c.securityToken !== undefined && (typeof c.securityToken !== 'string' || !c.securityToken)) {
      throw new TypeError(`emulator credential ${c.accessKeyId}: securityToken must be a non-empty string when set`);
    }
    credentials.set(c.accessKeyId, { ...c });
  }
  const data = options.data ? loadPipelineData(options.data) : undefined;
  const regions = [...new Set([...(options.regions ?? (data ? [] : DEFAULT_REGIONS)), ...Object.keys(data ?? {})])];
  for (const r of regions) if (!REGION.test(r)) throw new TypeError(`emulator region ${JSON.stringify(r)} is not a region ID like cn-hangzhou`);
  if (regions.length === 0) throw new TypeError('emulator option regions must not be empty');
  const perRegion = count('pipelines', options.pipelines, 20);
  const seed = options.seed ?? 'ecs-pipelines';
  const served: PipelineData = data ?? generatePipelines({ regions, perRegion, seed });
  for (const r of regions) served[r] ??= [];
  const executionsPerPipeline = count('executions', options.executions, 3);
  const componentsPerRegion = count('components', options.components, 15);

  const faultScript = (options.faults ?? []).map(toFaultSpec);
  const faultRate: FaultRate = { rate: options.faultRate ?? 0, seed: options.faultSeed ?? 1, ...(options.faultKinds ? { kinds: options.faultKinds } : {}) };
  new FaultInjector({ rate: faultRate }); // checks the rate options now, so a bad one fails at creation

  const quotas = options.quotas ?? {};
  if (typeof quotas !== 'object' || quotas === null) throw new TypeError('emulator option quotas must be an object { pipelines, components }');
  const failureRate = options.buildFailureRate ?? 0;
  if (typeof failureRate !== 'number' || !(failureRate >= 0 && failureRate <= 1)) throw new TypeError(`emulator option buildFailureRate must be a number from 0 to 1, got ${String(failureRate)}`);
  const builder: BuilderSettings = {
    quotas: { pipelines: count('quotas.pipelines', quotas.pipelines, 1000), components: count('quotas.components', quotas.components, 1000) },
    buildStepMs: count('buildStepMs', options.buildStepMs, 2000, 1),
    buildFailureRate: failureRate,
    seed,
  };
  const now = options.now;
  return {
    credentials,
    regions,
    data: buildData(served, regions, { executionsPerPipeline, componentsPerRegion, seed }),
    dataSalt: `${data ? `data:${JSON.stringify(Object.keys(served))}:${Object.values(served).reduce((n, l) => n + l.length, 0)}` : `gen:${perRegion}`}:${String(seed)}:${executionsPerPipeline}:${componentsPerRegion}`,
    faultRate,
    faultScript,
    latencyMs: count('latencyMs', options.latencyMs, 0),
    slowMs: count('slowMs', options.slowMs, 2000),
    retryAfterMs: count('retryAfterMs', options.retryAfterMs, 200),
    cors: options.cors ?? false,
    now: now ? () => { const t = now(); return typeof t === 'number' ? t : t.getTime(); } : () => Date.now(),
    maxBodyBytes: count('maxBodyBytes', options.maxBodyBytes, 128 * 1024, 1),
    maxUrlBytes: count('maxUrlBytes', options.maxUrlBytes, 64 * 1024, 64),
    maxNonces: count('maxNonces', options.maxNonces, 100_000, 1),
    maxLogEntries: count('maxLogEntries', options.maxLogEntries, 10_000, 0),
    verifySignatures: options.verifySignatures ?? true,
    control: options.control ?? true,
    ...(options.onRequest ? { onRequest: options.onRequest } : {}),
    timestampWindowMs: 15 * 60 * 1000,
    builder,
    ...(options.state !== undefined ? { state: options.state } : {}),
    ...(options.onStateChange ? { onStateChange: options.onStateChange } : {}),
  };
}
