// Bun runs the scenario, resolving @org/ecs-pipelines-client through node_modules to the built package.
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../harness/emulator.ts';
import { bin, here } from '../harness/paths.ts';
import { runJsonLine } from '../harness/run.ts';
import { expectSmokePassed, type SmokeResult } from '../harness/smoke.ts';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator?.close());

it('Bun runs the scenario against the built client', async () => {
  const result = await runJsonLine<SmokeResult>(bin('bun'), ['run', join(here, 'runners/cli.mjs'), JSON.stringify(emulator.smokeOptions)], {
    cwd: here,
    env: { ...process.env, NO_COLOR: '1', BUN_RUNTIME_TRANSPILER_CACHE_PATH: '0' },
    timeoutMs: 60_000,
  });
  expectSmokePassed(result, 'bun', emulator.expectedIds, emulator.smokeOptions.pageSize);
  expect(result.runtimeVersion).toMatch(/^1\./);
});
