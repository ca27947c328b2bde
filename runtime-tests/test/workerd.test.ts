// workerd (Miniflare) with no compatibility flags, running workers bundled by `wrangler deploy --dry-run`:
// the scenario with the built client calling the Node emulator on 127.0.0.1, and the built emulator as a
// Worker on a 127.0.0.1 port, driven by the Node client.
import { join } from 'node:path';
import * as client from '@org/ecs-pipelines-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSmoke } from '../scenario/smoke.mjs';
import { emulatorOptions, smokeOptions, startEmulator, type RunningEmulator } from '../harness/emulator.ts';
import { here } from '../harness/paths.ts';
import { expectSmokePassed, type SmokeResult } from '../harness/smoke.ts';
import { bundleWorker, startWorker } from '../harness/workerd.ts';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator?.close());

describe('workerd (no compatibility flags)', () => {
  it('runs the scenario in a Wrangler-bundled worker whose fetch reaches the Node emulator', async () => {
    const bundle = await bundleWorker(join(here, 'workers/smoke/wrangler.toml'), 'smoke');
    expect(bundle.compatibilityFlags).toEqual([]);
    const worker = await startWorker(bundle);
    try {
      const res = await worker.mf.dispatchFetch('http://worker.test/', { method: 'POST', body: JSON.stringify(emulator.smokeOptions) });
      expect(res.status).toBe(200);
      const result = (await res.json()) as SmokeResult;
      expectSmokePassed(result, 'workerd', emulator.expectedIds, emulator.smokeOptions.pageSize);
      expect(result.runtimeVersion).toBe('Cloudflare-Workers');
    } finally {
      await worker.dispose();
    }
  });

  it('serves the Wrangler-bundled emulator on a 127.0.0.1 port, driven by the Node client', async () => {
    const bundle = await bundleWorker(join(here, 'workers/emulator/wrangler.toml'), 'emulator');
    expect(bundle.compatibilityFlags).toEqual([]);
    const worker = await startWorker(bundle, { port: 0, bindings: { EMULATOR_OPTIONS: JSON.stringify(emulatorOptions()) } });
    try {
      expect(worker.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const result = await runSmoke(client, { ...smokeOptions(worker.url, emulator.expectedIds), runtime: 'node' });
      expectSmokePassed(result as SmokeResult, 'node', emulator.expectedIds, emulator.smokeOptions.pageSize);
    } finally {
      await worker.dispose();
    }
  });
});
