/// <reference types="node" />
// The Node client's transport when no `fetch` is given. undici costs about two thirds of node:http's CPU per
// call (bench/README.md), but a fresh process pays ~55 ms to import it before its first request and, on
// exit, waits ~150 ms more for V8 to finish optimizing undici's WebAssembly HTTP parser; node:http is
// already loaded. So a process's first requests go over node:http, and once it has sent enough to be
// called long-lived, undici is imported in the background and takes over.
// Test doubles come first: a MockAgent installed as undici's global dispatcher answers every request, and
// while something has replaced `http.request` (MSW, nock, APM agents) requests stay on node:http, where it
// sees them.
import type { Transport } from '../transport.js';
import { globalMockAgent, sendThrough } from './mock-agent.js';
import { nodeHttp, nodeTransport } from './transport.js';
import { loadPool, type PoolClass, sendUndici } from './undici.js';

/**
 * Requests a process sends over node:http before undici is loaded for the rest: a CLI run (a few pages) or a
 * cold start stays below it and never pays undici's import; a server passes it in its first moments. Against
 * the real service 16 requests take a second or more, next to which the import (~40 ms) is small; 128 (the
 * first choice) put the import inside the first second of a benchmark or a burst, where a 1,000-request
 * sequential run measured ~10 % slower than with 16 (bench/README.md).
 */
export const SWITCH_AFTER = 16;

const sendHttp = nodeTransport();
// Shared by every client of the process: the count says how long-lived the process is, not one client.
let Pool: PoolClass | undefined;
let sent = 0;

// Whether `http.request` is Node's own, checked again only when the function changes.
let seenRequest: unknown;
let seenPatched = false;
function httpPatched(): boolean {
  const { request } = nodeHttp();
  if (request !== seenRequest) {
    seenRequest = request;
    seenPatched = !/\bnew ClientRequest\(/.test(Function.prototype.toString.call(request));
  }
  return seenPatched;
}

/** The transport: node:http for the process's first `switchAfter` requests, undici after (tests pass 0). */
export function nodeDefaultTransport(switchAfter = SWITCH_AFTER): Transport {
  return (request) => {
    const mock = globalMockAgent();
    if (mock) return sendThrough(mock, request);
    if (httpPatched()) return sendHttp(request);
    if (Pool) return sendUndici(Pool, request);
    if (++sent > switchAfter) {
      // The request that crosses the line waits for the import; if undici cannot be loaded (left out of a
      // bundle), the process stays on node:http.
      return loadPool().then(
        (P) => sendUndici((Pool = P), request),
        () => ((sent = -Infinity), sendHttp(request)),
      );
    }
    return sendHttp(request);
  };
}
