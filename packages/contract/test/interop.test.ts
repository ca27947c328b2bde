// Alibaba's own SDKs, unchanged, against the emulator over 127.0.0.1: @alicloud/ecs20140526 (ACS3 by default,
// HMAC-SHA1 with signatureAlgorithm 'v2', with and without an STS token) and @alicloud/pop-core (GET and POST).
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, DEFAULT_CREDENTIALS } from '../src/index.js';
import { startEmulatorServer, type EmulatorServer } from '../src/node/index.js';
import { SpecAudit } from './helpers.js';
import { type Creds, Ecs, officialClient, sdkConfigs } from './official-sdk.js';

const require = createRequire(import.meta.url);
const { RPCClient } = require('@alicloud/pop-core');

const STS = { accessKeyId: 'STS.NUemulatorInterop', accessKeySecret: 'sts-interop-secret', securityToken: 'CAIS+interop/token==' };
const audit = new SpecAudit();
let server: EmulatorServer;
let endpoint: string;
let all: string[];

beforeAll(async () => {
  const emulator = audit.wrap(createEmulator({ pipelines: 37, seed: 'interop', credentials: [DEFAULT_CREDENTIALS, STS] }));
  server = await startEmulatorServer({ emulator });
  endpoint = `127.0.0.1:${server.port}`;
  all = server.emulator.pipelines['cn-hangzhou']!.map((p) => p.ImagePipelineId!);
});
afterAll(async () => {
  await server.close();
  console.log(`spec conformance (interop): ${audit.checked} answers to Alibaba's SDKs validated with ajv, ${audit.problems.length} problems`);
  expect(audit.problems).toEqual([]);
});

const ecsClient = (creds: Creds, signatureAlgorithm?: 'v2') => officialClient(endpoint, creds, signatureAlgorithm);
const popClient = (creds: Creds) => new RPCClient({ ...creds, endpoint: `http://${endpoint}`, apiVersion: '2014-05-26' });

const configs = sdkConfigs(STS);

describe('@alicloud/ecs20140526', () => {
  it.each(configs)('%s: pages through every pipeline exactly once, with typed fields', async (_, creds, algorithm) => {
    const client = ecsClient(creds, algorithm);
    const seen: string[] = [];
    let nextToken: string | undefined;
    do {
      const res = await client.describeImagePipelines(new Ecs.DescribeImagePipelinesRequest({ regionId: 'cn-hangzhou', maxResults: 8, nextToken }));
      expect(res.statusCode).toBe(200);
      expect(res.body.totalCount).toBe(37);
      for (const p of res.body.imagePipeline.imagePipelineSet) {
        seen.push(p.imagePipelineId);
        expect(typeof p.systemDiskSize).toBe('number');
        expect(typeof p.deleteInstanceOnFailure).toBe('boolean');
        expect(Array.isArray(p.tags.tag)).toBe(true);
        expect(p.creationTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      }
      nextToken = res.body.nextToken;
    } while (nextToken);
    expect(seen).toEqual(all);
  });

  it.each(configs)('%s: filters by tag, ID, name and resource group', async (_, creds, algorithm) => {
    const client = ecsClient(creds, algorithm);
    const data = server.emulator.pipelines['cn-hangzhou']!;
    const tagged = data.find((p) => p.Tags!.Tag!.length > 1)!;
    const [t1, t2] = tagged.Tags!.Tag!;
    const q = async (extra: Record<string, unknown>) =>
      (await client.describeImagePipelines(new Ecs.DescribeImagePipelinesRequest({ regionId: 'cn-hangzhou', maxResults: 500, ...extra }))).body.imagePipeline.imagePipelineSet.map((p: { imagePipelineId: string }) => p.imagePipelineId);
    const byTags = data.filter((p) => [t1, t2].every((t) => p.Tags!.Tag!.some((x) => x.TagKey === t!.TagKey && x.TagValue === t!.TagValue)));
    expect(await q({ tag: [new Ecs.DescribeImagePipelinesRequestTag({ key: t1!.TagKey, value: t1!.TagValue }), new Ecs.DescribeImagePipelinesRequestTag({ key: t2!.TagKey, value: t2!.TagValue })] })).toEqual(byTags.map((p) => p.ImagePipelineId));
    expect(await q({ tag: [new Ecs.DescribeImagePipelinesRequestTag({ key: t1!.TagKey })] })).toEqual(data.filter((p) => p.Tags!.Tag!.some((x) => x.TagKey === t1!.TagKey)).map((p) => p.ImagePipelineId));
    expect(await q({ imagePipelineId: [all[4], all[2]] })).toEqual([all[2], all[4]]);
    expect(await q({ name: data[6]!.Name })).toEqual([all[6]]);
    expect(await q({ resourceGroupId: data[0]!.ResourceGroupId })).toEqual(data.filter((p) => p.ResourceGroupId === data[0]!.ResourceGroupId).map((p) => p.ImagePipelineId));
  });

  it.each(configs)('%s: a wrong secret gets SignatureDoesNotMatch, a bad MaxResults InvalidParameter', async (_, creds, algorithm) => {
    const wrong = ecsClient({ ...creds, accessKeySecret: `${creds.accessKeySecret}-wrong` }, algorithm);
    const err = await wrong.describeImagePipelines(new Ecs.DescribeImagePipelinesRequest({ regionId: 'cn-hangzhou' })).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'ClientError', code: 'SignatureDoesNotMatch', statusCode: 400 });
    const bad = await ecsClient(creds, algorithm).describeImagePipelines(new Ecs.DescribeImagePipelinesRequest({ regionId: 'cn-hangzhou', maxResults: 501 })).catch((e: unknown) => e);
    expect(bad).toMatchObject({ code: 'InvalidParameter', statusCode: 400 });
    expect(bad.data.Recommend).toMatch(/^https:\/\/api\.aliyun\.com\/troubleshoot\?q=InvalidParameter/);
  });

  it('a security token other than the configured one gets InvalidSecurityToken.MismatchWithAccessKey', async () => {
    for (const algorithm of [undefined, 'v2'] as const) {
      const err = await ecsClient({ ...STS, securityToken: 'CAIS+other' }, algorithm).describeImagePipelines(new Ecs.DescribeImagePipelinesRequest({ regionId: 'cn-hangzhou' })).catch((e: unknown) => e);
      expect(err).toMatchObject({ code: 'InvalidSecurityToken.MismatchWithAccessKey', statusCode: 400 });
    }
  });

  it('throttling reaches the SDK as its ThrottlingError with retryAfter', async () => {
    server.emulator.faults.queue({ kind: 'throttling', ms: 1234 });
    const err = await ecsClient(DEFAULT_CREDENTIALS).describeImagePipelines(new Ecs.DescribeImagePipelinesRequest({ regionId: 'cn-hangzhou' })).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'ThrottlingError', code: 'Throttling.User', retryAfter: 1234 });
  });
});

