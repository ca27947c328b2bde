// A canary AccessKey secret and STS token run through every path of the binary (success, each fault, refused
// signatures whose messages echo the string-to-sign, validation errors, network failures, profiles, the
// emulator command, the write workflow: create from a file, start --wait, delete, an unknown outcome, canaries
// as nested and file values), with --verbose wherever it applies: neither appears on stdout or stderr in any
// spelling.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, BIN, closedPortUrl, pooled, runCli, tempHome, type CliResult } from './helpers/cli.js';
import { CANARY, canaryEnv, startCanaryEmulator, type EmulatorServer } from './helpers/emulator.js';

const rfc = (v: string) => encodeURIComponent(v).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
/** Every spelling of a canary that would count as a leak. */
function spellings(secret: string): string[] {
  const once = [encodeURIComponent(secret), rfc(secret)];
  return [...new Set([secret, ...once, ...once.map(rfc), ...once.map((s) => s.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase())),
    Buffer.from(secret).toString('base64'), JSON.stringify(secret).slice(1, -1)])];
}
const LEAKS = [...spellings(CANARY.accessKeySecret), ...spellings(CANARY.securityToken)];

let server: EmulatorServer;
let otherToken: EmulatorServer;
let closedUrl = '';
const home = tempHome();
const brokenHome = tempHome();
const env = (extra: Record<string, string> = {}) => ({ ...canaryEnv(), HOME: home.dir, ...extra });
const at = (s: () => EmulatorServer, ...args: string[]) => () => ['describe', '--endpoint', s().url, '--verbose', ...args];

interface Path {
  name: string;
  argv: () => string[];
  env?: () => Record<string, string>;
  /** Faults to queue on the main emulator first (these paths run one at a time). */
  faults?: Array<string | { kind: string; ms: number }>;
  expect: { code: number; stderr?: RegExp };
}

const S = () => server;
const PATHS: Path[] = [
  { name: 'success, v3, json', argv: at(S), expect: { code: 0, stderr: /< HTTP 200/ } },
  { name: 'success, v1', argv: at(S, '--signature-version', 'v1'), expect: { code: 0, stderr: /< HTTP 200/ } },
  { name: 'success, --all ndjson', argv: at(S, '--all', '--max-results', '2', '-o', 'ndjson'), expect: { code: 0 } },
  { name: 'success, table', argv: at(S, '-o', 'table'), expect: { code: 0 } },
  { name: 'success, executions subcommand', argv: () => ['describe-image-pipeline-executions', '--endpoint', server.url, '--verbose', '--image-pipeline-id', server.emulator.pipelines['cn-hangzhou']![0]!.ImagePipelineId!, '--all'], expect: { code: 0, stderr: /< HTTP 200/ } },
  { name: 'success, components subcommand, v1, POST', argv: () => ['describe-image-components', '--endpoint', server.url, '--verbose', '--owner', 'SELF', '--signature-version', 'v1', '--method', 'POST', '-o', 'table'], expect: { code: 0, stderr: /< HTTP 200/ } },
  { name: 'components subcommand, refused by the service', argv: () => ['describe-image-pipeline-executions', '--endpoint', server.url, '--verbose', '--image-pipeline-id', 'ip-none'], expect: { code: 1, stderr: /InvalidImagePipeline\.NotFound/ } },
  { name: 'components subcommand, bad input', argv: () => ['describe-image-components', '--endpoint', server.url, '--verbose', '--owner', CANARY.securityToken], expect: { code: 2, stderr: /--owner \(Owner\)/ } },
  { name: 'throttled, retried, then refused', argv: at(S, '--max-attempts', '2'), faults: ['throttling', 'throttling'], expect: { code: 1, stderr: /Throttling/ } },
  { name: 'internal error', argv: at(S, '--max-attempts', '2'), faults: ['internal-error', 'internal-error'], expect: { code: 1, stderr: /InternalError/ } },
  { name: 'service unavailable', argv: at(S, '--max-attempts', '1'), faults: ['service-unavailable'], expect: { code: 1, stderr: /ServiceUnavailable/ } },
  { name: 'HTML 502', argv: at(S, '--max-attempts', '1'), faults: ['html-502'], expect: { code: 1, stderr: /502/ } },
  { name: 'truncated JSON', argv: at(S, '--max-attempts', '1'), faults: ['truncated-json'], expect: { code: 1 } },
  { name: 'dropped connection', argv: at(S, '--max-attempts', '1'), faults: ['drop'], expect: { code: 1 } },
  { name: 'timeout', argv: at(S, '--max-attempts', '1', '--timeout', '150'), faults: [{ kind: 'latency', ms: 2_000 }], expect: { code: 1, stderr: /timed out/ } },
  { name: 'wrong secret, v3 (message echoes the string-to-sign)', argv: at(S), env: () => env({ ALIBABA_CLOUD_ACCESS_KEY_SECRET: `${CANARY.accessKeySecret}-wrong` }), expect: { code: 1, stderr: /SignatureDoesNotMatch/ } },
  { name: 'wrong secret, v1 (the string-to-sign holds the token)', argv: at(S, '--signature-version', 'v1'), env: () => env({ ALIBABA_CLOUD_ACCESS_KEY_SECRET: `${CANARY.accessKeySecret}-wrong` }), expect: { code: 1, stderr: /SignatureDoesNotMatch/ } },
  { name: 'token refused, v3', argv: at(() => otherToken), expect: { code: 1 } },
  { name: 'token refused, v1', argv: at(() => otherToken, '--signature-version', 'v1'), expect: { code: 1 } },
  { name: 'validation error', argv: at(S, '--max-results', '0'), expect: { code: 2 } },
  { name: 'bad region', argv: at(S, '--region', 'Bad Region'), expect: { code: 2 } },
  { name: 'the secret as a stray argument', argv: at(S, CANARY.accessKeySecret), expect: { code: 2 } },
  { name: 'the token as a flag value', argv: at(S, '--output', CANARY.securityToken), expect: { code: 2 } },
  { name: 'closed port', argv: () => ['describe', '--endpoint', closedUrl, '--verbose', '--max-attempts', '1'], expect: { code: 1, stderr: /ECONNREFUSED/ } },
  { name: 'StsToken profile', argv: at(S, '--profile', 'sts'), env: () => ({ HOME: home.dir, ALIBABA_CLOUD_REGION_ID: 'cn-hangzhou' }), expect: { code: 0 } },
  { name: 'unreadable profile file holding the secret', argv: at(S, '--profile', 'sts'), env: () => ({ HOME: brokenHome.dir, ALIBABA_CLOUD_REGION_ID: 'cn-hangzhou' }), expect: { code: 2, stderr: /not valid JSON/ } },
  { name: '--emulator with canary variables set', argv: () => ['describe', '--emulator', '--verbose'], expect: { code: 0 } },
  { name: 'emulator command, bad flag after the secret', argv: () => ['emulator', '--access-key-secret', CANARY.accessKeySecret, '--security-token', CANARY.securityToken, '--bogus'], expect: { code: 2 } },
];

