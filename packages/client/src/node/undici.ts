/// <reference types="node" />
// The Node transport on undici: one `Pool` per origin, driven through `dispatch` with a handler that collects
// the body as it arrives. On this workload that costs about two thirds of the CPU of node:http per call
// (bench/README.md); undici's `request()` would add a Readable stream per answer and `fetch` three times the CPU.
//
// undici is imported when the first request needs it, and only its Pool (lib/dispatcher/pool.js, ~55 ms here)
// rather than its index (~130 ms: fetch, WebSocket, cookies, caches, mocks). The package has no `exports` map,
// so the file is public to Node and bundlers; the version is pinned exactly in package.json, and
// test/node-transport.test.ts fails if the file moves.
import type { AbortLike } from '../deadline.js';
import type { TransportRequest, TransportResponse } from '../transport.js';
import { splitUrl } from './url.js';

/** undici's handler protocol as its core calls it (7.x; newer-style handlers are wrapped into this). */
interface DispatchHandler {
  onConnect(abort: (reason: Error) => void): void;
  onHeaders(status: number, rawHeaders: Buffer[], resume: () => void, statusText: string): boolean;
  onData(chunk: Buffer): boolean;
  onComplete(trailers: Buffer[] | null): void;
  onError(error: Error): void;
}

interface DispatchOptions {
  path: string;
  method: string;
  headers: Record<string, string>;
}

/** The part of an undici `Pool` used here. */
export interface UndiciPool {
  dispatch(options: DispatchOptions, handler: DispatchHandler): boolean;
  close(): Promise<void>;
}

export type PoolClass = new (origin: string, options: object) => UndiciPool;

// Pool options: unlimited connections per origin (like node:http's Agent), one request per connection at a
// time, and no undici timeouts of its own: each attempt's signal (timeoutMs) is the only deadline, as on the
// other transports (undici's defaults would cut a long `timeoutMs` at 300 s with their own error).
const POOL_OPTIONS = { connections: null, pipelining: 1, headersTimeout: 0, bodyTimeout: 0 };

let loading: Promise<PoolClass> | undefined;
/** undici's Pool class, imported once. */
export const loadPool = (): Promise<PoolClass> =>
  (loading ??= import(
    // @ts-expect-error: undici types its index only; this file's default export is the same Pool class.
    'undici/lib/dispatcher/pool.js'
  ).then((m: { default: PoolClass }) => m.default));

// One pool per origin, shared by every client of the process (as node:http's global agent is).
const pools = new Map<string, UndiciPool>();

/** The pool of `origin`, made on first use. */
export function poolOf(Pool: PoolClass, origin: string): UndiciPool {
  let pool = pools.get(origin);
  if (!pool) {
    // A process that talks to many origins (one per region) keeps the 64 it used last-made.
    if (pools.size > 63) {
      const [oldest, idle] = pools.entries().next().value!;
      pools.delete(oldest);
      void idle.close();
    }
    pools.set(origin, (pool = new Pool(origin, POOL_OPTIONS)));
  }
  return pool;
}

/** Sends one attempt through the pool of its origin. */
export function sendUndici(Pool: PoolClass, request: TransportRequest): Promise<TransportResponse> {
  return new Promise((resolve, reject) => {
    const { signal } = request;
    if (signal.aborted) return reject(signal.reason);
    const { origin, path } = splitUrl(request.url);
    const exchange = new Exchange(resolve, reject, signal);
    signal.addEventListener('abort', exchange, { once: true });
    poolOf(Pool, origin).dispatch({ path, method: request.method, headers: request.headers }, exchange);
  });
}

const asError = (reason: unknown) => (reason instanceof Error ? reason : new Error('aborted'));

/**
 * One request's handler; it is also the abort listener (`handleEvent`), so a call allocates no closures. An
 * abort rejects at once with the signal's reason, and undici drops the request (queued) or the connection.
 */
class Exchange implements DispatchHandler {
  status = 0;
  rawHeaders: Buffer[] = [];
  chunks: Buffer[] = [];
  abort: ((reason: Error) => void) | undefined = undefined;
  settled = false;

  constructor(
    readonly resolve: (response: TransportResponse) => void,
    readonly reject: (error: unknown) => void,
    readonly signal: AbortLike,
  ) {}

  handleEvent(): void {
    this.abort?.(asError(this.signal.reason));
    this.fail(this.signal.reason);
  }

  onConnect(abort: (reason: Error) => void): void {
    if (this.signal.aborted) abort(asError(this.signal.reason));
    else this.abort = abort;
  }

  onHeaders(status: number, rawHeaders: Buffer[]): boolean {
    this.status = status;
    this.rawHeaders = rawHeaders;
    return true;
  }

  onData(chunk: Buffer): boolean {
    this.chunks.push(chunk);
    return true;
  }

  onComplete(): void {
    if (this.settled) return;
    this.settled = true;
    this.signal.removeEventListener('abort', this);
    const { chunks } = this;
    // Decoded once, whole, so a character split across chunks stays one character.
    const body = chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks).toString('utf8');
    this.resolve({ status: this.status, headers: new RawHeaders(this.rawHeaders), body });
  }

  onError(error: Error): void {
    this.fail(this.signal.aborted ? this.signal.reason : error);
  }

  fail(error: unknown): void {
    if (this.settled) return;
    this.settled = true;
    this.signal.removeEventListener('abort', this);
    this.reject(error);
  }
}

/** Response headers looked up in undici's raw `[name, value, …]` list (a call reads one or two). */
export class RawHeaders {
  constructor(private readonly raw: Buffer[]) {}

  get(name: string): string | null {
    const wanted = name.toLowerCase();
    const { raw } = this;
    let value: string | null = null;
    for (let i = 0; i < raw.length; i += 2) {
      const key = raw[i]!;
      if (key.length === wanted.length && key.toString('latin1').toLowerCase() === wanted) {
        const v = raw[i + 1]!.toString('latin1');
        value = value === null ? v : `${value}, ${v}`;
      }
    }
    return value;
  }
}