describe('@alicloud/pop-core', () => {
  it.each(['GET', 'POST'] as const)('%s: pages through every pipeline exactly once and filters by tag', async (method) => {
    const client = popClient(DEFAULT_CREDENTIALS);
    const seen: string[] = [];
    let NextToken: string | undefined;
    do {
      const body = await client.request('DescribeImagePipelines', { RegionId: 'cn-hangzhou', MaxResults: 10, ...(NextToken ? { NextToken } : {}) }, { method });
      expect(body.TotalCount).toBe(37);
      seen.push(...body.ImagePipeline.ImagePipelineSet.map((p: { ImagePipelineId: string }) => p.ImagePipelineId));
      NextToken = body.NextToken;
    } while (NextToken);
    expect(seen).toEqual(all);
    const data = server.emulator.pipelines['cn-hangzhou']!;
    const tag = data.find((p) => p.Tags!.Tag!.length > 0)!.Tags!.Tag![0]!;
    const body = await client.request('DescribeImagePipelines', { RegionId: 'cn-hangzhou', MaxResults: 500, 'Tag.1.Key': tag.TagKey, 'Tag.1.Value': tag.TagValue }, { method });
    expect(body.ImagePipeline.ImagePipelineSet.map((p: { ImagePipelineId: string }) => p.ImagePipelineId)).toEqual(
      data.filter((p) => p.Tags!.Tag!.some((t) => t.TagKey === tag.TagKey && t.TagValue === tag.TagValue)).map((p) => p.ImagePipelineId),
    );
  });

  it.each(['GET', 'POST'] as const)('%s: a wrong secret gets SignatureDoesNotMatch; STS works', async (method) => {
    const err = await popClient({ ...DEFAULT_CREDENTIALS, accessKeySecret: 'nope' }).request('DescribeImagePipelines', { RegionId: 'cn-hangzhou' }, { method }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'SignatureDoesNotMatch' });
    expect(String(err.message)).toContain('server string to sign is:');
    const ok = await popClient(STS).request('DescribeImagePipelines', { RegionId: 'cn-hangzhou', MaxResults: 1 }, { method });
    expect(ok.TotalCount).toBe(37);
  });
});
