// Every transport against a loopback server: the same answers, the same failures.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { nodeTransport } from '../src/node/transport.js';
import { nodeDefaultTransport } from '../src/node/default-transport.js';
import { fetchTransport, type Transport } from '../src/transport.js';
import { type FakeService, startFakeService } from './helpers/fake-service.js';

let service: FakeService;
beforeAll(async () => {
  service = await startFakeService({
    pipelines: 3,
    script: ({ query }) => {
      switch (query.get('case')) {
        case 'hang':
          return 'hang';
        case 'drop':
          return 'drop';
        case 'utf8':
          return { status: 503, headers: { 'x-acs-retry-after': '20' }, body: '{"Code":"部门"}' };
        case 'truncated':
          return { body: '{"RequestId":', cut: true };
        default:
          return undefined;
      }
    },
  });
});
afterAll(() => service.close());

const send = (t: Transport, query: string, signal = new AbortController().signal, method = 'GET') =>
  t({ method, url: `${service.url}/?${query}`, headers: { 'x-acs-test': '1' }, signal });

describe.each([
  ['node:http', nodeTransport()],
  // The Node default once a process is past its first requests (here from the first).
  ['undici', nodeDefaultTransport(0)],
  ['fetch', fetchTransport()],
])('%s transport', (_name, transport) => {
  test('returns status, headers and the whole body; sends the headers', async () => {
    const res = await send(transport, 'RegionId=cn-hangzhou&MaxResults=2');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/application\/json/);
    expect(JSON.parse(res.body).ImagePipeline.ImagePipelineSet).toHaveLength(2);
    expect(service.requests.at(-1)?.headers['x-acs-test']).toBe('1');
  });

  test('decodes UTF-8 and exposes any status', async () => {
    const res = await send(transport, 'case=utf8');
    expect(res.status).toBe(503);
    expect(res.headers.get('x-acs-retry-after')).toBe('20');
    expect(res.body).toBe('{"Code":"部门"}');
  });

  test('POST sends an empty body with a length', async () => {
    await send(transport, 'MaxResults=1', undefined, 'POST');
    const seen = service.requests.at(-1)!;
    expect(seen.method).toBe('POST');
    expect(seen.headers['content-length']).toBe('0');
  });

  test('an abort rejects at once with the reason', async () => {
    const controller = new AbortController();
    const started = performance.now();
    const pending = send(transport, 'case=hang', controller.signal);
    setTimeout(() => controller.abort(new Error('stop now')), 20);
    await expect(pending).rejects.toThrow('stop now');
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  test('a dropped connection and a truncated body reject', async () => {
    await expect(send(transport, 'case=drop')).rejects.toThrow();
    await expect(send(transport, 'case=truncated')).rejects.toThrow();
  });
});

// node:https is imported on the first https request only (it pulls in tls); the https path still works: a TLS
// handshake against the plain-http loopback server fails as a rejection, and an aborted signal wins.
test('node:http transport loads https lazily and fails a TLS handshake against a plain server', async () => {
  const transport = nodeTransport();
  const url = `${service.url.replace(/^http:/, 'https:')}/?MaxResults=1`;
  await expect(transport({ method: 'GET', url, headers: {}, signal: new AbortController().signal })).rejects.toThrow();
  await expect(transport({ method: 'GET', url, headers: {}, signal: AbortSignal.abort(new Error('gone')) })).rejects.toThrow('gone');
});
