// Fault injection for testing clients: a seeded rate and/or a scripted sequence, consumed one per API request.
import { pick, seededRandom, type Random } from './random.js';

/** The faults the emulator can inject. */
export const FAULT_KINDS = [
  'throttling',
  'internal-error',
  'service-unavailable',
  'latency',
  'drop',
  'html-502',
  'truncated-json',
] as const;

/**
 * One kind of fault:
 * - `throttling`: 400 `Throttling.User` with `x-acs-retry-after` (ms);
 * - `internal-error`: 500 `InternalError`; `service-unavailable`: 503 `ServiceUnavailable`;
 * - `latency`: the normal answer, after a delay (`ms`, default the emulator's `slowMs`);
 * - `drop`: the connection is cut before any byte of the response (see `isDroppedResponse`);
 * - `html-502`: a 502 HTML page, as a load balancer in front of the service sends;
 * - `truncated-json`: the normal answer, with its JSON body cut in half.
 */
export type FaultKind = (typeof FAULT_KINDS)[number];

/** A fault with its parameters; `none` lets one request through in a scripted sequence. */
export interface FaultSpec {
  kind: FaultKind | 'none';
  /** `latency`: the delay; `throttling`: the `x-acs-retry-after` value. */
  ms?: number;
}

/** What the emulator counts about faults. */
export interface FaultStats {
  /** Requests that got a fault, by kind. */
  injected: Partial<Record<FaultKind, number>>;
  /** All injected faults. */
  total: number;
}

/** Rate-based injection settings. */
export interface FaultRate {
  /** Probability in [0, 1] that an API request gets a fault. */
  rate: number;
  /** Seed of the draw: the same seed and the same request sequence give the same faults. */
  seed?: number | string;
  /** Kinds to draw from (default all). */
  kinds?: readonly FaultKind[];
}

/** The live fault settings of an emulator (`emulator.faults`). */
export interface FaultController {
  /** Appends faults that the next API requests get, one each, before any rate-based draw. */
  queue(...faults: Array<FaultKind | 'none' | FaultSpec>): void;
  /** Sets the rate-based injection (rate 0 turns it off). */
  setRate(settings: FaultRate): void;
  /** Drops the scripted faults and turns the rate off. */
  clear(): void;
  /** Scripted faults not yet used. */
  readonly pending: readonly FaultSpec[];
  /** The current rate settings. */
  readonly rate: Readonly<Required<FaultRate>>;
  /** What was injected so far. */
  readonly stats: FaultStats;
}

/** Parses `"throttling"` or `{ kind, ms }`, refusing unknown kinds with a message that lists the allowed ones. */
export function toFaultSpec(f: unknown): FaultSpec {
  const spec = typeof f === 'string' ? { kind: f } : f;
  if (typeof spec !== 'object' || spec === null) throw new TypeError(`a fault must be a kind or { kind, ms }; allowed kinds: ${[...FAULT_KINDS, 'none'].join(', ')}`);
  const { kind, ms } = spec as { kind?: unknown; ms?: unknown };
  if (typeof kind !== 'string' || !(FAULT_KINDS as readonly string[]).concat('none').includes(kind)) {
    throw new TypeError(`unknown fault kind ${JSON.stringify(kind)}; allowed: ${[...FAULT_KINDS, 'none'].join(', ')}`);
  }
  if (ms !== undefined && (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0)) throw new TypeError('fault ms must be a number ≥ 0');
  return ms === undefined ? { kind: kind as FaultSpec['kind'] } : { kind: kind as FaultSpec['kind'], ms };
}

function checkRate(settings: FaultRate): Required<FaultRate> {
  const { rate } = settings;
  if (typeof rate !== 'number' || !(rate >= 0 && rate <= 1)) throw new TypeError(`fault rate must be a number from 0 to 1, got ${String(rate)}`);
  const kinds = settings.kinds ?? FAULT_KINDS;
  if (kinds.length === 0) throw new TypeError(`fault kinds must not be empty; allowed: ${FAULT_KINDS.join(', ')}`);
  for (const k of kinds) toFaultSpec(k);
  return { rate, seed: settings.seed ?? 1, kinds: [...kinds] };
}

/** The injector behind {@link FaultController}; `next()` decides the fault of one request. */
export class FaultInjector implements FaultController {
  #script: FaultSpec[] = [];
  #rate: Required<FaultRate> = { rate: 0, seed: 1, kinds: [...FAULT_KINDS] };
  #random: Random = seededRandom(1);
  #stats: FaultStats = { injected: {}, total: 0 };

  constructor(options: { rate?: FaultRate; script?: ReadonlyArray<FaultKind | 'none' | FaultSpec> } = {}) {
    if (options.rate) this.setRate(options.rate);
    if (options.script) this.queue(...options.script);
  }

  queue(...faults: Array<FaultKind | 'none' | FaultSpec>): void {
    this.#script.push(...faults.map(toFaultSpec));
  }

  setRate(settings: FaultRate): void {
    this.#rate = checkRate(settings);
    this.#random = seededRandom(this.#rate.seed);
  }

  clear(): void {
    this.#script = [];
    this.setRate({ rate: 0 });
  }

  /** Forgets the counts too (emulator reset). */
  resetStats(): void {
    this.#stats = { injected: {}, total: 0 };
  }

  get pending(): readonly FaultSpec[] {
    return [...this.#script];
  }

  get rate(): Readonly<Required<FaultRate>> {
    return { ...this.#rate, kinds: [...this.#rate.kinds] };
  }

  get stats(): FaultStats {
    return { injected: { ...this.#stats.injected }, total: this.#stats.total };
  }

  /** The fault for the next API request, or undefined. Scripted faults come first, then the seeded draw. */
  next(): FaultSpec | undefined {
    let fault = this.#script.shift();
    if (!fault && this.#rate.rate > 0) {
      // Two draws per request whatever the outcome, so the sequence depends only on the seed and request count.
      const hit = this.#random() < this.#rate.rate;
      const kind = pick(this.#random, this.#rate.kinds);
      if (hit) fault = { kind };
    }
    if (!fault || fault.kind === 'none') return undefined;
    this.#stats.injected[fault.kind] = (this.#stats.injected[fault.kind] ?? 0) + 1;
    this.#stats.total++;
    return fault;
  }
}
