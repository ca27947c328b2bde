// Every fault kind as a client sees it over real HTTP, scripted through the control endpoint the way an
// out-of-process test would; seeded rates are reproducible; a retrying reader survives a fault soak.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulatorServer, type EmulatorServer } from '../src/node/index.js';
import { call, prepare, type SuiteTarget } from '../src/suite/call.js';
import { DEFAULT_CREDENTIALS } from '../src/index.js';

let server: EmulatorServer;
let target: SuiteTarget;
const control = (path: string, body?: unknown) =>
  fetch(`${server.url}/__emulator/${path}`, { method: body === undefined ? 'GET' : 'POST', ...(body === undefined ? {} : { body: JSON.stringify(body) }) }).then((r) => r.json() as Promise<any>);

beforeAll(async () => {
  server = await startEmulatorServer({ pipelines: 10 });
  target = { endpoint: server.url, credentials: { ...DEFAULT_CREDENTIALS }, regionId: 'cn-hangzhou', fetch: globalThis.fetch, now: () => new Date() };
});
afterAll(() => server.close());

describe('each fault kind over HTTP', () => {
  it('throttling, 500, 503: service error bodies with the right status (and x-acs-retry-after)', async () => {
    await control('faults', { queue: ['throttling', { kind: 'throttling', ms: 1500 }, 'internal-error', 'service-unavailable'] });
    const t1 = await call(target, {});
    expect([t1.status, (t1.json as any).Code, t1.headers.get('x-acs-retry-after')]).toEqual([400, 'Throttling.User', '200']);
    expect((await call(target, {})).headers.get('x-acs-retry-after')).toBe('1500');
    const e500 = await call(target, {});
    expect([e500.status, (e500.json as any).Code]).toEqual([500, 'InternalError']);
    const e503 = await call(target, {});
    expect([e503.status, (e503.json as any).Code]).toEqual([503, 'ServiceUnavailable']);
    expect((await call(target, {})).status).toBe(200);
  });

  it('drop: the connection closes without a response', async () => {
    await control('faults', { queue: ['drop'] });
    await expect(call(target, {})).rejects.toThrow(TypeError);
    expect((await call(target, {})).status).toBe(200);
    const entry = [...server.emulator.log].reverse().find((e) => e.fault === 'drop')!;
    expect(entry.status).toBe(0);
  });

  it('html-502: a load balancer page, not JSON', async () => {
    await control('faults', { queue: ['html-502'] });
    const res = await call(target, {});
    expect(res.status).toBe(502);
    expect(res.contentType).toBe('text/html');
    expect(res.text).toMatch(/^<html>[\s\S]*502 Bad Gateway[\s\S]*<\/html>\r\n$/);
    expect(res.json).toBeUndefined();
  });

  it('truncated-json: a complete HTTP answer whose JSON body is cut in half', async () => {
    await control('faults', { queue: ['truncated-json'] });
    const prepared = await prepare(target, {});
    const res = await fetch(prepared.url, prepared.init);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(Number(res.headers.get('content-length'))).toBe(new TextEncoder().encode(text).byteLength);
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
    expect(text.startsWith('{"RequestId":')).toBe(true);
    // The fault cuts whatever the request earned, an error too.
    await control('faults', { queue: ['truncated-json'] });
    const refused = await fetch(`${server.url}/?RegionId=cn-hangzhou`);
    expect(refused.status).toBe(400);
    await expect(refused.clone().json()).rejects.toThrow(SyntaxError);
    expect(await refused.text()).toMatch(/^\{"RequestId":/);
  });

  it('latency: a slow answer that a client timeout cuts short, and that arrives when waited for', async () => {
    await control('faults', { queue: [{ kind: 'latency', ms: 400 }, { kind: 'latency', ms: 150 }] });
    await expect(call({ ...target, fetch: (u, i) => fetch(u, { ...i, signal: AbortSignal.timeout(50) }) }, {})).rejects.toThrow(/abort|timeout/i);
    const started = Date.now();
    const res = await call(target, {});
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('a seeded rate gives the same faults for the same request sequence', async () => {
    const run = async () => {
      const s = await startEmulatorServer({ pipelines: 3, faultRate: 0.5, faultSeed: 9, faultKinds: ['throttling', 'internal-error', 'service-unavailable', 'html-502'] });
      const t = { ...target, endpoint: s.url };
      const out: number[] = [];
      for (let i = 0; i < 30; i++) out.push((await call(t, {})).status);
      await s.close();
      return out;
    };
    const [a, b] = [await run(), await run()];
    expect(a).toEqual(b);
    expect(new Set(a).size).toBeGreaterThan(2);
  });
});

describe('fault soak', () => {
  it('a reader that retries gets every pipeline exactly once through 30 % faults of every kind', async () => {
    const s = await startEmulatorServer({ pipelines: 3000, regions: ['cn-hangzhou'], faultRate: 0.3, faultSeed: 'soak', slowMs: 60, retryAfterMs: 5 });
    const t = { ...target, endpoint: s.url, fetch: (u: string | URL | Request, i?: RequestInit) => fetch(u, { ...i, signal: AbortSignal.timeout(40) }) };
    const seen = new Map<string, number>();
    let token: string | undefined;
    let attempts = 0;
    let failures = 0;
    do {
      for (;;) {
        attempts++;
        const res = await call(t, { MaxResults: 25, ...(token ? { NextToken: token } : {}) }).catch(() => undefined);
        if (res?.status === 200 && res.json) {
          for (const p of (res.json as any).ImagePipeline.ImagePipelineSet) seen.set(p.ImagePipelineId, (seen.get(p.ImagePipelineId) ?? 0) + 1);
          token = (res.json as any).NextToken;
          break;
        }
        failures++;
        expect(failures).toBeLessThan(200);
      }
    } while (token);
    const stats = s.emulator.faults.stats;
    await s.close();
    expect(seen.size).toBe(3000);
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
    expect(stats.total).toBeGreaterThan(5);
    console.log(`fault soak: 3000 pipelines, ${attempts} attempts, ${failures} failed attempts survived; injected ${JSON.stringify(stats.injected)}; every pipeline exactly once`);
  });
});
