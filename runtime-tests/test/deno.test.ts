// Deno 2 with only --allow-net=127.0.0.1: the scenario with the built client (through an import map, through
// node_modules as an npm: import resolves, and as an esbuild browser bundle), and the built emulator behind
// Deno.serve driven by the Node client.
import { join } from 'node:path';
import * as client from '@org/ecs-pipelines-client';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSmoke } from '../scenario/smoke.mjs';
import { deno, denoEnv, denoRunArgs, writeDenoImportMap } from '../harness/deno.ts';
import { emulatorOptions, smokeOptions, startEmulator, type RunningEmulator } from '../harness/emulator.ts';
import { here, scratch } from '../harness/paths.ts';
import { runJsonLine, startServer } from '../harness/run.ts';
import { expectSmokePassed, type SmokeResult } from '../harness/smoke.ts';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator?.close());

describe('Deno (--allow-net=127.0.0.1 only)', () => {
  it('runs the scenario with the built client', async () => {
    const map = writeDenoImportMap('client', ['@org/ecs-pipelines-client']);
    const result = await runJsonLine<SmokeResult>(
      deno,
      denoRunArgs(map, join(here, 'runners/cli.mjs'), [JSON.stringify(emulator.smokeOptions)]),
      { cwd: here, env: denoEnv(), timeoutMs: 60_000 },
    );
    expectSmokePassed(result, 'deno', emulator.expectedIds, emulator.smokeOptions.pageSize);
  });

  it('runs the scenario resolving the package through node_modules, as an npm: import does', async () => {
    // Deno's own npm resolution (conditions deno, node, import, default): what `deno add npm:…` users get.
    const args = ['run', '--no-prompt', '--no-lock', '--node-modules-dir=manual', '--allow-net=127.0.0.1', join(here, 'runners/cli.mjs'), JSON.stringify(emulator.smokeOptions)];
    const result = await runJsonLine<SmokeResult>(deno, args, { cwd: here, env: denoEnv(), timeoutMs: 60_000 });
    expectSmokePassed(result, 'deno', emulator.expectedIds, emulator.smokeOptions.pageSize);
  });

  it('runs an esbuild --platform=browser bundle of the scenario and the built client', async () => {
    // How a team would ship it to an edge runtime: one minified ESM file, no node_modules, no import map.
    const bundle = join(scratch('deno'), 'smoke.browser.mjs');
    await build({ entryPoints: [join(here, 'runners/cli.mjs')], bundle: true, platform: 'browser', format: 'esm', minify: true, outfile: bundle, logLevel: 'silent' });
    const args = ['run', '--no-prompt', '--no-config', '--no-lock', '--allow-net=127.0.0.1', bundle, JSON.stringify(emulator.smokeOptions)];
    const result = await runJsonLine<SmokeResult>(deno, args, { cwd: here, env: denoEnv(), timeoutMs: 60_000 });
    expectSmokePassed(result, 'deno', emulator.expectedIds, emulator.smokeOptions.pageSize);
  });

  it('serves the built emulator with Deno.serve, driven by the Node client', async () => {
    const map = writeDenoImportMap('contract', ['@org/ecs-pipelines-contract']);
    const server = await startServer<{ listening: string }>(
      deno,
      denoRunArgs(map, join(here, 'runners/deno-emulator.mjs'), [JSON.stringify(emulatorOptions())]),
      { cwd: here, env: denoEnv(), timeoutMs: 30_000 },
    );
    try {
      expect(server.ready.listening).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const result = await runSmoke(client, { ...smokeOptions(server.ready.listening, emulator.expectedIds), runtime: 'node' });
      expectSmokePassed(result as SmokeResult, 'node', emulator.expectedIds, emulator.smokeOptions.pageSize);
    } catch (error) {
      throw new Error(`${String(error)}\n${server.output()}`);
    } finally {
      await server.stop();
    }
  });
});
