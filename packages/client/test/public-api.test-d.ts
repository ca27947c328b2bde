// The public API's types: what callers can write, and what they cannot.
import { describe, expectTypeOf, test } from 'vitest';
import {
  type CallOptions,
  type ClientOptions,
  createBareClient,
  createClient,
  type DescribeImagePipelinesOutput,
  type DescribeImagePipelinesResponse,
  EcsApiError,
  EcsError,
  type EcsPipelinesClient,
  fromEnv,
  type ImagePipeline,
  type ListOptions,
  paginateDescribeImagePipelines,
  type ResponseMetadata,
} from '../src/index.js';
import * as nodeEntry from '../src/node/index.js';

const client = createClient({ regionId: 'cn-hangzhou', credentials: { accessKeyId: 'a', accessKeySecret: 'b' } });

describe('createClient', () => {
  test('returns the client; credentials may be static, STS or a provider', () => {
    expectTypeOf(client).toEqualTypeOf<EcsPipelinesClient>();
    createClient({ credentials: { accessKeyId: 'a', accessKeySecret: 'b', securityToken: 't' } });
    createClient({ credentials: async () => ({ accessKeyId: 'a', accessKeySecret: 'b', expiration: new Date() }) });
    createClient({ credentials: fromEnv({}) });
    createClient({
      credentials: () => ({ accessKeyId: 'a', accessKeySecret: 'b', expiration: '2030-01-01T00:00:00Z' }),
      endpoint: 'http://127.0.0.1:8787',
      signatureVersion: 'v1',
      network: 'vpc',
      method: 'POST',
      retry: { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 20_000 },
      timeoutMs: 10_000,
      fetch,
      appId: 'my-app/1.0',
      logger: console,
      onRequest: (e) => expectTypeOf(e.headers).toEqualTypeOf<Record<string, string>>(),
      onError: (e) => expectTypeOf(e.error).toEqualTypeOf<EcsError>(),
    });
  });

  test('refuses what cannot work', () => {
    // @ts-expect-error credentials are required
    createClient({ regionId: 'cn-hangzhou' });
    // @ts-expect-error only v3 and v1 exist
    createClient({ credentials: { accessKeyId: 'a', accessKeySecret: 'b' }, signatureVersion: 'v2' });
    // @ts-expect-error timeoutMs is a number
    createClient({ credentials: { accessKeyId: 'a', accessKeySecret: 'b' }, timeoutMs: '10s' });
    // @ts-expect-error a misspelt option
    createClient({ credentials: { accessKeyId: 'a', accessKeySecret: 'b' }, regionID: 'cn-hangzhou' });
  });

  test('the node entry has the same surface', () => {
    expectTypeOf(nodeEntry.createClient).toEqualTypeOf<typeof createClient>();
    expectTypeOf(nodeEntry.createBareClient).toEqualTypeOf<typeof createBareClient>();
    expectTypeOf(nodeEntry.paginateDescribeImagePipelines).toEqualTypeOf<typeof paginateDescribeImagePipelines>();
    expectTypeOf<nodeEntry.ClientOptions>().toEqualTypeOf<ClientOptions>();
  });
});

describe('describeImagePipelines', () => {
  test('takes wire-spelt parameters, RegionId optional, and returns a typed page with $metadata', () => {
    const page = client.describeImagePipelines({ Tag: [{ Key: 'env', Value: 'prod' }], MaxResults: 100 }, { signal: AbortSignal.timeout(1), timeoutMs: 5 });
    expectTypeOf(page).resolves.toEqualTypeOf<DescribeImagePipelinesOutput>();
    expectTypeOf<DescribeImagePipelinesOutput['$metadata']>().toEqualTypeOf<ResponseMetadata>();
    expectTypeOf<DescribeImagePipelinesOutput['NextToken']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<NonNullable<NonNullable<DescribeImagePipelinesOutput['ImagePipeline']>['ImagePipelineSet']>[number]>().toEqualTypeOf<ImagePipeline>();
    expectTypeOf<ResponseMetadata['attempts']>().toEqualTypeOf<number>();
  });

  test("issue 5's example compiles under strict: the page always has ImagePipeline.ImagePipelineSet", async () => {
    const page = await client.describeImagePipelines({});
    // No optional chaining: the normalizer guarantees the wrapper and its list.
    const names: string[] = page.ImagePipeline.ImagePipelineSet.map((p) => p.ImagePipelineId ?? '');
    expectTypeOf(names).toEqualTypeOf<string[]>();
    expectTypeOf(page.ImagePipeline.ImagePipelineSet).toEqualTypeOf<ImagePipeline[]>();
    expectTypeOf(page.RequestId).toEqualTypeOf<DescribeImagePipelinesResponse['RequestId']>();
  });

  test('refuses wrong parameter types', () => {
    // @ts-expect-error MaxResults is a number
    client.describeImagePipelines({ MaxResults: '50' });
    // @ts-expect-error a tag needs a Key
    client.describeImagePipelines({ Tag: [{ Value: 'x' }] });
    // @ts-expect-error ImagePipelineId is a list
    client.describeImagePipelines({ ImagePipelineId: 'ip-1' });
    // @ts-expect-error misspelt parameter
    client.describeImagePipelines({ MaxResult: 5 });
    // @ts-expect-error unknown call option
    client.describeImagePipelines({}, { timeout: 5 });
  });
});

describe('pagination', () => {
  test('pages and items are async iterables of the right types', () => {
    const pages = paginateDescribeImagePipelines(client, { Name: 'x' }, { pageSize: 100, startingToken: 't', signal: new AbortController().signal });
    expectTypeOf(pages).toEqualTypeOf<AsyncGenerator<DescribeImagePipelinesOutput, void, undefined>>();
    const items = client.listImagePipelines({}, { maxItems: 5 });
    expectTypeOf(items).toEqualTypeOf<AsyncGenerator<ImagePipeline, void, undefined>>();
    expectTypeOf<ListOptions>().toMatchTypeOf<CallOptions>();
  });
});

describe('errors', () => {
  test('isInstance narrows', () => {
    const e: unknown = new Error('x');
    if (EcsApiError.isInstance(e)) {
      expectTypeOf(e.code).toEqualTypeOf<string>();
      expectTypeOf(e.httpStatus).toEqualTypeOf<number>();
    }
  });
});

describe('the two entries', () => {
  test('export the same names', () => {
    type Web = typeof import('../src/index.js');
    type Node = typeof import('../src/node/index.js');
    expectTypeOf<keyof Node>().toEqualTypeOf<keyof Web>();
  });
});
