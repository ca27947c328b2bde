// The scenario on Node 20 (the machine's Node), 22 and 24 (from the npm `node` package), each resolving
// @org/ecs-pipelines-client through node_modules to the built package, as an installed app would.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../harness/emulator.ts';
import { NODE_VERSIONS, nodeBinary } from '../harness/node-versions.ts';
import { here } from '../harness/paths.ts';
import { runJsonLine } from '../harness/run.ts';
import { expectSmokePassed, type SmokeResult } from '../harness/smoke.ts';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator?.close());

const runners: Array<[string, () => Promise<string>]> = [
  [process.versions.node, async () => process.execPath],
  ...NODE_VERSIONS.map((v): [string, () => Promise<string>] => [v, () => nodeBinary(v)]),
];

describe('Node', () => {
  it.each(runners)('Node %s runs the scenario against the built client', async (version, binary) => {
    const result = await runJsonLine<SmokeResult>(await binary(), [join(here, 'runners/cli.mjs'), JSON.stringify(emulator.smokeOptions)], {
      cwd: here,
      timeoutMs: 60_000,
    });
    expectSmokePassed(result, 'node', emulator.expectedIds, emulator.smokeOptions.pageSize);
    expect(result.runtimeVersion).toBe(version);
  }, 360_000);
});
