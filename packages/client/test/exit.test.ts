// Issue 9: no timer or socket is left behind — a Node process that made calls (successful, timed out,
// aborted during a backoff) exits on its own, without process.exit, well before any client timer would fire.
// Issue 17: also once the Node transport has moved to undici (its idle sockets are unref'd too).
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { bundle } from './helpers/bundle.js';
import { type FakeService, startFakeService } from './helpers/fake-service.js';

let dir: string;
let service: FakeService;
const src = (p: string) => fileURLToPath(new URL(`../src/${p}`, import.meta.url));

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ecs-client-exit-'));
  // undici is CommonJS: its require() of Node built-ins needs a real `require` in the ES module bundle (the
  // usual esbuild banner); without one the Node entry would stay on node:http (it cannot load undici).
  const requireBanner = "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);\n";
  await writeFile(join(dir, 'node.mjs'), requireBanner + (await bundle(src('node/index.ts'), { platform: 'node' })));
  await writeFile(join(dir, 'web.mjs'), await bundle(src('index.ts'), { platform: 'node' }));
  await writeFile(join(dir, 'child.mjs'), CHILD);
  service = await startFakeService({
    pipelines: 5,
    script: ({ query }) => {
      if (query.get('Name') === 'hang') return 'hang';
      if (query.get('Name') === 'busy') return { status: 503, body: '{"Code":"ServiceUnavailable","Message":"busy"}' };
      return undefined;
    },
  });
});
afterAll(async () => {
  await service.close();
  await rm(dir, { recursive: true, force: true });
});

// Long client timers (30 s timeout, 30 s backoff): if any were left running, the child would not exit.
const CHILD = `
const [entry, scenario, endpoint] = process.argv.slice(2);
const { createClient } = await import(entry === 'node' ? './node.mjs' : './web.mjs');
const client = createClient({ regionId: 'cn-hangzhou', credentials: { accessKeyId: 'id', accessKeySecret: 'secret' }, endpoint,
  timeoutMs: scenario === 'timeout' ? 100 : 30000, retry: { maxAttempts: 3, baseDelayMs: 30000, maxDelayMs: 30000 } });
let outcome;
try {
  if (scenario === 'ok') outcome = (await client.describeImagePipelines({ MaxResults: 2 })).$metadata.attempts;
  if (scenario === 'timeout') outcome = await client.describeImagePipelines({ Name: 'hang' }, { retry: { maxAttempts: 1 } });
  if (scenario === 'abort-in-flight') outcome = await client.describeImagePipelines({ Name: 'hang' }, { signal: AbortSignal.timeout(100) });
  if (scenario === 'abort-in-backoff') outcome = await client.describeImagePipelines({ Name: 'busy' }, { signal: AbortSignal.timeout(100) });
  if (scenario === 'paginate') { outcome = 0; for await (const p of client.listImagePipelines({}, { pageSize: 2 })) outcome++; }
  // Past the Node transport's switch to undici (SWITCH_AFTER requests), 16 at a time, then a timeout and an abort on undici.
  if (scenario === 'undici') {
    // undici announces every request it creates on this channel: proof that the later requests went over it.
    let created = 0;
    (await import('node:diagnostics_channel')).subscribe('undici:request:create', () => created++);
    await Promise.all(Array.from({ length: 16 }, async () => { for (let i = 0; i < 10; i++) await client.describeImagePipelines({ MaxResults: 1 }); }));
    outcome = [];
    for (const [input, options] of [[{ Name: 'hang' }, { timeoutMs: 100, retry: { maxAttempts: 1 } }], [{ Name: 'hang' }, { signal: AbortSignal.timeout(100) }]]) {
      try { await client.describeImagePipelines(input, options); } catch (e) { outcome.push(e.name); }
    }
    outcome = outcome.join() + (created > 0 ? ' over undici' : '');
  }
} catch (e) { outcome = e.name; }
console.log(JSON.stringify({ outcome, doneAt: Date.now() }));
`;

function run(entry: string, scenario: string): Promise<{ outcome: unknown; exitLagMs: number; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(dir, 'child.mjs'), entry, scenario, service.url], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.on('exit', (code) => {
      clearTimeout(killer);
      const exitedAt = Date.now();
      try {
        const { outcome, doneAt } = JSON.parse(out.trim().split('\n').at(-1) ?? '{}');
        resolve({ outcome, exitLagMs: exitedAt - doneAt, code });
      } catch {
        reject(new Error(`child printed no result (exit ${code}): ${err.slice(0, 500)}`));
      }
    });
  });
}

const cases = [
  ['node', 'ok', 1],
  ['node', 'paginate', 5],
  ['node', 'timeout', 'EcsTimeoutError'],
  ['node', 'abort-in-flight', 'EcsTimeoutError'],
  ['node', 'abort-in-backoff', 'EcsTimeoutError'],
  ['node', 'undici', 'EcsTimeoutError,EcsTimeoutError over undici'],
  ['web', 'ok', 1],
  ['web', 'timeout', 'EcsTimeoutError'],
  ['web', 'abort-in-flight', 'EcsTimeoutError'],
  ['web', 'abort-in-backoff', 'EcsTimeoutError'],
] as const;

test('a process exits on its own after every kind of call', async () => {
  const results = await Promise.all(cases.map(([entry, scenario]) => run(entry, scenario)));
  const lines = cases.map(([entry, scenario], i) => `${entry} ${scenario}: ${JSON.stringify(results[i]!.outcome)}, exited ${results[i]!.exitLagMs} ms after its last line`);
  console.log(`process exit: ${cases.length} child processes, each exited on its own\n  ${lines.join('\n  ')}`);
  cases.forEach(([, , outcome], i) => {
    expect(results[i]!.outcome).toBe(outcome);
    expect(results[i]!.code).toBe(0);
    // A leaked 30 s timer or a referenced socket would hold the process for 30 s (then the kill at 10 s).
    expect(results[i]!.exitLagMs).toBeLessThan(3_000);
  });
});
