// Exit codes and messages when the service or the network fails, from the emulator's scripted faults.
// Sequential: the fault queue is shared by every request of this file's emulator.
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { assertBuilt, BIN, closedPortUrl, runCli, tempHome } from './helpers/cli.js';
import { canaryEnv, startCanaryEmulator, type EmulatorServer } from './helpers/emulator.js';

let server: EmulatorServer;
const home = tempHome();
const env = (extra: Record<string, string> = {}) => ({ ...canaryEnv(), HOME: home.dir, ...extra });
const describeAt = (...args: string[]) => ['describe', '--endpoint', server.url, ...args];
let faults = 0;

beforeAll(async () => {
  assertBuilt();
  server = await startCanaryEmulator({ pipelines: 12 });
});
beforeEach(() => server.emulator.reset());
afterAll(async () => {
  await server?.close();
  home.cleanup();
  console.log(`failure paths: ${faults} scripted faults injected, each mapped to its exit code and message`);
});

function serviceFields(stderr: string) {
  const field = (name: string) => new RegExp(`^\\s*${name}:\\s+(.*)$`, 'm').exec(stderr)?.[1];
  return { code: field('Code'), message: field('Message'), requestId: field('RequestId'), status: field('HTTP status'), recommend: field('Recommend') };
}

describe('the service refuses: exit 1 with Code, Message, RequestId, HTTP status and Recommend', () => {
  it.each([
    ['throttling', 'Throttling.User', '400'],
    ['internal-error', 'InternalError', '500'],
    ['service-unavailable', 'ServiceUnavailable', '503'],
  ] as const)('%s', async (kind, code, status) => {
    server.emulator.faults.queue(kind);
    faults++;
    const r = await runCli(describeAt('--max-attempts', '1'), env());
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const f = serviceFields(r.stderr);
    expect(f.code).toBe(code);
    expect(f.status).toBe(status);
    expect(f.message).toBeTruthy();
    expect(f.requestId).toBe(server.emulator.log.at(-1)!.requestId);
    expect(f.recommend).toMatch(/^https:\/\//);
  });

  it('a wrong secret gets SignatureDoesNotMatch, not retried', async () => {
    const r = await runCli(describeAt('--max-attempts', '3'), env({ ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'not-the-right-secret-123' }));
    expect(r.code).toBe(1);
    expect(serviceFields(r.stderr)).toMatchObject({ code: 'SignatureDoesNotMatch', status: expect.stringMatching(/^4\d\d$/) });
    expect(server.emulator.log).toHaveLength(1);
  });

  it('an unknown region is the service\'s error', async () => {
    const r = await runCli(describeAt('--region', 'xx-nowhere-1'), env());
    expect(r.code).toBe(1);
    expect(serviceFields(r.stderr).code).toMatch(/^InvalidRegionId/);
  });
});

describe('unreadable answers and the network: exit 1', () => {
  it.each([
    ['html-502', /could not be read[\s\S]*502/],
    ['truncated-json', /could not be read/],
    ['drop', /network failed/],
  ] as const)('%s', async (kind, message) => {
    server.emulator.faults.queue(kind);
    faults++;
    const r = await runCli(describeAt('--max-attempts', '1'), env());
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('an answer slower than --timeout times out', async () => {
    server.emulator.faults.queue({ kind: 'latency', ms: 3_000 });
    faults++;
    const r = await runCli(describeAt('--timeout', '200', '--max-attempts', '1'), env());
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/timed out/);
  });

  it('a closed port is a network failure, with its cause', async () => {
    const r = await runCli(['describe', '--endpoint', await closedPortUrl(), '--max-attempts', '1'], env());
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/network failed[\s\S]*ECONNREFUSED/);
  });
});

describe('retries and partial results', () => {
  it('survives faults within --max-attempts', async () => {
    server.emulator.faults.queue('throttling', 'internal-error', 'html-502');
    faults += 3;
    const r = await runCli(describeAt('--max-attempts', '4', '--verbose'), env());
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).ImagePipeline.ImagePipelineSet).toHaveLength(12);
    expect(server.emulator.log.map((e) => e.status)).toEqual([400, 500, 502, 200]);
    expect(r.stderr.match(/; retrying/g)).toHaveLength(3);
  });

  it('a failure on a later page of --all -o json prints nothing on stdout (no half document)', async () => {
    server.emulator.faults.queue('none', 'internal-error');
    faults++;
    const r = await runCli(describeAt('--all', '--max-results', '5', '--max-attempts', '1', '-o', 'json'), env());
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(serviceFields(r.stderr).code).toBe('InternalError');
  });

  it('ndjson keeps the pipelines printed before the failure', async () => {
    server.emulator.faults.queue('none', 'service-unavailable');
    faults++;
    const r = await runCli(describeAt('--all', '--max-results', '5', '--max-attempts', '1', '-o', 'ndjson'), env());
    expect(r.code).toBe(1);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(5);
  });
});

describe('signals and pipes', () => {
  it('Ctrl-C aborts a slow request at once: exit 130', async () => {
    server.emulator.faults.queue({ kind: 'latency', ms: 10_000 });
    faults++;
    const child = spawn(process.execPath, [BIN, ...describeAt('--timeout', '20000', '--verbose')], { env: { PATH: process.env['PATH'], ...env() } });
    let stderr = '';
    // Interrupt once --verbose shows the request in flight (its answer is 10 s away).
    await new Promise<void>((resolve) => child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
      if (stderr.includes('> GET ')) resolve();
    }));
    const sent = Date.now();
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(130);
    expect(stderr).toContain('interrupted');
    expect(Date.now() - sent).toBeLessThan(5_000);
  });

  it('a reader that stops early (| head -1) ends the command quietly with exit 0', async () => {
    const child = spawn(process.execPath, [BIN, ...describeAt('--all', '--max-results', '1', '-o', 'ndjson')], { env: { PATH: process.env['PATH'], ...env() } });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});

describe('no credentials: exit 2, nothing sent', () => {
  it('says which variables to set, or --profile, or --emulator', async () => {
    const r = await runCli(describeAt(), { HOME: home.dir, ALIBABA_CLOUD_REGION_ID: 'cn-hangzhou' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/ALIBABA_CLOUD_ACCESS_KEY_ID[\s\S]*ALIBABA_CLOUD_ACCESS_KEY_SECRET[\s\S]*--profile[\s\S]*--emulator/);
    expect(server.emulator.log).toHaveLength(0);
  });
});
