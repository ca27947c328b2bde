// What goes on the wire: the query hey-api builds with the ACS serializer, headers, user agent, endpoints,
// and a fresh signature on every attempt.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createClient as createWebClient, VERSION } from '../src/index.js';
import { createClient } from '../src/node/index.js';
import { type FakeService, startFakeService } from './helpers/fake-service.js';
import { okPage, scriptedFetch } from './helpers/scripted-fetch.js';
import pkg from '../package.json' with { type: 'json' };

const credentials = { accessKeyId: 'testid', accessKeySecret: 'testsecret' };
let service: FakeService;
beforeAll(async () => {
  service = await startFakeService({ pipelines: 3 });
});
afterAll(() => service.close());

test('VERSION is the package version', () => {
  expect(VERSION).toBe(pkg.version);
});

describe.each([
  ['node:http', createClient, 'Node.js/'],
  ['fetch', createWebClient, ''],
] as const)('%s', (_name, make, runtime) => {
  test('the URL query is the RFC 3986 wire form of Tag.N / ImagePipelineId.N, in the given order', async () => {
    const client = make({ regionId: 'cn-hangzhou', credentials, endpoint: service.url, appId: 'my-app/1.2' });
    await client.describeImagePipelines({
      ImagePipelineId: ['ip-2ze5tsl5bp6nf2b3****', 'ip-second'],
      Tag: [
        { Key: 'env', Value: 'a b*c~d' },
        { Key: '部门', Value: "研发+/=&!'()" },
        { Key: 'empty', Value: '' },
      ],
      Name: 'my pipeline',
      MaxResults: 10,
    });
    const seen = service.requests.at(-1)!;
    const query = seen.url.slice(seen.url.indexOf('?') + 1);
    expect(query).toBe(
      'RegionId=cn-hangzhou&ImagePipelineId.1=ip-2ze5tsl5bp6nf2b3%2A%2A%2A%2A&ImagePipelineId.2=ip-second' +
        '&Tag.1.Key=env&Tag.1.Value=a%20b%2Ac~d&Tag.2.Key=%E9%83%A8%E9%97%A8&Tag.2.Value=%E7%A0%94%E5%8F%91%2B%2F%3D%26%21%27%28%29' +
        '&Tag.3.Key=empty&Tag.3.Value=&Name=my%20pipeline&MaxResults=10',
    );
    expect(seen.headers['user-agent']).toMatch(new RegExp(`^ecs-pipelines-client/${VERSION.replace(/\./g, '\\.')} \\(${runtime}.*\\) my-app/1\\.2$`));
    expect(seen.headers['x-acs-action']).toBe('DescribeImagePipelines');
    expect(seen.headers['x-acs-version']).toBe('2014-05-26');
    expect(seen.headers.authorization).toMatch(/^ACS3-HMAC-SHA256 Credential=testid,SignedHeaders=host;x-acs-action;/);
    expect(seen.headers['content-type']).toBeUndefined();
  });

  test('v1 puts the common parameters and the signature in the query; an STS token too', async () => {
    const client = make({ regionId: 'cn-hangzhou', credentials: { ...credentials, securityToken: 'tok' }, endpoint: service.url, signatureVersion: 'v1' });
    await client.describeImagePipelines({ MaxResults: 2 });
    const { query, headers } = service.requests.at(-1)!;
    expect(Object.fromEntries(query)).toMatchObject({
      Action: 'DescribeImagePipelines',
      Version: '2014-05-26',
      Format: 'JSON',
      AccessKeyId: 'testid',
      SecurityToken: 'tok',
      SignatureMethod: 'HMAC-SHA1',
      SignatureVersion: '1.0',
      RegionId: 'cn-hangzhou',
      MaxResults: '2',
      Signature: expect.stringMatching(/^[A-Za-z0-9+/]+=*$/),
    });
    expect(headers.authorization).toBeUndefined();
  });
});

test('every attempt is signed again: fresh nonce, fresh signature, same query', async () => {
  const script = scriptedFetch([{ status: 503, body: '{"Code":"ServiceUnavailable","Message":"x"}' }, { status: 500, body: '{"Code":"InternalError","Message":"x"}' }, okPage(1)]);
  const client = createWebClient({ regionId: 'cn-hangzhou', credentials, fetch: script.fetch, retry: { baseDelayMs: 1, maxDelayMs: 2, maxAttempts: 3 } });
  const page = await client.describeImagePipelines({ MaxResults: 1 });
  expect(page.$metadata.attempts).toBe(3);
  const nonces = script.requests.map((r) => r.request.headers.get('x-acs-signature-nonce'));
  const signatures = script.requests.map((r) => r.request.headers.get('authorization'));
  expect(new Set(nonces).size).toBe(3);
  expect(new Set(signatures).size).toBe(3);
  expect(new Set(script.requests.map((r) => r.request.url)).size).toBe(1);
});

describe('endpoints', () => {
  const urlFor = async (over: Record<string, unknown>, input: Record<string, unknown> = {}) => {
    const script = scriptedFetch([okPage(0)]);
    await createWebClient({ credentials, fetch: script.fetch, ...over }).describeImagePipelines(input);
    return new URL(script.requests[0]!.request.url);
  };

  test.each([
    [{ regionId: 'cn-beijing' }, {}, 'https://ecs.cn-beijing.aliyuncs.com'],
    [{ regionId: 'cn-hangzhou' }, {}, 'https://ecs-cn-hangzhou.aliyuncs.com'],
    [{ regionId: 'cn-hangzhou', network: 'vpc' }, {}, 'https://ecs-vpc.cn-hangzhou.aliyuncs.com'],
    [{}, { RegionId: 'ap-southeast-1' }, 'https://ecs.ap-southeast-1.aliyuncs.com'],
    [{ regionId: 'cn-hangzhou' }, { RegionId: 'eu-central-1' }, 'https://ecs.eu-central-1.aliyuncs.com'],
    [{ regionId: 'cn-hangzhou', endpoint: 'http://127.0.0.1:9/' }, {}, 'http://127.0.0.1:9'],
  ])('%j + %j → %s', async (over, input, origin) => {
    const url = await urlFor(over, input);
    expect(url.origin).toBe(origin);
    expect(url.pathname).toBe('/');
  });
});
