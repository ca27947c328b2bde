// The client against the contract's emulator over loopback HTTP: signing, pagination, normalization, errors.
import { EcsApiError } from '@org/ecs-pipelines-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createClient as createWebClient } from '../src/index.js';
import { type ClientOptions, createClient } from '../src/node/index.js';
import { DEFAULT_CREDENTIALS, type EmulatorServer, startEmulator } from './helpers/emulator.js';

const STS = { accessKeyId: 'STS.client-test', accessKeySecret: 'sts-secret', securityToken: 'CAIS+sts/token==&with=specials~*' };
let server: EmulatorServer;
beforeAll(async () => {
  server = await startEmulator({ regions: ['cn-hangzhou', 'cn-beijing'], pipelines: 450, credentials: [DEFAULT_CREDENTIALS, STS] });
});
afterAll(() => server.close());

const options = (over: Partial<ClientOptions> = {}): ClientOptions => ({
  regionId: 'cn-hangzhou',
  credentials: DEFAULT_CREDENTIALS,
  endpoint: server.url,
  retry: { maxAttempts: 1 },
  ...over,
});

const variants = [
  ['node:http, v3, GET', createClient, { signatureVersion: 'v3', method: 'GET' }],
  ['node:http, v1, POST', createClient, { signatureVersion: 'v1', method: 'POST' }],
  ['fetch, v3, POST', createWebClient, { signatureVersion: 'v3', method: 'POST' }],
  ['fetch, v1, GET', createWebClient, { signatureVersion: 'v1', method: 'GET' }],
  ['node:http, v3, STS', createClient, { credentials: STS }],
  ['fetch, v1, STS', createWebClient, { credentials: STS, signatureVersion: 'v1' }],
] as const;

describe.each(variants)('%s', (_name, make, over) => {
  test('pages through hundreds of pipelines: each exactly once, in order, equal to what the service holds', async () => {
    const client = make(options(over as Partial<ClientOptions>));
    const seen = [];
    for await (const p of client.listImagePipelines({}, { pageSize: 37 })) seen.push(p);
    const expected = server.emulator.pipelines['cn-hangzhou']!;
    expect(seen.map((p) => p.ImagePipelineId)).toEqual(expected.map((p) => p.ImagePipelineId));
    expect(seen).toEqual(expected);
    console.log(`${_name}: ${seen.length} pipelines in ${Math.ceil(seen.length / 37)} pages`);
  });
});

describe('one page', () => {
  test('is normalized, typed, and carries $metadata (not enumerable)', async () => {
    const page = await createClient(options()).describeImagePipelines({ MaxResults: 5 });
    expect(page.ImagePipeline?.ImagePipelineSet).toHaveLength(5);
    expect(typeof page.TotalCount).toBe('number');
    expect(page.NextToken).toEqual(expect.any(String));
    expect(page.$metadata).toEqual({ requestId: page.RequestId, httpStatusCode: 200, attempts: 1, totalRetryDelayMs: 0 });
    expect(Object.keys(page)).not.toContain('$metadata');
    expect(JSON.parse(JSON.stringify(page))).not.toHaveProperty('$metadata');
  });

  test("RegionId comes from the client's regionId unless the input gives one", async () => {
    const client = createClient(options());
    const [hz, bj] = await Promise.all([
      client.describeImagePipelines({ MaxResults: 1 }),
      client.describeImagePipelines({ RegionId: 'cn-beijing', MaxResults: 1 }),
    ]);
    expect(hz.ImagePipeline?.ImagePipelineSet?.[0]).toEqual(server.emulator.pipelines['cn-hangzhou']![0]);
    expect(bj.ImagePipeline?.ImagePipelineSet?.[0]).toEqual(server.emulator.pipelines['cn-beijing']![0]);
  });

  test('filters by tag, id and name reach the service intact', async () => {
    const all = server.emulator.pipelines['cn-hangzhou']!;
    const prod = all.filter((p) => p.Tags?.Tag?.some((t) => t.TagKey === 'env' && t.TagValue === 'prod'));
    const client = createClient(options());
    const got = [];
    for await (const p of client.listImagePipelines({ Tag: [{ Key: 'env', Value: 'prod' }] }, { pageSize: 100 })) got.push(p.ImagePipelineId);
    expect(got).toEqual(prod.map((p) => p.ImagePipelineId));
    const ids = [all[3]!.ImagePipelineId!, all[7]!.ImagePipelineId!];
    const byId = await client.describeImagePipelines({ ImagePipelineId: ids });
    expect(byId.ImagePipeline?.ImagePipelineSet?.map((p) => p.ImagePipelineId)).toEqual(ids);
    const byName = await client.describeImagePipelines({ Name: all[5]!.Name! });
    expect(byName.ImagePipeline?.ImagePipelineSet?.map((p) => p.Name)).toContain(all[5]!.Name);
  });
});

test('a page without ImagePipeline gets an empty list at ImagePipeline.ImagePipelineSet', async () => {
  const fetch = async () => new Response(JSON.stringify({ RequestId: 'R', TotalCount: 0 }), { headers: { 'content-type': 'application/json' } });
  const page = await createWebClient({ regionId: 'cn-hangzhou', credentials: DEFAULT_CREDENTIALS, fetch }).describeImagePipelines({});
  expect(page).toEqual({ RequestId: 'R', TotalCount: 0, ImagePipeline: { ImagePipelineSet: [] } });
  expect(page.ImagePipeline.ImagePipelineSet).toEqual([]);
});

describe('service errors', () => {
  test('a wrong secret is SignatureDoesNotMatch after one attempt (a 4xx is never retried)', async () => {
    const client = createClient(options({ credentials: { ...DEFAULT_CREDENTIALS, accessKeySecret: 'wrong' }, retry: { maxAttempts: 5 } }));
    const error = await client.describeImagePipelines({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EcsApiError);
    expect(error).toMatchObject({ code: 'SignatureDoesNotMatch', httpStatus: expect.any(Number), retryable: false });
    expect((error as { $metadata: { attempts: number; requestId?: string } }).$metadata).toMatchObject({ attempts: 1, requestId: expect.any(String) });
    expect(String(error)).not.toContain('wrong');
  });

  test('an STS token that does not match its key is refused, not retried', async () => {
    const client = createClient(options({ credentials: { ...STS, securityToken: 'other-token' }, retry: { maxAttempts: 4 } }));
    const error = await client.describeImagePipelines({}).catch((e: unknown) => e);
    expect(EcsApiError.isInstance(error)).toBe(true);
    expect((error as { $metadata: { attempts: number } }).$metadata.attempts).toBe(1);
    expect(JSON.stringify(error)).not.toContain('other-token');
  });

  test('a NextToken the service does not know is its InvalidParameter-style error', async () => {
    const error = await createClient(options()).describeImagePipelines({ NextToken: 'garbage' }).catch((e: unknown) => e);
    expect(EcsApiError.isInstance(error)).toBe(true);
    expect((error as EcsApiError).httpStatus).toBe(400);
  });

  test('an unknown region is the service error, named by the service', async () => {
    const error = await createClient(options()).describeImagePipelines({ RegionId: 'xx-nowhere-1' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'EcsApiError', code: expect.stringMatching(/Region/) });
  });
});
