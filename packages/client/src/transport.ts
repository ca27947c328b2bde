// The seam between the retry loop and the network: one signed attempt in, status + headers + body text out.
import { type AbortLike, toAbortSignal } from './deadline.js';

/** One signed attempt. */
export interface TransportRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  /**
   * Aborts on the caller's abort or the attempt's timeout; the transport must stop at once. Not always an
   * AbortSignal (see deadline.ts): `toAbortSignal` gives one.
   */
  signal: AbortLike;
}

/** An answer, body read in full (the timeout covers a slow body too). */
export interface TransportResponse {
  status: number;
  headers: { get(name: string): string | null };
  body: string;
}

/** Sends one attempt. Rejects on network failure or abort; any HTTP status resolves. */
export type Transport = (request: TransportRequest) => Promise<TransportResponse>;

/**
 * A transport over a WHATWG `fetch` (the global one by default, looked up per call so it can be replaced),
 * called as `fetch(url, init)`: fetch builds its own Request from that, so building one here would make it
 * twice (with the signal followed twice, the costliest part on undici).
 */
export function fetchTransport(fetchImpl?: typeof fetch): Transport {
  return async ({ method, url, headers, signal }) => {
    const f = fetchImpl ?? globalThis.fetch;
    const res = await f(url, { method, headers, signal: toAbortSignal(signal), redirect: 'manual' });
    return { status: res.status, headers: res.headers, body: await res.text() };
  };
}
