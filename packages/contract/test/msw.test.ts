// The emulator inside Mock Service Worker, the way an app's tests meet it: `setupServer(...ecsHandlers())`, then
// Alibaba's SDK (node:https) and this project's client (both entries, default settings: no endpoint, so the real
// `https://ecs-cn-hangzhou.aliyuncs.com`) get emulator data with their signatures verified, and are refused with a
// wrong secret or an unknown key. No port is opened for ECS.
import { createRequire } from 'node:module';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as edge from '@org/ecs-pipelines-client';
import * as node from '@org/ecs-pipelines-client/node';
import { DEFAULT_CREDENTIALS } from '../src/index.js';
import { ecsHandlers } from '../src/msw/index.js';

const require = createRequire(import.meta.url);
const Ecs = require('@alicloud/ecs20140526');
const { $OpenApiUtil } = require('@alicloud/openapi-core');

const ecs = ecsHandlers({ pipelines: 50, seed: 'msw' });
const server = setupServer(...ecs);
const hosts: string[] = [];
server.events.on('request:start', ({ request }) => void hosts.push(new URL(request.url).host));
const all = ecs.emulator.pipelines['cn-hangzhou']!.map((p) => p.ImagePipelineId!);
const WRONG = { accessKeyId: DEFAULT_CREDENTIALS.accessKeyId, accessKeySecret: 'not-the-secret' };
const UNKNOWN = { accessKeyId: 'LTAI5tNobodyKnowsThis', accessKeySecret: 'whatever' };

// Something that is not ECS, to prove the handlers let other traffic through.
let other: Server;
beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'bypass' });
  other = createServer((_req, res) => res.end('not ECS')).listen(0, '127.0.0.1');
  await new Promise((resolve) => other.once('listening', resolve));
});
afterEach(() => {
  ecs.emulator.reset();
  hosts.length = 0;
});
afterAll(async () => {
  server.close();
  await new Promise((resolve) => other.close(resolve));
});

type Creds = { accessKeyId: string; accessKeySecret: string };
// As an app configures it: credentials and a region, nothing else (the SDK picks https://ecs-cn-hangzhou.aliyuncs.com).
const sdk = (creds: Creds, signatureAlgorithm?: 'v2') => new Ecs.default(new $OpenApiUtil.Config({ ...creds, regionId: 'cn-hangzhou', ...(signatureAlgorithm ? { signatureAlgorithm } : {}) }));
const sdkError = (p: Promise<unknown>) => p.then(() => ({ code: 'no error' }), (e: { code?: string; statusCode?: number }) => ({ code: e.code, status: e.statusCode }));

describe("Alibaba's @alicloud/ecs20140526 at its default endpoint", () => {
  it.each([
    ['ACS3-HMAC-SHA256', undefined],
    ["HMAC-SHA1 (signatureAlgorithm 'v2')", 'v2'],
  ] as const)('%s: pages through the emulator, signature verified', async (_, algorithm) => {
    const client = sdk(DEFAULT_CREDENTIALS, algorithm);
    const seen: string[] = [];
    let nextToken: string | undefined;
    do {
      const res = await client.describeImagePipelines(new Ecs.DescribeImagePipelinesRequest({ regionId: 'cn-hangzhou', maxResults: 20, nextToken }));
      expect(res.body.totalCount).toBe(50);
      seen.push(...res.body.imagePipeline.imagePipelineSet.map((p: { imagePipelineId: string }) => p.imagePipelineId));
      nextToken = res.body.nextToken;
    } while (nextToken);
    expect(seen).toEqual(all);
    expect(new Set(hosts)).toEqual(new Set(['ecs-cn-hangzhou.aliyuncs.com']));
    expect(ecs.emulator.log.map((e) => [e.action, e.status, e.algorithm, e.accessKeyId])).toEqual(
      Array(3).fill(['DescribeImagePipelines', 200, algorithm === 'v2' ? 'v1' : 'v3', DEFAULT_CREDENTIALS.accessKeyId]),
    );
  });

  it.each([undefined, 'v2'] as const)('signature %s: a wrong secret is SignatureDoesNotMatch, an unknown key InvalidAccessKeyId.NotFound', async (algorithm) => {
    const req = () => new Ecs.DescribeImagePipelinesRequest({ regionId: 'cn-hangzhou' });
    expect(await sdkError(sdk(WRONG, algorithm).describeImagePipelines(req()))).toEqual({ code: 'SignatureDoesNotMatch', status: 400 });
    expect(await sdkError(sdk(UNKNOWN, algorithm).describeImagePipelines(req()))).toEqual({ code: 'InvalidAccessKeyId.NotFound', status: 400 });
    expect(ecs.emulator.log.map((e) => e.code)).toEqual(['SignatureDoesNotMatch', 'InvalidAccessKeyId.NotFound']);
  });

  it('writes reach the emulator with their form bodies: a created template is listed', async () => {
    const client = sdk(DEFAULT_CREDENTIALS);
    const created = await client.createImagePipeline(
      new Ecs.CreateImagePipelineRequest({ regionId: 'cn-hangzhou', baseImageType: 'IMAGE', baseImage: 'm-bp67acfmxazb4p0001', buildContent: 'RUN echo msw', name: 'from-msw' }),
    );
    const id = created.body.imagePipelineId;
    const listed = await client.describeImagePipelines(new Ecs.DescribeImagePipelinesRequest({ regionId: 'cn-hangzhou', imagePipelineId: [id] }));
    expect(listed.body.imagePipeline.imagePipelineSet.map((p: { name: string }) => p.name)).toEqual(['from-msw']);
    await client.deleteImagePipeline(new Ecs.DeleteImagePipelineRequest({ regionId: 'cn-hangzhou', imagePipelineId: id }));
  });
});

