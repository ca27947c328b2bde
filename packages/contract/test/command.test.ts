// `ecs-pipelines emulator`: flags, the first stdout line, redacted request logs on stderr, clean stops — in
// process, and as a real child process stopped with SIGINT and SIGTERM.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { operations } from '@org/ecs-pipelines-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CREDENTIALS, DEFAULT_REGIONS } from '../src/index.js';
import { runEmulatorCommand, startEmulatorServer } from '../src/node/index.js';
import { call } from '../src/suite/call.js';

function fakeIo() {
  const out: string[] = [];
  const err: string[] = [];
  const controller = new AbortController();
  return {
    out,
    err,
    controller,
    io: { stdout: { write: (t: string) => void out.push(t) }, stderr: { write: (t: string) => void err.push(t) }, signal: controller.signal },
  };
}
const waitFor = async (cond: () => boolean) => {
  for (let i = 0; i < 200 && !cond(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(cond()).toBe(true);
};

describe('runEmulatorCommand in process', () => {
  it('--build-step-ms, --build-failure-rate and --state reach the emulator; the clock moves through the control endpoint', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'emu-cmd-'));
    const state = join(dir, 'state.json');
    const f = fakeIo();
    const done = runEmulatorCommand(['--port', '0', '--quiet', '--pipelines', '1', '--build-step-ms', '250', '--build-failure-rate', '1', '--state', state], f.io);
    await waitFor(() => f.out.length > 0);
    const endpoint = f.out[0]!.trim().split(' ').at(-1)!;
    expect(f.err.join('')).toContain(`state in ${state}`);
    const t = { endpoint, credentials: { ...DEFAULT_CREDENTIALS }, regionId: 'cn-hangzhou', fetch: globalThis.fetch, now: () => new Date() };
    const pipeline = ((await call(t, { BaseImageType: 'IMAGE', BaseImage: 'm-1' }, { action: 'CreateImagePipeline' })).json as { ImagePipelineId: string }).ImagePipelineId;
    const exec = ((await call(t, { ImagePipelineId: pipeline }, { action: 'StartImagePipelineExecution' })).json as { ExecutionId: string }).ExecutionId;
    const clock = await fetch(`${endpoint}/__emulator/clock`, { method: 'POST', body: JSON.stringify({ advanceMs: 10_000 }) });
    expect(await clock.json()).toMatchObject({ buildStepMs: 250, buildFailureRate: 1, offsetMs: 10_000 });
    const task = (await call(t, { ExecutionId: exec }, { action: 'DescribeImagePipelineExecutions' })).json as { ImagePipelineExecution: { ImagePipelineExecutionSet: Array<{ Status: string }> } };
    expect(task.ImagePipelineExecution.ImagePipelineExecutionSet[0]!.Status).toBe('FAILED');
    expect(JSON.parse(readFileSync(state, 'utf8')).regions['cn-hangzhou'].pipelines[0].ImagePipelineId).toBe(pipeline);
    f.controller.abort();
    expect(await done).toBe(0);
  });

  it('prints where it listens first, logs requests redacted to stderr, stops when the signal aborts', async () => {
    const f = fakeIo();
    const done = runEmulatorCommand(['--port', '0', '--pipelines', '4', '--executions', '2', '--components', '5', '--seed', 'cmd', '--regions', 'cn-hangzhou,us-west-1'], f.io);
    await waitFor(() => f.out.length > 0);
    const m = /^listening on (http:\/\/127\.0\.0\.1:(\d+))\n$/.exec(f.out[0]!);
    expect(m).not.toBeNull();
    const target = { endpoint: m![1]!, credentials: { ...DEFAULT_CREDENTIALS, securityToken: 'CAIS-cmd-canary' }, regionId: 'cn-hangzhou', fetch: globalThis.fetch, now: () => new Date() };
    const res = await call(target, { MaxResults: 2 }, { algorithm: 'v1', method: 'GET' });
    expect((res.json as { TotalCount: number }).TotalCount).toBe(4);
    const components = await call(target, {}, { action: 'DescribeImageComponents' });
    expect((components.json as { TotalCount: number }).TotalCount).toBe(5);
    const pipeline = (res.json as { ImagePipeline: { ImagePipelineSet: Array<{ ImagePipelineId: string }> } }).ImagePipeline.ImagePipelineSet[0]!.ImagePipelineId;
    const tasks = await call(target, { ImagePipelineId: pipeline }, { action: 'DescribeImagePipelineExecutions', algorithm: 'v1', method: 'GET' });
    expect((tasks.json as { TotalCount: number }).TotalCount).toBe(2);
    await waitFor(() => f.err.some((l) => l.includes('DescribeImagePipelineExecutions 200')));
    const stderr = f.err.join('');
    expect(stderr).toMatch(/emulator: 8 pipelines in 2 regions; AccessKey ID LTAI5tEmulatorDemoKey \(the default demo credentials/);
    expect(stderr).toMatch(/Z GET DescribeImagePipelines 200 RegionId=cn-hangzhou MaxResults=2 \(v1, LTAI5tEmulatorDemoKey, \d+ ms\)\n/);
    expect(stderr).not.toContain('CAIS-cmd-canary');
    expect(stderr).not.toContain(DEFAULT_CREDENTIALS.accessKeySecret);
    f.controller.abort();
    expect(await done).toBe(0);
    expect(f.err.at(-1)).toBe('emulator: stopped\n');
    await expect(fetch(m![1]!)).rejects.toThrow();
  });

  it('uses the given credentials, data file and faults', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'emu-cmd-'));
    const file = join(dir, 'data.json');
    writeFileSync(file, JSON.stringify({ 'cn-hangzhou': [{ ImagePipelineId: 'ip-from-file', Name: 'file' }] }));
    const f = fakeIo();
    const done = runEmulatorCommand(['--port=0', '--data', file, '--access-key-id', 'MyKey', '--access-key-secret', 'my-secret', '--quiet'], f.io);
    await waitFor(() => f.out.length > 0);
    const endpoint = f.out[0]!.trim().split(' ').at(-1)!;
    const t = { endpoint, credentials: { accessKeyId: 'MyKey', accessKeySecret: 'my-secret' }, regionId: 'cn-hangzhou', fetch: globalThis.fetch, now: () => new Date() };
    const res = await call(t, {});
    expect((res.json as { ImagePipeline: { ImagePipelineSet: Array<{ ImagePipelineId: string }> } }).ImagePipeline.ImagePipelineSet[0]!.ImagePipelineId).toBe('ip-from-file');
    expect(((await call({ ...t, credentials: { ...DEFAULT_CREDENTIALS } }, {})).json as { Code: string }).Code).toBe('InvalidAccessKeyId.NotFound');
    expect(f.err.join('')).not.toContain('my-secret');
    expect(f.err.join('')).not.toContain('DescribeImagePipelines 200');
    f.controller.abort();
    expect(await done).toBe(0);
  });

  it.each([
    [['--port', 'abc'], /--port must be an integer from 0 to 65535, got "abc"/],
    [['--port', '70000'], /--port must be an integer from 0 to 65535/],
    [['--prot', '1'], /unknown argument "--prot"; allowed: --host, --port/],
    [['--fault-rate', '2'], /--fault-rate must be a number from 0 to 1, got "2"/],
    [['--fault-rate', ''], /--fault-rate must be a number from 0 to 1/],
    [['--fault-kinds', 'throttling,boom'], /--fault-kinds: unknown "boom"; allowed: throttling, internal-error/],
    [['--access-key-id', 'x'], /--access-key-id and --access-key-secret go together/],
    [['--security-token', 't'], /--security-token needs --access-key-id/],
    [['--pipelines', '-1'], /--pipelines needs a value|--pipelines must be an integer/],
    [['--executions', '1001'], /--executions must be an integer from 0 to 1000/],
    [['--latency'], /--latency needs a value/],
    [['--data', '/nonexistent/data.json'], /--data \/nonexistent\/data.json: ENOENT/],
    [['--regions', 'Hangzhou', '--port', '0'], /region "Hangzhou" is not a region ID/],
    [['--build-step-ms', '0'], /--build-step-ms must be an integer from 1 to 86400000, got "0"/],
    [['--build-failure-rate', '1.5'], /--build-failure-rate must be a number from 0 to 1, got "1.5"/],
    [['--state'], /--state needs a value/],
  ])('refuses %j with exit 2 and a message naming the flag', async (argv, message) => {
    const f = fakeIo();
    expect(await runEmulatorCommand(argv, f.io)).toBe(2);
    expect(f.err.join('')).toMatch(message);
    expect(f.out).toEqual([]);
  });

  it('prints help with --help, exits 1 when the port is taken', async () => {
    const f = fakeIo();
    expect(await runEmulatorCommand(['--help'], f.io)).toBe(0);
    expect(f.out.join('')).toMatch(/Usage: ecs-pipelines emulator \[flags\]\n\nRuns a local ECS emulator \(([A-Z]\w+, )+[A-Z]\w+\)[\s\S]*--executions N[\s\S]*--fault-rate P/);
    for (const action of Object.keys(operations)) expect(f.out.join('')).toContain(action);
    const busy = await startEmulatorServer();
    const g = fakeIo();
    expect(await runEmulatorCommand(['--port', String(busy.port)], g.io)).toBe(1);
    expect(g.err.join('')).toMatch(/cannot listen on 127\.0\.0\.1:\d+: EADDRINUSE/);
    await busy.close();
  });
});

