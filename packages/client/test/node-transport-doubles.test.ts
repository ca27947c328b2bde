// Issue 17: the test doubles apps use keep seeing the Node client's requests, on either of its transports.
// MSW (through @mswjs/interceptors, the version msw 2.15 runs on) and nock 14 replace `http.request`: the
// client then stays on node:http. undici's MockAgent replaces the global dispatcher: the client sends through
// it. Each double is checked while the process is young (node:http) and after the switch to undici; the
// order of the blocks matters, since the switch is per process (per test file here).
import { ClientRequestInterceptor } from '@mswjs/interceptors/ClientRequest';
import nock from 'nock';
import { getGlobalDispatcher, MockAgent, setGlobalDispatcher } from 'undici';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { nodeDefaultTransport } from '../src/node/default-transport.js';
import { createClient } from '../src/node/index.js';
import { type FakeService, startFakeService } from './helpers/fake-service.js';

// Nothing listens here: a request that escapes its double fails with ECONNREFUSED.
const ORIGIN = 'http://127.0.0.1:9';
const PAGE = { RequestId: 'mocked-request', TotalCount: 1, ImagePipeline: { ImagePipelineSet: [{ ImagePipelineId: 'ip-mocked', Name: 'from a double' }] } };
const HEADERS = { 'content-type': 'application/json', 'x-acs-request-id': 'mocked-request' };

const client = createClient({ regionId: 'cn-hangzhou', credentials: { accessKeyId: 'id', accessKeySecret: 'secret' }, endpoint: ORIGIN, retry: { maxAttempts: 1 } });
const ids = async () => (await client.describeImagePipelines({ MaxResults: 1 })).ImagePipeline.ImagePipelineSet.map((p) => p.ImagePipelineId);

// nock activates itself on import; each block turns it on for its own checks only.
nock.restore();

function checkDoubles() {
  test('MSW (@mswjs/interceptors ClientRequestInterceptor) answers', async () => {
    const interceptor = new ClientRequestInterceptor();
    const seen: string[] = [];
    interceptor.on('request', ({ request, controller }) => {
      seen.push(request.headers.get('x-acs-action')!);
      controller.respondWith(new Response(JSON.stringify(PAGE), { headers: HEADERS }));
    });
    interceptor.apply();
    try {
      expect(await ids()).toEqual(['ip-mocked']);
      expect(seen).toEqual(['DescribeImagePipelines']);
    } finally {
      interceptor.dispose();
    }
  });

  test('nock answers', async () => {
    nock.activate();
    try {
      const scope = nock(ORIGIN).get('/').query(true).reply(200, PAGE, HEADERS);
      expect(await ids()).toEqual(['ip-mocked']);
      expect(scope.isDone()).toBe(true);
    } finally {
      nock.cleanAll();
      nock.restore();
    }
  });

  test("undici's MockAgent as the global dispatcher answers, with the request's query and headers", async () => {
    const previous = getGlobalDispatcher();
    const agent = new MockAgent();
    agent.disableNetConnect();
    let query: Record<string, unknown> = {};
    let headers: Record<string, string> = {};
    agent
      .get(ORIGIN)
      .intercept({ path: (p) => p.startsWith('/?'), method: 'GET' })
      .reply((options) => {
        query = Object.fromEntries(new URL(options.path, ORIGIN).searchParams);
        headers = options.headers as Record<string, string>;
        return { statusCode: 200, data: JSON.stringify(PAGE), responseOptions: { headers: HEADERS } };
      });
    setGlobalDispatcher(agent);
    try {
      const page = await client.describeImagePipelines({ MaxResults: 1 });
      expect(page.ImagePipeline.ImagePipelineSet[0]?.ImagePipelineId).toBe('ip-mocked');
      expect(page.$metadata.requestId).toBe('mocked-request');
      expect(query).toMatchObject({ MaxResults: '1', RegionId: 'cn-hangzhou' });
      expect(headers['x-acs-action']).toBe('DescribeImagePipelines');
      expect(headers['authorization']).toMatch(/^ACS3-HMAC-SHA256 Credential=id,/);
      agent.assertNoPendingInterceptors();
      // A request the agent has no interceptor for is refused by it (net connect disabled), not sent.
      await expect(ids()).rejects.toMatchObject({ name: 'EcsNetworkError', cause: { name: 'MockNotMatchedError' } });
    } finally {
      setGlobalDispatcher(previous);
      await agent.close();
    }
  });

  test('without a double the request reaches the network (here: refused)', async () => {
    await expect(ids()).rejects.toMatchObject({ name: 'EcsNetworkError', cause: { code: 'ECONNREFUSED' } });
  });
}

describe('a young process (node:http)', checkDoubles);

describe('after the switch to undici', () => {
  let service: FakeService;
  beforeAll(async () => {
    // One request over a transport that switches at once loads undici for the whole process (this file).
    service = await startFakeService({ pipelines: 1 });
    const res = await nodeDefaultTransport(0)({ method: 'GET', url: `${service.url}/?MaxResults=1`, headers: {}, signal: new AbortController().signal });
    expect(res.status).toBe(200);
  });
  afterAll(() => service.close());

  test('the client sends over undici now', async () => {
    const { channel } = await import('node:diagnostics_channel');
    let created = 0;
    const count = () => created++;
    channel('undici:request:create').subscribe(count);
    try {
      await expect(ids()).rejects.toMatchObject({ cause: { code: 'ECONNREFUSED' } });
    } finally {
      channel('undici:request:create').unsubscribe(count);
    }
    expect(created).toBe(1);
  });

  checkDoubles();
});
