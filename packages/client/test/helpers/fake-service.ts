// A small loopback stand-in for the service, for client tests that need to script exact answers: it pages
// through generated pipelines, records every request, and lets a test replace any answer.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the server saw it. */
export interface Seen {
  method: string;
  url: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  at: number;
}

/**
 * A scripted answer; `drop` destroys the connection, `hang` never answers, `cut` sends the headers (with a
 * longer content-length) and part of the body, then destroys the connection.
 */
export type Reply = { status?: number; headers?: Record<string, string>; body: string; cut?: boolean; delayMs?: number } | 'drop' | 'hang';

export interface FakeService {
  url: string;
  requests: Seen[];
  close(): Promise<void>;
}

export const pipeline = (i: number) => ({ ImagePipelineId: `ip-${String(i).padStart(5, '0')}`, Name: `p${i}` });

/** Pages through `count` pipelines (`NextToken` = offset) unless `script` answers first. */
export function page(query: URLSearchParams, count: number): Reply {
  const max = Number(query.get('MaxResults') ?? 50);
  const from = Number(query.get('NextToken') ?? 0);
  const items = Array.from({ length: Math.max(0, Math.min(max, count - from)) }, (_, k) => pipeline(from + k));
  const next = from + max < count ? String(from + max) : undefined;
  const body = { RequestId: `req-${from}`, TotalCount: count, MaxResults: max, NextToken: next, ImagePipeline: { ImagePipelineSet: items } };
  return { body: JSON.stringify(body) };
}

export async function startFakeService(
  options: { pipelines?: number; script?: (seen: Seen, index: number) => Reply | undefined } = {},
): Promise<FakeService> {
  const requests: Seen[] = [];
  const sockets = new Set<import('node:net').Socket>();
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    const seen: Seen = { method: req.method ?? '', url, query: new URL(url, 'http://x').searchParams, headers: req.headers, at: Date.now() };
    requests.push(seen);
    req.resume();
    req.on('end', () => {
      const reply = options.script?.(seen, requests.length - 1) ?? page(seen.query, options.pipelines ?? 0);
      if (reply === 'hang') return;
      if (reply === 'drop') return void req.socket.destroy();
      const send = () => {
        if (reply.cut) {
          res.writeHead(reply.status ?? 200, { 'content-type': 'application/json', 'content-length': String(reply.body.length * 2 + 10), ...reply.headers });
          return void res.write(reply.body, () => req.socket.destroy());
        }
        res.writeHead(reply.status ?? 200, { 'content-type': 'application/json;charset=utf-8', ...reply.headers });
        res.end(reply.body);
      };
      if (reply.delayMs) setTimeout(send, reply.delayMs);
      else send();
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
