// Issue 17: the Node client's own transport. A process's first 16 requests (SWITCH_AFTER) go over node:http (nothing to
// import), the rest over undici; on undici the client keeps its keep-alive, TLS, timeout, abort and error
// behaviour. The switch is per process (per test file here), so the first block must run first.
import { channel } from 'node:diagnostics_channel';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Pool } from 'undici';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SWITCH_AFTER } from '../src/node/default-transport.js';
import { createClient, paginateDescribeImagePipelines } from '../src/node/index.js';
import { loadPool } from '../src/node/undici.js';
import { type FakeService, startFakeService } from './helpers/fake-service.js';

let service: FakeService;
beforeAll(async () => {
  service = await startFakeService({
    pipelines: 30,
    script: ({ query }) => {
      switch (query.get('Name')) {
        case 'hang':
          return 'hang';
        case 'slow-body':
          return { body: '{"RequestId":"slow"}', delayMs: 300 };
        case 'drop':
          return 'drop';
        case 'cut':
          return { body: '{"RequestId":', cut: true };
        case 'utf8':
          return { body: JSON.stringify({ RequestId: 'u', ImagePipeline: { ImagePipelineSet: [{ ImagePipelineId: 'ip-1', Name: '部门'.repeat(5000) }] } }) };
        default:
          return undefined;
      }
    },
  });
});
afterAll(() => service.close());

const credentials = { accessKeyId: 'id', accessKeySecret: 'secret' };
const client = (options: object = {}) => createClient({ regionId: 'cn-hangzhou', credentials, endpoint: service.url, retry: { maxAttempts: 1 }, ...options });

/** Runs `fn` and returns how many requests undici created meanwhile (undici announces each on this channel). */
async function overUndici(fn: () => Promise<unknown>): Promise<number> {
  let created = 0;
  const count = () => created++;
  channel('undici:request:create').subscribe(count);
  try {
    await fn();
  } finally {
    channel('undici:request:create').unsubscribe(count);
  }
  return created;
}

describe('the switch', () => {
  test(`the first ${SWITCH_AFTER} requests of the process go over node:http, the rest over undici, 16 in flight across the switch`, async () => {
    const c = client();
    const young = await overUndici(async () => {
      for (let i = 0; i < SWITCH_AFTER - 8; i++) await c.describeImagePipelines({ MaxResults: 1 });
    });
    expect(young).toBe(0);
    const ids: (string | undefined)[] = [];
    const across = await overUndici(() =>
      Promise.all(
        Array.from({ length: 16 }, async () => {
          for (let i = 0; i < 4; i++) ids.push(...(await c.describeImagePipelines({ MaxResults: 2 })).ImagePipeline.ImagePipelineSet.map((p) => p.ImagePipelineId));
        }),
      ),
    );
    // 16 × 4 requests, the first 8 still before the line and the last 56 past it; every page right on both transports.
    expect(across).toBe(56);
    expect(ids).toEqual(Array(64).fill(['ip-00000', 'ip-00001']).flat());
  });

  test('a new client of the same process starts on undici', async () => {
    expect(await overUndici(() => client().describeImagePipelines({ MaxResults: 1 }))).toBe(1);
  });

  test("undici is loaded from its Pool's own file, the class its index exports (fails if a version moves it)", async () => {
    expect(await loadPool()).toBe(Pool);
  });
});

describe('on undici', () => {
  // undici sends a request that follows another at once on a new connection while the first one settles, so it
  // keeps about 1.5 connections per request in flight (raw Pools do the same); without keep-alive each call
  // would open its own.
  test('keeps connections alive: 40 sequential calls use at most two connections, 40 more with 8 in flight at most 16', async () => {
    const server = http.createServer((_, res) => res.end('{"RequestId":"k","ImagePipeline":{"ImagePipelineSet":[]}}'));
    let opened = 0;
    server.on('connection', () => opened++);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const c = client({ endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
      for (let i = 0; i < 40; i++) await c.describeImagePipelines({ MaxResults: 1 });
      expect(opened).toBeLessThanOrEqual(2);
      await Promise.all(
        Array.from({ length: 8 }, async () => {
          for (let i = 0; i < 5; i++) await c.describeImagePipelines({ MaxResults: 1 });
        }),
      );
      expect(opened).toBeLessThanOrEqual(16);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  test('pages, decodes UTF-8 split across chunks, and sends POST with a zero length', async () => {
    const pages = [];
    for await (const page of paginateDescribeImagePipelines(client(), {}, { pageSize: 7 })) pages.push(page.ImagePipeline.ImagePipelineSet.length);
    expect(pages).toEqual([7, 7, 7, 7, 2]);
    const big = await client().describeImagePipelines({ Name: 'utf8' });
    expect(big.ImagePipeline.ImagePipelineSet[0]?.Name).toBe('部门'.repeat(5000));
    await client({ method: 'POST' }).describeImagePipelines({ MaxResults: 1 });
    expect(service.requests.at(-1)).toMatchObject({ method: 'POST', headers: { 'content-length': '0' } });
  });

  test('a timeout covers a slow body and fails with EcsTimeoutError at once', async () => {
    const started = performance.now();
    await expect(client({ timeoutMs: 100 }).describeImagePipelines({ Name: 'slow-body' })).rejects.toMatchObject({ name: 'EcsTimeoutError' });
    await expect(client({ timeoutMs: 100 }).describeImagePipelines({ Name: 'hang' })).rejects.toMatchObject({ name: 'EcsTimeoutError' });
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  test("the caller's abort ends the call at once with EcsAbortError, and the connection pool stays usable", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    await expect(client().describeImagePipelines({ Name: 'hang' }, { signal: controller.signal })).rejects.toMatchObject({ name: 'EcsAbortError' });
    await expect(client().describeImagePipelines({ MaxResults: 1 }, { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'EcsAbortError' });
    expect((await client().describeImagePipelines({ MaxResults: 3 })).ImagePipeline.ImagePipelineSet).toHaveLength(3);
  });

  test('a dropped connection and a truncated body are network errors; retried, the next attempt succeeds', async () => {
    await expect(client().describeImagePipelines({ Name: 'drop' })).rejects.toMatchObject({ name: 'EcsNetworkError', retryable: true });
    await expect(client().describeImagePipelines({ Name: 'cut' })).rejects.toMatchObject({ name: 'EcsNetworkError', retryable: true });
  });

  test('a refused connection keeps its ECONNREFUSED code, so a write without a token is still retried (it was never sent)', async () => {
    const refused = createClient({ regionId: 'cn-hangzhou', credentials, endpoint: 'http://127.0.0.1:9', retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 2 } });
    const error = await refused.deleteImagePipeline({ ImagePipelineId: 'ip-1' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'EcsNetworkError', cause: { code: 'ECONNREFUSED' }, $metadata: { attempts: 3 } });
    expect((error as { outcomeUnknown?: boolean }).outcomeUnknown).toBeUndefined();
  });

  test('https: a TLS handshake against a plain-http server fails as a network error; an aborted signal wins', async () => {
    const secure = createClient({ regionId: 'cn-hangzhou', credentials, endpoint: service.url.replace(/^http:/, 'https:'), retry: { maxAttempts: 1 } });
    await expect(secure.describeImagePipelines({ MaxResults: 1 })).rejects.toMatchObject({ name: 'EcsNetworkError' });
    await expect(secure.describeImagePipelines({ MaxResults: 1 }, { signal: AbortSignal.abort(new Error('gone')) })).rejects.toMatchObject({ name: 'EcsAbortError' });
  });
});
