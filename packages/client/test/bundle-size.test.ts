// Issue 15's bundle budgets, measured as a Worker ships: esbuild --bundle --platform=browser --format=esm
// --minify, gzip level 9, core from source.
//   (a) a Worker that creates the full client (one method per action) and pages DescribeImagePipelines:
//       at most 16 KiB gzip;
//   (b) a Worker with `createBareClient` and the standalone `describeImagePipelines` only: at most 12 KiB gzip,
//       and without the other actions' rules (tree-shaking works per action).
// Both bundles must run (they page through the emulator) and hold no Node-only code. These replace issue 5's
// single-operation 12 KiB regression budget. `pnpm --filter @org/ecs-pipelines-client size` prints where the
// bytes of each go.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { operations } from '@org/ecs-pipelines-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bundle } from './helpers/bundle.js';
import { DEFAULT_CREDENTIALS, type EmulatorServer, startEmulator } from './helpers/emulator.js';

const KiB = 1024;
const WORKERS = {
  full: { entry: 'fixtures/worker-entry.ts', budget: 16 * KiB },
  bare: { entry: 'fixtures/worker-bare.ts', budget: 12 * KiB },
} as const;
const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const gzip = (code: string) => gzipSync(code, { level: 9 }).length;
const others = Object.keys(operations).filter((a) => a !== 'DescribeImagePipelines');
// Parameters only the other actions have: their rules would carry these names (the write actions' included;
// not the names DescribeImagePipelines' response also has, such as ImportImageOptions).
const otherParameters = ['ExecutionId', 'ComponentVersion', 'ComponentType', 'SystemType', 'ImageComponentId', 'ClientToken', 'TemplateTag'];
// The waiter and its error: only a bundle that waits carries them (the full client binds the waiter method).
const waiterOnly = ['EcsWaiterError', 'ImagePipelineExecutionComplete', 'is required to wait'];

let dir: string;
let server: EmulatorServer;
const code: Record<keyof typeof WORKERS, string> = { full: '', bare: '' };
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ecs-client-size-'));
  server = await startEmulator({ pipelines: 230 });
  for (const kind of ['full', 'bare'] as const) code[kind] = await bundle(here(WORKERS[kind].entry), { platform: 'browser', minify: true });
});
afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

describe.each(['full', 'bare'] as const)('the %s Worker', (kind) => {
  test('has no Node-only code', () => {
    expect(code[kind]).toContain('DescribeImagePipelines');
    expect(code[kind]).not.toMatch(/\bnode:|\brequire\(|\bprocess\.|\bBuffer\b/);
  });

  test('works minified: it pages through every pipeline of the emulator', async () => {
    const file = join(dir, `${kind}.mjs`);
    await writeFile(file, code[kind]);
    const { default: handler } = (await import(file)) as { default: { fetch(r: Request, env: Record<string, string>): Promise<Response> } };
    const env = { ALIBABA_CLOUD_ACCESS_KEY_ID: DEFAULT_CREDENTIALS.accessKeyId, ALIBABA_CLOUD_ACCESS_KEY_SECRET: DEFAULT_CREDENTIALS.accessKeySecret, ECS_ENDPOINT: server.url };
    const ids = (await (await handler.fetch(new Request('http://worker/'), env)).json()) as string[];
    expect(ids).toEqual(server.emulator.pipelines['cn-hangzhou']!.map((p) => p.ImagePipelineId));
  });

  test(`stays within its budget (${WORKERS[kind].budget / KiB} KiB gzip)`, () => {
    const size = gzip(code[kind]);
    console.log(`${kind} Worker (${WORKERS[kind].entry}): ${code[kind].length} B minified, ${size} B gzip, budget ${WORKERS[kind].budget} B (${WORKERS[kind].budget - size} B to spare)`);
    expect(size).toBeLessThanOrEqual(WORKERS[kind].budget);
  });
});

test('the full client carries every action; the bare Worker carries DescribeImagePipelines alone', () => {
  for (const action of Object.keys(operations)) expect(code.full).toContain(action);
  for (const action of others) expect(code.bare).not.toContain(action);
  for (const name of otherParameters) {
    expect(code.full).toContain(name);
    expect(code.bare).not.toContain(name);
  }
  console.log(`the other actions and the method table cost the full Worker ${gzip(code.full) - gzip(code.bare)} B gzip more than the bare one`);
});

test('the waiter and EcsWaiterError are in the full client only; the retry-safety rule is on the shared path', () => {
  for (const name of waiterOnly) {
    expect(code.full).toContain(name);
    expect(code.bare).not.toContain(name);
  }
  // A bare client can send any action, writes included: it must know when not to retry one.
  for (const kind of ['full', 'bare'] as const) {
    expect(code[kind]).toContain('is unknown: it has no idempotency token');
    expect(code[kind]).toContain('randomUUID');
  }
});
