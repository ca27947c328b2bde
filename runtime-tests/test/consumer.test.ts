// Packages that install cleanly: the four packages packed with `pnpm pack`, installed with npm into an app
// outside the workspace, then imported as ESM, `require()`d, run, and type-checked as a TypeScript consumer
// under moduleResolution "bundler" (web types only) and "node16" (Node types only). `require()` of ESM works
// unflagged from Node 20.19 (the packages' engines floor), so it is tried on Node 20, 22 and 24.
import { cpSync, existsSync, lstatSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installConsumerApp, type ConsumerApp } from '../harness/consumer.ts';
import { deno, denoEnv } from '../harness/deno.ts';
import { NODE_VERSIONS, nodeBinary } from '../harness/node-versions.ts';
import { emulatorOptions, expectedFixtureIds, smokeOptions } from '../harness/emulator.ts';
import { here, repoRoot } from '../harness/paths.ts';
import { runJsonLine, runOk } from '../harness/run.ts';
import { expectSmokePassed, type SmokeResult } from '../harness/smoke.ts';

const NAMES = ['core', 'client', 'contract', 'cli'].map((p) => `@org/ecs-pipelines-${p}`);
const tsc = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
let consumer: ConsumerApp;

beforeAll(async () => {
  consumer = await installConsumerApp();
}, 240_000);
afterAll(() => {
  if (consumer) rmSync(consumer.root, { recursive: true, force: true });
});

describe('a consumer app outside the workspace', () => {
  it('installs every package from its tarball, with no link back into the workspace', () => {
    for (const name of NAMES) {
      const dir = join(consumer.app, 'node_modules', name);
      expect(lstatSync(dir).isSymbolicLink(), `${name} is a copy, not a link`).toBe(false);
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      expect(JSON.stringify(pkg.dependencies ?? {}), `${name} has no workspace: ranges left`).not.toContain('workspace:');
      expect(existsSync(join(dir, pkg.types ?? 'dist/index.d.ts')), `${name} ships its types`).toBe(true);
    }
    expect(consumer.app.startsWith(repoRoot)).toBe(false);
  });

  it('imports every package as ESM and runs the scenario with the installed client and emulator', async () => {
    const expectedIds = await expectedFixtureIds();
    const args = {
      scenario: pathToFileURL(join(here, 'scenario/smoke.mjs')).href,
      emulator: emulatorOptions(),
      smoke: smokeOptions('', expectedIds),
    };
    const result = await runJsonLine<SmokeResult & { exports: Record<string, string[]> }>(process.execPath, ['esm.mjs', JSON.stringify(args)], {
      cwd: consumer.app,
      timeoutMs: 60_000,
    });
    expectSmokePassed(result, 'node', expectedIds, args.smoke.pageSize);
    expect(result.exports.client).toEqual(expect.arrayContaining(['createClient', 'paginateDescribeImagePipelines', 'EcsApiError', 'EcsValidationError']));
    expect(result.exports.contract).toEqual(expect.arrayContaining(['createEmulator', 'DEFAULT_CREDENTIALS']));
    expect(result.exports['contract/node']).toContain('startEmulatorServer');
  });

  it.each([process.versions.node, ...NODE_VERSIONS])('require()s every package on Node %s', async (version) => {
    const node = version === process.versions.node ? process.execPath : await nodeBinary(version);
    const out = await runJsonLine<{ node: string; exports: Record<string, string[]> }>(node, ['require.cjs'], { cwd: consumer.app, timeoutMs: 30_000 });
    expect(out.node).toBe(version);
    expect(out.exports['@org/ecs-pipelines-client']).toEqual(expect.arrayContaining(['createClient', 'EcsApiError']));
    expect(out.exports['@org/ecs-pipelines-core']).toEqual(expect.arrayContaining(['EcsValidationError', 'validateRequest']));
    expect(out.exports['@org/ecs-pipelines-contract']).toContain('createEmulator');
    expect(out.exports['@org/ecs-pipelines-contract/node']).toContain('startEmulatorServer');
  });

  it('runs the installed ecs-pipelines command', async () => {
    const r = await runOk(join(consumer.app, 'node_modules', '.bin', 'ecs-pipelines'), ['--help'], { cwd: consumer.app, timeoutMs: 30_000 });
    expect(r.stdout).toContain('ecs-pipelines');
  });

  it('deno check: the Deno example type-checks against the installed package', async () => {
    // In the workspace the package is a symlink out of node_modules, where Deno does not map `.js` imports of
    // its .d.ts chunks to `.d.ts` files; an installed copy is what Deno users type-check against.
    cpSync(join(repoRoot, 'examples', 'deno', 'main.ts'), join(consumer.app, 'deno-main.ts'));
    await runOk(deno, ['check', '--no-config', '--no-lock', '--node-modules-dir=manual', 'deno-main.ts'], { cwd: consumer.app, env: denoEnv(), timeoutMs: 60_000 });
  });

  it.each([
    ['bundler', 'tsconfig.bundler.json'],
    ['node16', 'tsconfig.node16.json'],
  ])('type-checks a TypeScript consumer under moduleResolution %s', async (_, config) => {
    // The app installs no @types/node; the Node consumer borrows the workspace's copy.
    await runOk(process.execPath, [tsc, '-p', config, '--typeRoots', join(repoRoot, 'node_modules', '@types')], { cwd: consumer.app, timeoutMs: 60_000 });
  });
});
