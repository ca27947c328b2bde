// The harness's moving parts over real loopback: the canned server process and the unsigned floors.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANNED_ITEMS } from '../src/canned.mjs';
import { create as rawFetch } from '../src/contenders/raw-fetch.mjs';
import { create as rawHttp } from '../src/contenders/raw-http.mjs';
import { runJsonChild, startService } from '../src/proc.mjs';

const src = (f: string) => fileURLToPath(new URL(`../src/${f}`, import.meta.url));
let server: Awaited<ReturnType<typeof startService>>;

beforeAll(async () => {
  server = await startService(src('server.mjs'));
});
afterAll(async () => {
  await server?.stop();
});

describe('canned server and floors', () => {
  it('serves the canned page to raw fetch and raw node:http', async () => {
    const port = server.info.port;
    for (const create of [rawFetch, rawHttp]) {
      const call = await create({ port, baseUrl: `http://127.0.0.1:${port}` });
      expect(await call()).toBe(CANNED_ITEMS);
    }
  });

  it('measures one contender in a child process and reports every metric', async () => {
    const options = { contender: 'raw-http', concurrency: 4, warmupMs: 10, durationMs: 50, port: server.info.port, credentials: {} };
    const r = await runJsonChild(src('measure-http.mjs'), [JSON.stringify(options)]);
    expect(r.requests).toBeGreaterThan(0);
    for (const k of ['reqPerSec', 'p50Ms', 'p99Ms', 'cpuUsPerCall', 'peakRssMiB']) expect(r[k]).toBeGreaterThan(0);
  });

  it('surfaces a broken child with its stderr', async () => {
    const options = { contender: 'no-such-contender', concurrency: 1, warmupMs: 1, durationMs: 1, port: server.info.port };
    await expect(runJsonChild(src('measure-http.mjs'), [JSON.stringify(options)])).rejects.toThrow(/no-such-contender/);
  });
});
