// Issue 9, "secrets kept": a canary secret and token go through every error path, the debug logger, the
// hooks, String/JSON/util.inspect of clients, errors and configs — and never come out. Signatures neither.
import { inspect } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createClient as createWebClient } from '../src/index.js';
import { type ClientOptions, createClient, fromEnv } from '../src/node/index.js';
import { type FakeService, startFakeService } from './helpers/fake-service.js';
import { scriptedFetch, type Step } from './helpers/scripted-fetch.js';

const SECRET = 'CanarySecret0123456789abcdefXYZ';
const TOKEN = 'CAIS+CanaryToken/With=Specials&x~*';
const ENV = { ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAIcanaryKeyId', ALIBABA_CLOUD_ACCESS_KEY_SECRET: SECRET, ALIBABA_CLOUD_SECURITY_TOKEN: TOKEN };

const outputs: string[] = [];
let checked = 0;
const capture = (value: unknown) => {
  outputs.push(typeof value === 'string' ? value : `${String(value)}\n${JSON.stringify(value)}\n${inspect(value, { depth: 8, showHidden: true })}`);
};

const leaks = (text: string) => {
  const forms = [SECRET, TOKEN, encodeURIComponent(TOKEN), encodeURIComponent(encodeURIComponent(TOKEN))];
  return forms.filter((f) => text.includes(f)).length > 0 || /Signature=[A-Za-z0-9%+/]{8,}|Signature=[0-9a-f]{64}/.test(text);
};

let service: FakeService;
beforeAll(async () => {
  // Answers echo what a service might: the V1 string-to-sign (which holds the token) and the raw query.
  service = await startFakeService({
    script: ({ url }, i) =>
      [
        { status: 400, body: JSON.stringify({ Code: 'SignatureDoesNotMatch', Message: `Specified signature is not matched with our calculation. server string to sign is:GET&%2F&${encodeURIComponent(url.slice(2))}`, RequestId: 'r1' }) },
        { status: 502, headers: { 'content-type': 'text/html' }, body: `<html><body>Bad gateway for ${url}</body></html>` },
        { status: 200, body: `{"RequestId":"r3","echo":"${url}` },
        'drop' as const,
      ][i % 4],
  });
});
afterAll(async () => {
  await service.close();
  console.log(`secrets: ${checked} outputs checked (errors, String/JSON/inspect, logger lines, hook events, clients, configs), canary secret, token and signatures never seen`);
});

const base = (over: Partial<ClientOptions> = {}): ClientOptions => ({
  regionId: 'cn-hangzhou',
  credentials: fromEnv(ENV),
  endpoint: service.url,
  retry: { maxAttempts: 1 },
  timeoutMs: 200,
  logger: { debug: (line) => capture(line) },
  onRequest: (e) => capture(e),
  onResponse: (e) => capture(e),
  onError: (e) => capture(e),
  ...over,
});

test.each([
  ['node:http', 'v1'],
  ['node:http', 'v3'],
  ['fetch', 'v1'],
  ['fetch', 'v3'],
] as const)('%s %s: service errors, HTML pages, truncated bodies and dropped connections leak nothing', async (transport, signatureVersion) => {
  const make = transport === 'fetch' ? createWebClient : createClient;
  const client = make(base({ signatureVersion }));
  capture(client);
  for (let i = 0; i < 4; i++) {
    const error = await client.describeImagePipelines({ Name: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    capture(error);
    capture((error as { cause?: unknown }).cause);
    capture((error as { $metadata?: unknown }).$metadata);
  }
});

test('network errors that quote the signed URL, timeouts and aborts leak nothing', async () => {
  const steps: Step[] = [];
  const script = scriptedFetch((request) => {
    steps.push({ fail: `connect ECONNREFUSED while fetching ${request.url}` });
    return steps.at(-1)!;
  });
  const client = createWebClient(base({ fetch: script.fetch, signatureVersion: 'v1' }));
  capture(await client.describeImagePipelines({}).catch((e: unknown) => e));
  const hang = createWebClient(base({ fetch: scriptedFetch(['hang']).fetch, timeoutMs: 20 }));
  capture(await hang.describeImagePipelines({}).catch((e: unknown) => e));
  capture(await hang.describeImagePipelines({}, { signal: AbortSignal.timeout(5) }).catch((e: unknown) => e));
  capture(await hang.describeImagePipelines({}, { signal: AbortSignal.abort() }).catch((e: unknown) => e));
});

test('validation errors, configs and credentials objects leak nothing', async () => {
  const config = base();
  capture(config);
  capture(fromEnv(ENV));
  for (const bad of [{ regionId: 'BAD' }, { endpoint: 'nope' }, { credentials: { accessKeyId: '', accessKeySecret: SECRET, securityToken: TOKEN } }, { credentials: { accessKeySecret: SECRET, securityToken: TOKEN } }]) {
    try {
      createClient({ ...config, ...bad } as ClientOptions);
    } catch (e) {
      capture(e);
    }
  }
  // A secret pasted into the wrong option is not echoed either.
  try {
    createClient({ ...config, regionId: SECRET, appId: `${TOKEN}\n` } as ClientOptions);
  } catch (e) {
    capture(e);
  }
  capture(await createClient(config).describeImagePipelines({ Name: TOKEN, Tag: [{ Key: SECRET, Value: '\uD800' }] }).catch((e: unknown) => e));
});

test('nothing captured contains a canary or a signature', () => {
  expect(outputs.length).toBeGreaterThan(60);
  checked = outputs.length;
  const leaked = outputs.filter(leaks);
  expect(leaked).toEqual([]);
});