const outputs: Array<{ name: string; result: CliResult }> = [];
/** The write workflow's steps (run in order by writeWorkflow) and how each must end. */
const WRITE_STEPS: Readonly<Record<string, { code: number; stderr?: RegExp }>> = {
  'write: create from --file': { code: 0, stderr: /< HTTP 200/ },
  'write: start --wait': { code: 0, stderr: /SUCCESS after/ },
  'write: the new template\'s build tasks': { code: 0 },
  'write: delete --yes': { code: 0 },
  'write: delete again, refused': { code: 1, stderr: /InvalidImagePipeline\.NotFound/ },
  'write: component from --content-file': { code: 0 },
  'write: delete with a dropped connection (outcome unknown)': { code: 1, stderr: /the outcome is unknown/ },
  'write: cancel without --yes off a terminal': { code: 2, stderr: /--yes/ },
  'write: the token as a nested value': { code: 2, stderr: /ImageOptions\.ImageFeatures\.NvmeSupport/ },
  'write: the secret and token as values in --file': { code: 2, stderr: /BaseImageType/ },
  'write: --emulator create with canary variables set': { code: 0 },
};

/** The build workflow with --verbose, one step after the other (each needs the one before). */
async function writeWorkflow(): Promise<void> {
  const step = async (name: keyof typeof WRITE_STEPS, argv: string[]) => {
    const result = await runCli(argv, env());
    outputs.push({ name, result });
    return result;
  };
  const at = ['--endpoint', server.url, '--verbose'];
  const template = join(home.dir, 'template.json');
  writeFileSync(template, JSON.stringify({ BaseImageType: 'IMAGE', BaseImage: 'm-1', BuildContent: 'RUN true', ImageOptions: { ImageName: 'canary', ImageTags: [{ Key: 'k', Value: 'v' }] } }));
  const body = join(home.dir, 'component.txt');
  writeFileSync(body, 'RUN echo canary');
  const secretInFile = join(home.dir, 'secret-in-file.json');
  writeFileSync(secretInFile, JSON.stringify({ BaseImageType: CANARY.accessKeySecret, ImageOptions: { ImageTags: [{ Key: '' , Value: CANARY.securityToken }] } }));

  const created = await step('write: create from --file', ['create-image-pipeline', ...at, '--file', template, '-o', 'json']);
  const id = created.code === 0 ? (JSON.parse(created.stdout) as { ImagePipelineId: string }).ImagePipelineId : 'ip-none';
  await step('write: start --wait', ['start', id, ...at, '--wait', '--poll-interval', '100ms']);
  await step('write: the new template\'s build tasks', ['describe-image-pipeline-executions', ...at, '--image-pipeline-id', id, '-o', 'table']);
  await step('write: delete --yes', ['delete-image-pipeline', id, ...at, '--yes']);
  await step('write: delete again, refused', ['delete-image-pipeline', id, ...at, '--yes']);
  const component = await step('write: component from --content-file', ['create-image-component', ...at, '--content-file', body, '-o', 'json']);
  const icId = component.code === 0 ? (JSON.parse(component.stdout) as { ImageComponentId: string }).ImageComponentId : 'ic-none';
  server.emulator.faults.queue('drop');
  await step('write: delete with a dropped connection (outcome unknown)', ['delete-image-component', icId, ...at, '--yes']);
  server.emulator.faults.clear();
  await step('write: cancel without --yes off a terminal', ['cancel', 'exec-none', ...at]);
  await step('write: the token as a nested value', ['create-image-pipeline', ...at, '--base-image-type', 'IMAGE', '--image-options.image-features.nvme-support', CANARY.securityToken]);
  await step('write: the secret and token as values in --file', ['create-image-pipeline', ...at, '--file', secretInFile]);
  await step('write: --emulator create with canary variables set', ['create-image-pipeline', '--emulator', '--verbose', '--file', template]);
}

