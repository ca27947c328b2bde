// The three examples, run as they are against the emulator: each example folder is copied into
// .tmp/examples/ (so `@org/ecs-pipelines-client` resolves to this package's link to the built client,
// like an app's node_modules) and run with its runtime. 130 pipelines at MaxResults 100 make two pages.
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startEmulatorServer } from '@org/ecs-pipelines-contract/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deno, denoEnv, writeDenoImportMap } from '../harness/deno.ts';
import { FIXTURE } from '../harness/emulator.ts';
import { repoRoot, scratch } from '../harness/paths.ts';
import { run, runOk } from '../harness/run.ts';
import { bundleWorker, startWorker } from '../harness/workerd.ts';

type Server = Awaited<ReturnType<typeof startEmulatorServer>>;
let server: Server;
let allIds: string[];
let prodIds: string[];
const credentialsEnv = {
  ALIBABA_CLOUD_ACCESS_KEY_ID: FIXTURE.credentials.accessKeyId,
  ALIBABA_CLOUD_ACCESS_KEY_SECRET: FIXTURE.credentials.accessKeySecret,
};

beforeAll(async () => {
  server = await startEmulatorServer({ port: 0, pipelines: 130, seed: 'examples', regions: [FIXTURE.regionId], credentials: [{ ...FIXTURE.credentials }] });
  const pipelines = server.emulator.pipelines[FIXTURE.regionId] ?? [];
  allIds = pipelines.map((p) => p.ImagePipelineId ?? '');
  prodIds = pipelines.filter((p) => p.Tags?.Tag?.some((t) => t.TagKey === 'env' && t.TagValue === 'prod')).map((p) => p.ImagePipelineId ?? '');
  expect(prodIds.length).toBeGreaterThan(0);
  expect(prodIds.length).toBeLessThan(allIds.length);
});
afterAll(() => server?.close());

/** A fresh copy of examples/<name> under .tmp/examples/. */
function copyExample(name: string): string {
  const dir = join(scratch('examples'), name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(repoRoot, 'examples', name), dir, { recursive: true });
  return dir;
}

/** The IDs of the `ID<TAB>…` lines an example prints, and its `N pipelines` summary. */
function listed(stdout: string) {
  const lines = stdout.trim().split('\n');
  return { ids: lines.filter((l) => l.startsWith('ip-')).map((l) => l.split('\t')[0]), summary: lines.at(-1) };
}

describe('examples', () => {
  it('node: lists every pipeline, and filters by tag', async () => {
    const dir = copyExample('node');
    const env = { ...process.env, ...credentialsEnv, ECS_ENDPOINT: server.url, ALIBABA_CLOUD_REGION_ID: FIXTURE.regionId };
    const all = await runOk(process.execPath, ['list-pipelines.mjs'], { cwd: dir, env, timeoutMs: 30_000 });
    expect(listed(all.stdout)).toEqual({ ids: allIds, summary: `${allIds.length} pipelines` });
    const prod = await runOk(process.execPath, ['list-pipelines.mjs', 'env=prod'], { cwd: dir, env, timeoutMs: 30_000 });
    expect(listed(prod.stdout)).toEqual({ ids: prodIds, summary: `${prodIds.length} pipelines` });
  });

  it('node: a wrong secret prints SignatureDoesNotMatch and exits 1, never the secret', async () => {
    const dir = copyExample('node');
    const secret = 'not-the-right-secret-1234';
    const env = { ...process.env, ...credentialsEnv, ALIBABA_CLOUD_ACCESS_KEY_SECRET: secret, ECS_ENDPOINT: server.url };
    const r = await run(process.execPath, ['list-pipelines.mjs'], { cwd: dir, env, timeoutMs: 30_000 });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^SignatureDoesNotMatch: /);
    expect(r.stdout + r.stderr).not.toContain(secret);
  });

  it('deno: lists every pipeline with --allow-net=127.0.0.1 and --allow-env for the three credential names', async () => {
    const dir = copyExample('deno');
    const map = writeDenoImportMap('example', ['@org/ecs-pipelines-client']);
    const allowEnv = '--allow-env=ALIBABA_CLOUD_ACCESS_KEY_ID,ALIBABA_CLOUD_ACCESS_KEY_SECRET,ALIBABA_CLOUD_SECURITY_TOKEN';
    // --no-config: deno.json maps the package to its npm release; the import map points at the build instead.
    const args = ['run', '--no-prompt', '--no-config', '--no-lock', '--allow-net=127.0.0.1', allowEnv, `--import-map=${map}`, 'main.ts', server.url];
    const r = await runOk(deno, args, { cwd: dir, env: { ...denoEnv(), ...credentialsEnv }, timeoutMs: 60_000 });
    expect(listed(r.stdout)).toEqual({ ids: allIds, summary: `${allIds.length} pipelines` });
  });

  it('cloudflare-worker: the Wrangler bundle serves /pipelines in workerd, filters by tag, and maps errors', async () => {
    const dir = copyExample('cloudflare-worker');
    const bundle = await bundleWorker(join(dir, 'wrangler.toml'), 'example');
    expect(bundle.compatibilityFlags).toEqual([]);
    expect(bundle.vars).toEqual({ ECS_REGION_ID: FIXTURE.regionId });
    const worker = await startWorker(bundle, { bindings: { ...credentialsEnv, ECS_ENDPOINT: server.url } });
    const wrong = await startWorker(bundle, { bindings: { ...credentialsEnv, ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'wrong', ECS_ENDPOINT: server.url } });
    try {
      const all = await worker.mf.dispatchFetch('http://example.test/pipelines');
      expect(all.status).toBe(200);
      const body = (await all.json()) as { count: number; pipelines: Array<{ id: string }> };
      expect(body.pipelines.map((p) => p.id)).toEqual(allIds);
      expect(body.count).toBe(allIds.length);

      const prod = (await (await worker.mf.dispatchFetch('http://example.test/pipelines?tag=env=prod')).json()) as { pipelines: Array<{ id: string }> };
      expect(prod.pipelines.map((p) => p.id)).toEqual(prodIds);

      const bad = await worker.mf.dispatchFetch(`http://example.test/pipelines?${'tag=k&'.repeat(21)}`);
      expect(bad.status).toBe(400);
      expect(await bad.json()).toMatchObject({ parameter: expect.stringMatching(/^Tag/) });

      const denied = await wrong.mf.dispatchFetch('http://example.test/pipelines');
      expect(denied.status).toBe(502);
      expect(await denied.json()).toMatchObject({ error: 'SignatureDoesNotMatch', requestId: expect.any(String) });
    } finally {
      await Promise.all([worker.dispose(), wrong.dispose()]);
    }
  });
});
