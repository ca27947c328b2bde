/// <reference types="node" />
// node:http(s) with a keep-alive agent: what a process's first requests go over, and every request while an
// interceptor has replaced http.request (see default-transport.ts). Node's built-ins are loaded by the first
// request rather than by importing the client (node:http and node:crypto are ~7 ms of a cold import here).
import type http from 'node:http';
import type { Transport, TransportRequest, TransportResponse } from '../transport.js';
import { splitUrl } from './url.js';

type Module = typeof http | typeof import('node:https');

let httpModule: typeof http | undefined;
/** node:http, loaded on first use. */
export const nodeHttp = (): typeof http => (httpModule ??= process.getBuiltinModule('node:http'));

// One keep-alive agent per protocol, made with the first request of each; idle keep-alive sockets are
// unref'd by Node's Agent, so they never keep a process alive. node:https pulls in tls (several ms): only
// an https request loads it, which a loopback emulator or a plain-http endpoint never makes.
const agents = new Map<string, { module: Module; agent: http.Agent }>();
function agentFor(protocol: 'node:http' | 'node:https') {
  let a = agents.get(protocol);
  if (!a) {
    const module = protocol === 'node:http' ? nodeHttp() : process.getBuiltinModule(protocol);
    agents.set(protocol, (a = { module, agent: new module.Agent({ keepAlive: true }) }));
  }
  return a;
}

/** A transport over node:http(s) sharing one keep-alive agent per protocol across clients. */
export function nodeTransport(): Transport {
  return (request) => {
    const { module, agent } = agentFor(request.url.startsWith('https:') ? 'node:https' : 'node:http');
    return send(request, module.request, agent);
  };
}

// The origin of each URL parsed once: the client sends every request to one or a few origins, and Node would
// otherwise parse the whole URL (query included) again per request.
const origins = new Map<string, http.RequestOptions>();

/** Request options for `url`: its cached origin and its path. */
function target(url: string): http.RequestOptions {
  const { origin, path } = splitUrl(url);
  let o = origins.get(origin);
  if (!o) {
    if (origins.size > 63) origins.clear();
    const { protocol, hostname, port } = new URL(origin);
    // A bracketed IPv6 literal is given to Node without its brackets.
    origins.set(origin, (o = { protocol, hostname: hostname.replace(/^\[(.*)\]$/, '$1'), port }));
  }
  return { ...o, path };
}

function send({ method, url, headers, signal }: TransportRequest, request: typeof http.request, agent: http.Agent): Promise<TransportResponse> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    // Without a length, Node would send an empty POST chunked.
    const sent = method === 'GET' ? headers : { ...headers, 'content-length': '0' };
    const req = request({ ...target(url), method, headers: sent, agent });
    const onAbort = () => req.destroy(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
    const fail = (error: unknown) => {
      signal.removeEventListener('abort', onAbort);
      reject(signal.aborted ? signal.reason : error);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    req.on('error', fail);
    req.on('response', (res) => {
      // Decoded as it arrives (a character split across chunks is kept whole): no buffers to concatenate.
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('error', fail);
      // 'close' without 'end': the connection dropped mid-body (truncated answer).
      res.on('close', () => {
        if (!res.complete) fail(new Error('the connection closed before the answer was complete'));
      });
      res.on('end', () => {
        signal.removeEventListener('abort', onAbort);
        resolve({
          status: res.statusCode ?? 0,
          headers: { get: (name) => headerValue(res.headers[name.toLowerCase()]) },
          body,
        });
      });
    });
    req.end();
  });
}

const headerValue = (v: string | string[] | undefined): string | null => (v === undefined ? null : Array.isArray(v) ? v.join(', ') : v);