// The child process runs the built package, as the CLI does; build it first when the sources are newer.
const pkg = new URL('..', import.meta.url).pathname;
const newest = (dir: string): number =>
  Math.max(0, ...readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs)));

describe('as a child process', () => {
  beforeAll(() => {
    const built = (() => {
      try {
        return statSync(join(pkg, 'dist/node/index.js')).mtimeMs;
      } catch {
        return 0;
      }
    })();
    if (built < newest(join(pkg, 'src'))) execFileSync('pnpm', ['exec', 'tsdown'], { cwd: pkg, stdio: 'ignore' });
  }, 60_000);

  it.each(['SIGINT', 'SIGTERM'] as const)('stops cleanly on %s and exits 0 on its own', async (signal) => {
    const script = `import(${JSON.stringify(join(pkg, 'dist/node/index.js'))}).then(async (m) => { process.exitCode = await m.runEmulatorCommand(process.argv.slice(1), { stdout: process.stdout, stderr: process.stderr }); })`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script, '--', '--port', '0', '--pipelines', '2'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const first = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout }).once('line', resolve);
      child.once('exit', (code) => reject(new Error(`exited ${code}: ${stderr}`)));
    });
    const url = /^listening on (http:\/\/127\.0\.0\.1:\d+)$/.exec(first)?.[1];
    expect(url, first).toBeTruthy();
    const health = (await (await fetch(`${url}/__emulator/health`)).json()) as { pipelines: number };
    expect(health.pipelines).toBe(2 * DEFAULT_REGIONS.length);
    const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill(signal);
    expect(await exit).toBe(0);
    expect(stderr).toContain('emulator: stopped');
  });

  it('the built main entry imports nothing Node-only (edge-safe): core and Hono only', () => {
    const imports = (file: string): string[] => [...readFileSync(file, 'utf8').matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]!);
    const seen = new Set<string>();
    const walk = (file: string) => {
      for (const spec of imports(file)) {
        if (spec.startsWith('.')) {
          const next = join(file, '..', spec);
          if (!seen.has(next)) {
            seen.add(next);
            walk(next);
          }
        } else seen.add(spec);
      }
    };
    walk(join(pkg, 'dist/index.js'));
    const external = [...seen].filter((s) => !s.startsWith('/')).sort();
    // Hono's core and its cors, body-limit and request-id middleware use web-standard APIs only; its Node
    // adapter (@hono/node-server) stays behind /node.
    expect(external).toEqual(['@org/ecs-pipelines-core', 'hono', 'hono/body-limit', 'hono/cors', 'hono/request-id']);
  });
});