beforeAll(async () => {
  assertBuilt();
  closedUrl = await closedPortUrl();
  server = await startCanaryEmulator({ pipelines: 5, buildStepMs: 30 });
  otherToken = await startCanaryEmulator({ pipelines: 5, credentials: [{ ...CANARY, securityToken: 'a-different-sts-token-0042' }] });
  for (const h of [home, brokenHome]) mkdirSync(join(h.dir, '.aliyun'));
  writeFileSync(join(home.dir, '.aliyun', 'config.json'), JSON.stringify({
    profiles: [{ name: 'sts', mode: 'StsToken', access_key_id: CANARY.accessKeyId, access_key_secret: CANARY.accessKeySecret, sts_token: CANARY.securityToken }],
  }));
  writeFileSync(join(brokenHome.dir, '.aliyun', 'config.json'), `{"profiles":[{"name":"sts","access_key_secret":"${CANARY.accessKeySecret}","sts_token":"${CANARY.securityToken}"`);

  // Paths with scripted faults share the main emulator's queue: run those one by one, the rest in parallel.
  const scripted = PATHS.filter((p) => p.faults);
  for (const p of scripted) {
    server.emulator.faults.clear();
    server.emulator.faults.queue(...(p.faults as never[]));
    outputs.push({ name: p.name, result: await runCli(p.argv(), p.env?.() ?? env()) });
  }
  server.emulator.faults.clear();
  const rest = PATHS.filter((p) => !p.faults);
  const results = await pooled(rest.map((p) => () => runCli(p.argv(), p.env?.() ?? env())));
  rest.forEach((p, i) => outputs.push({ name: p.name, result: results[i]! }));
  await writeWorkflow();
  outputs.push({ name: 'emulator command, running then SIGTERM', result: await runEmulatorCommand() });
}, 90_000);

afterAll(async () => {
  await server?.close();
  await otherToken?.close();
  home.cleanup();
  brokenHome.cleanup();
});

// `ecs-pipelines emulator` with the canaries as its own credentials: started, queried once, stopped.
function runEmulatorCommand(): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'emulator', '--port', '0', '--access-key-id', CANARY.accessKeyId, '--access-key-secret', CANARY.accessKeySecret, '--security-token', CANARY.securityToken], {
      env: { PATH: process.env['PATH'], HOME: home.dir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let asked = false;
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdout.setEncoding('utf8').on('data', async (d: string) => {
      stdout += d;
      const url = /listening on (http:\/\/\S+)/.exec(stdout)?.[1];
      if (!url || asked) return;
      asked = true;
      // One signed request from the CLI itself, so the emulator logs a request made with the canaries.
      const r = await runCli(['describe', '--endpoint', url, '--verbose'], env());
      stdout += r.stdout;
      stderr += r.stderr;
      child.kill('SIGTERM');
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

describe('canary secret and token', () => {
  it.each(PATHS.map((p) => [p.name, p] as const))('%s: ends as expected', (name, p) => {
    const { result } = outputs.find((o) => o.name === name)!;
    expect(result.code, result.stderr).toBe(p.expect.code);
    if (p.expect.stderr) expect(result.stderr).toMatch(p.expect.stderr);
  });

  it.each(Object.entries(WRITE_STEPS))('%s: ends as expected', (name, expected) => {
    const { result } = outputs.find((o) => o.name === name)!;
    expect(result.code, result.stderr).toBe(expected.code);
    if (expected.stderr) expect(result.stderr).toMatch(expected.stderr);
  });

  it('never appear on stdout or stderr, in any spelling', () => {
    let bytes = 0;
    for (const { name, result } of outputs) {
      for (const [stream, text] of [['stdout', result.stdout], ['stderr', result.stderr]] as const) {
        bytes += text.length;
        for (const leak of LEAKS) expect(text.includes(leak), `${name}: ${stream} contains a canary spelling`).toBe(false);
      }
    }
    expect(outputs.find((o) => o.name === 'emulator command, running then SIGTERM')!.result.stdout).toMatch(/listening on/);
    console.log(`canary: ${outputs.length} runs (--verbose on every describe path), ${LEAKS.length} spellings of the secret and token searched in ${bytes} bytes of stdout+stderr: 0 found`);
  });
});
