/// <reference types="node" />
// undici's MockAgent, honoured: a test that installs one with `setGlobalDispatcher(mockAgent)` (from any undici
// copy: the global slot is shared by version-independent symbol, Node's own fetch included) sees this client's
// requests, as it sees `fetch`'s. Only a MockAgent is followed: any other global dispatcher is Node's default
// or an app's choice for its own fetch calls, and this client keeps its own pools.
import { toAbortSignal } from '../deadline.js';
import type { TransportRequest, TransportResponse } from '../transport.js';
import { splitUrl } from './url.js';

/** A dispatcher as every undici version since 5 exposes it (`Dispatcher.request`). */
interface Dispatcher {
  request(options: { origin: string; path: string; method: string; headers: Record<string, string>; signal: AbortSignal }): Promise<{
    statusCode: number;
    headers: Record<string, string | string[] | undefined>;
    body: { text(): Promise<string> };
  }>;
}

const GLOBAL_DISPATCHER = Symbol.for('undici.globalDispatcher.1');

/** The global dispatcher when it is a MockAgent (it lists pending interceptors; an Agent does not). */
export function globalMockAgent(): Dispatcher | undefined {
  const d = (globalThis as Record<symbol, unknown>)[GLOBAL_DISPATCHER] as { pendingInterceptors?: unknown } | undefined;
  return typeof d?.pendingInterceptors === 'function' ? (d as unknown as Dispatcher) : undefined;
}

/** Sends one attempt through `dispatcher` (a MockAgent): it answers from its interceptors, or lets it through. */
export async function sendThrough(dispatcher: Dispatcher, { method, url, headers, signal }: TransportRequest): Promise<TransportResponse> {
  const res = await dispatcher.request({ ...splitUrl(url), method, headers, signal: toAbortSignal(signal) });
  const body = await res.body.text();
  return {
    status: res.statusCode,
    headers: {
      get(name) {
        const v = res.headers[name.toLowerCase()];
        return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v;
      },
    },
    body,
  };
}
