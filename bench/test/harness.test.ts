// The harness's moving parts over real loopback: the canned server process and the unsigned floors.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANNED_ITEMS } from '../src/canned.mjs';
import { create as rawFetch } from '../src/contenders/raw-fetch.mjs';
import { create as rawHttp } from '../src/contenders/raw-http.mjs';
import { create as rawUndici } from '../src/contenders/raw-undici.mjs';
import { measureFirstResponses } from '../src/first-response.mjs';
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
  it('serves the canned page to raw fetch, raw node:http and a raw undici Pool', async () => {
    const port = server.info.port;
    for (const create of [rawFetch, rawHttp, rawUndici]) {
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

  it("times fresh processes' first responses, with ratios to the baseline, each process ending on its own", async () => {
    const r = await measureFirstResponses({ srcDir: src('.'), cwd: src('..'), port: server.info.port, credentials: {}, contenders: ['raw-http', 'raw-fetch'], baseline: 'raw-http', runs: 2 });
    expect(r.results.map((x: { id: string }) => x.id)).toEqual(['raw-http', 'raw-fetch']);
    for (const x of r.results) {
      expect(x.firstMs).toBeGreaterThan(x.importedMs);
      expect(x.exitMs).toBeGreaterThan(0);
      expect(x.vsBaseline.firstMs).toBeGreaterThan(0);
    }
    expect(r.results[0].vsBaseline.firstMs).toBe(1);
  });

  it('surfaces a broken child with its stderr', async () => {
    const options = { contender: 'no-such-contender', concurrency: 1, warmupMs: 1, durationMs: 1, port: server.info.port };
    await expect(runJsonChild(src('measure-http.mjs'), [JSON.stringify(options)])).rejects.toThrow(/no-such-contender/);
  });
});
