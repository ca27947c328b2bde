// The emulator inside undici, the way an app that tests with undici's MockAgent meets it:
// `setGlobalDispatcher(mockAgent.compose(ecsInterceptor()))`, then undici's `request` and `fetch`, Node's global
// fetch and this project's client (both entries, default settings) reach the default ECS endpoint in process,
// signatures verified; the MockAgent's own intercepts and its disabled net connect still hold for other hosts.
import { Readable } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fetch as undiciFetch, getGlobalDispatcher, MockAgent, request, setGlobalDispatcher, type Dispatcher } from 'undici';
import * as edge from '@org/ecs-pipelines-client';
import * as node from '@org/ecs-pipelines-client/node';
import { DEFAULT_CREDENTIALS } from '../src/index.js';
import { prepare, type SuiteTarget } from '../src/suite/call.js';
import { ecsInterceptor } from '../src/undici/index.js';

const ecs = ecsInterceptor({ pipelines: 30, seed: 'undici' });
const agent = new MockAgent();
agent.disableNetConnect();
agent.get('https://other.example').intercept({ path: '/', method: 'GET' }).reply(200, 'mocked by the MockAgent').persist();
const all = ecs.emulator.pipelines['cn-hangzhou']!.map((p) => p.ImagePipelineId!);
const WRONG = { accessKeyId: DEFAULT_CREDENTIALS.accessKeyId, accessKeySecret: 'not-the-secret' };
const target: SuiteTarget = { endpoint: 'https://ecs-cn-hangzhou.aliyuncs.com', credentials: DEFAULT_CREDENTIALS, regionId: 'cn-hangzhou', fetch, now: () => new Date() };

let previous: Dispatcher;
beforeAll(() => {
  previous = getGlobalDispatcher();
  setGlobalDispatcher(agent.compose(ecs));
});
afterEach(() => ecs.emulator.reset());
afterAll(async () => {
  setGlobalDispatcher(previous);
  await agent.close();
});

const firstIds = (body: unknown) => (body as { ImagePipeline: { ImagePipelineSet: { ImagePipelineId: string }[] } }).ImagePipeline.ImagePipelineSet.map((p) => p.ImagePipelineId);

describe("undici's own API", () => {
  it.each([
    ['ACS3 GET', { algorithm: 'v3', method: 'GET' }],
    ['HMAC-SHA1 form POST', { algorithm: 'v1', method: 'POST', form: true }],
  ] as const)('request(): a %s signed with core is answered by the emulator', async (_, opts) => {
    const { url, init } = await prepare(target, { MaxResults: 4 }, opts);
    const res = await request(url, { method: opts.method, headers: init.headers as Record<string, string>, body: init.body as string | undefined });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(firstIds(await res.body.json())).toEqual(all.slice(0, 4));
    expect(ecs.emulator.log.map((e) => [e.status, e.algorithm])).toEqual([[200, opts.algorithm]]);
  });

  it("request(): a wrong secret is SignatureDoesNotMatch, and a body streamed in chunks arrives whole", async () => {
    const wrong = await prepare(target, {}, { credentials: WRONG });
    const res = await request(wrong.url, { method: 'POST', headers: wrong.init.headers as Record<string, string> });
    expect([res.statusCode, ((await res.body.json()) as { Code: string }).Code]).toEqual([400, 'SignatureDoesNotMatch']);
    const form = await prepare(target, { MaxResults: 2 }, { algorithm: 'v1', method: 'POST', form: true });
    const text = form.init.body as string;
    const chunks = Readable.from([text.slice(0, 10), new TextEncoder().encode(text.slice(10))]);
    const streamed = await request(form.url, { method: 'POST', headers: form.init.headers as Record<string, string>, body: chunks });
    expect(firstIds(await streamed.body.json())).toEqual(all.slice(0, 2));
  });

  it.each([
    ["undici's fetch", undiciFetch],
    ["Node's global fetch (its own undici, the same global dispatcher)", fetch],
  ] as const)('%s reaches the emulator through the global dispatcher', async (_, f) => {
    const { url, init } = await prepare(target, { MaxResults: 3 });
    const res = await f(url, { method: 'POST', headers: init.headers as Record<string, string> });
    expect(res.status).toBe(200);
    expect(firstIds(await res.json())).toEqual(all.slice(0, 3));
  });

  it("leaves other hosts to the MockAgent: its intercepts answer, its disabled net connect refuses", async () => {
    expect(await (await request('https://other.example/')).body.text()).toBe('mocked by the MockAgent');
    await expect(request('https://not-mocked.example/')).rejects.toThrow(/not allowed|net\.connect/i);
    expect(ecs.emulator.log).toEqual([]);
  });
});

describe.each([
  ['edge entry (global fetch)', edge.createClient],
  ['Node entry (follows a global MockAgent)', node.createClient],
] as const)("this project's client, %s, default settings", (_, createClient) => {
  it('pages through the emulator at its default endpoint, both signatures verified', async () => {
    const ids: string[] = [];
    for await (const p of createClient({ regionId: 'cn-hangzhou', credentials: DEFAULT_CREDENTIALS }).listImagePipelines({ MaxResults: 10 })) ids.push(p.ImagePipelineId!);
    expect(ids).toEqual(all);
    const v1 = await createClient({ regionId: 'cn-hangzhou', credentials: DEFAULT_CREDENTIALS, signatureVersion: 'v1', method: 'POST' }).describeImagePipelines({ MaxResults: 5 });
    expect(v1.ImagePipeline?.ImagePipelineSet?.map((p) => p.ImagePipelineId)).toEqual(all.slice(0, 5));
    expect(ecs.emulator.log.map((e) => `${e.status} ${e.algorithm}`)).toEqual(['200 v3', '200 v3', '200 v3', '200 v1']);
  });

  it('is refused with a wrong secret (SignatureDoesNotMatch)', async () => {
    const error = await createClient({ regionId: 'cn-hangzhou', credentials: WRONG }).describeImagePipelines({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(edge.EcsApiError);
    expect(error).toMatchObject({ code: 'SignatureDoesNotMatch', httpStatus: 400 });
  });

  it('retries a dropped connection and a slow answer cut by its timeout, then gets the page', async () => {
    ecs.emulator.faults.queue('drop', { kind: 'latency', ms: 1500 });
    const client = createClient({ regionId: 'cn-hangzhou', credentials: DEFAULT_CREDENTIALS, timeoutMs: 300, retry: { baseDelayMs: 1 } });
    const page = await client.describeImagePipelines({ MaxResults: 2 });
    expect(page.ImagePipeline?.ImagePipelineSet).toHaveLength(2);
    // The slow answer is logged when the emulator finishes it, after the client has moved on.
    await expect.poll(() => ecs.emulator.log.map((e) => e.fault ?? 'none'), { timeout: 3000 }).toEqual(['drop', 'none', 'latency']);
  });
});

it('refuses to run under an older compose that hands it onHeaders-style handlers, with a clear error', () => {
  const errors: Error[] = [];
  const dispatch = ecs(() => false);
  dispatch({ origin: 'https://ecs.cn-hangzhou.aliyuncs.com', path: '/', method: 'GET' }, { onError: (e: Error) => errors.push(e) });
  expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/needs undici 7/)]);
});
