/// <reference types="node" />
// The Node fast path: node:http/https with a keep-alive agent. On this workload undici's global fetch is
// about 3× slower than node:http (issue 5), and Alibaba's own SDK uses node:http too.
import http from 'node:http';
import { urlToHttpOptions } from 'node:url';
import type { Transport, TransportRequest, TransportResponse } from '../transport.js';
import { splitUrl } from './url.js';

type Https = typeof import('node:https');

// Idle keep-alive sockets are unref'd by Node's Agent, so they never keep a process alive.
let httpAgent: http.Agent | undefined;
// node:https pulls in tls (several ms of import): loaded on the first https request only, which a loopback
// emulator or a plain-http endpoint never makes.
let secure: Promise<{ https: Https; agent: InstanceType<Https['Agent']> }> | undefined;
const loadHttps = () =>
  (secure ??= import('node:https').then((m) => {
    const https = (m.default ?? m) as Https;
    return { https, agent: new https.Agent({ keepAlive: true }) };
  }));

/** A transport over node:http(s) sharing one keep-alive agent per protocol across clients. */
export function nodeTransport(): Transport {
  return (request) =>
    request.url.startsWith('https:')
      ? loadHttps().then(({ https, agent }) => send(request, https.request, agent))
      : send(request, http.request, (httpAgent ??= new http.Agent({ keepAlive: true })));
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
    const { protocol, hostname, port } = urlToHttpOptions(new URL(origin));
    origins.set(origin, (o = { protocol, hostname, port }));
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