describe.each([
  ['edge entry (global fetch)', edge.createClient],
  ['Node entry (its own transport)', node.createClient],
] as const)("this project's client, %s, default settings", (_, createClient) => {
  it('pages through the emulator at https://ecs-cn-hangzhou.aliyuncs.com, both signatures verified', async () => {
    const ids: string[] = [];
    for await (const p of createClient({ regionId: 'cn-hangzhou', credentials: DEFAULT_CREDENTIALS }).listImagePipelines({ MaxResults: 20 })) ids.push(p.ImagePipelineId!);
    expect(ids).toEqual(all);
    const v1 = await createClient({ regionId: 'cn-hangzhou', credentials: DEFAULT_CREDENTIALS, signatureVersion: 'v1', method: 'POST' }).describeImagePipelines({ MaxResults: 5 });
    expect(v1.ImagePipeline?.ImagePipelineSet?.map((p) => p.ImagePipelineId)).toEqual(all.slice(0, 5));
    expect(new Set(hosts)).toEqual(new Set(['ecs-cn-hangzhou.aliyuncs.com']));
    expect(ecs.emulator.log.map((e) => `${e.status} ${e.algorithm}`)).toEqual(['200 v3', '200 v3', '200 v3', '200 v1']);
  });

  it('is refused with a wrong secret (SignatureDoesNotMatch) and an unknown key (InvalidAccessKeyId.NotFound)', async () => {
    const refused = (credentials: Creds) =>
      createClient({ regionId: 'cn-hangzhou', credentials }).describeImagePipelines({}).then(
        () => 'no error',
        (e: unknown) => (e instanceof edge.EcsApiError ? `${e.httpStatus} ${e.code}` : String(e)),
      );
    expect(await refused(WRONG)).toBe('400 SignatureDoesNotMatch');
    expect(await refused(UNKNOWN)).toBe('400 InvalidAccessKeyId.NotFound');
  });

  it('reaches the VPC endpoint and another region, and reads the data of that region', async () => {
    const vpc = await createClient({ regionId: 'cn-beijing', network: 'vpc', credentials: DEFAULT_CREDENTIALS }).describeImagePipelines({ MaxResults: 3 });
    expect(vpc.TotalCount).toBe(50);
    expect(vpc.ImagePipeline?.ImagePipelineSet?.map((p) => p.ImagePipelineId)).toEqual(ecs.emulator.pipelines['cn-beijing']!.slice(0, 3).map((p) => p.ImagePipelineId));
    expect(hosts).toEqual(['ecs-vpc.cn-beijing.aliyuncs.com']);
  });
});

describe('the handlers', () => {
  it("hold on past the Node entry's switch to undici: MSW still sees request 140", async () => {
    const client = node.createClient({ regionId: 'cn-hangzhou', credentials: DEFAULT_CREDENTIALS });
    for (let i = 0; i < 140; i++) await client.describeImagePipelines({ MaxResults: 1 });
    expect(ecs.emulator.log.length).toBe(140);
    expect(ecs.emulator.log.every((e) => e.status === 200 && e.algorithm === 'v3')).toBe(true);
  });

  it('turn an injected drop into a network error (the client retries it) and show faults in the log', async () => {
    ecs.emulator.faults.queue('drop', 'throttling');
    const page = await node.createClient({ regionId: 'cn-hangzhou', credentials: DEFAULT_CREDENTIALS, retry: { baseDelayMs: 1 } }).describeImagePipelines({ MaxResults: 2 });
    expect(page.ImagePipeline?.ImagePipelineSet).toHaveLength(2);
    expect(ecs.emulator.log.map((e) => [e.status, e.fault ?? null])).toEqual([
      [0, 'drop'],
      [400, 'throttling'],
      [200, null],
    ]);
  });

  it('let requests to other hosts through', async () => {
    const url = `http://127.0.0.1:${(other.address() as AddressInfo).port}/`;
    expect(await (await fetch(url)).text()).toBe('not ECS');
    expect(ecs.emulator.log).toEqual([]);
  });
});
