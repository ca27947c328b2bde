// Alibaba's @alicloud/ecs20140526, unchanged, calls DescribeImagePipelineExecutions and DescribeImageComponents
// against the emulator over 127.0.0.1 — ACS3 and HMAC-SHA1 (signatureAlgorithm 'v2'), AccessKey and STS —
// pages through them, filters, and gets the documented errors as its own error objects.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, DEFAULT_CREDENTIALS } from '../src/index.js';
import { startEmulatorServer, type EmulatorServer } from '../src/node/index.js';
import { SpecAudit } from './helpers.js';
import { type Creds, Ecs, officialClient, sdkConfigs } from './official-sdk.js';


const STS = { accessKeyId: 'STS.NUemulatorFamily', accessKeySecret: 'sts-family-secret', securityToken: 'CAIS+family/token==' };
const audit = new SpecAudit();
let server: EmulatorServer;
let endpoint: string;

beforeAll(async () => {
  const emulator = audit.wrap(createEmulator({ pipelines: 9, executions: 5, components: 23, seed: 'interop-family', credentials: [DEFAULT_CREDENTIALS, STS] }));
  server = await startEmulatorServer({ emulator });
  endpoint = `127.0.0.1:${server.port}`;
});
afterAll(async () => {
  await server.close();
  console.log(`spec conformance (interop-family): ${audit.checked} answers to Alibaba's SDK validated with ajv, ${audit.problems.length} problems`);
  expect(audit.problems).toEqual([]);
});

const ecsClient = (creds: Creds, signatureAlgorithm?: 'v2') => officialClient(endpoint, creds, signatureAlgorithm);

const configs = sdkConfigs(STS);

describe('describeImagePipelineExecutions', () => {
  it.each(configs)('%s: pages through a template\'s tasks exactly once, with typed fields', async (_, creds, algorithm) => {
    const client = ecsClient(creds, algorithm);
    const pipeline = server.emulator.pipelines['cn-hangzhou']![3]!.ImagePipelineId;
    const want = server.emulator.executions['cn-hangzhou']!.filter((e) => e.ImagePipelineId === pipeline);
    const seen: string[] = [];
    let nextToken: string | undefined;
    do {
      const res = await client.describeImagePipelineExecutions(new Ecs.DescribeImagePipelineExecutionsRequest({ regionId: 'cn-hangzhou', imagePipelineId: pipeline, maxResults: 2, nextToken }));
      expect(res.statusCode).toBe(200);
      expect(res.body.totalCount).toBe(5);
      for (const e of res.body.imagePipelineExecution.imagePipelineExecutionSet) {
        seen.push(e.executionId);
        expect(e.imagePipelineId).toBe(pipeline);
        expect(e.creationTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
        expect(Array.isArray(e.tags.tag)).toBe(true);
        if (e.status === 'FAILED' || e.status === 'TEST_FAILED') expect(e.errorCode).toBeTruthy();
      }
      nextToken = res.body.nextToken;
    } while (nextToken);
    expect(seen).toEqual(want.map((e) => e.ExecutionId));
  });

  it.each(configs)('%s: ExecutionId and Status filters; the documented errors', async (_, creds, algorithm) => {
    const client = ecsClient(creds, algorithm);
    const task = server.emulator.executions['cn-hangzhou']![7]!;
    const q = async (extra: Record<string, unknown>) =>
      (await client.describeImagePipelineExecutions(new Ecs.DescribeImagePipelineExecutionsRequest({ regionId: 'cn-hangzhou', maxResults: 500, ...extra }))).body.imagePipelineExecution.imagePipelineExecutionSet.map(
        (e: { executionId: string }) => e.executionId,
      );
    expect(await q({ executionId: task.ExecutionId })).toEqual([task.ExecutionId]);
    expect(await q({ imagePipelineId: task.ImagePipelineId, status: task.Status })).toEqual(
      server.emulator.executions['cn-hangzhou']!.filter((e) => e.ImagePipelineId === task.ImagePipelineId && e.Status === task.Status).map((e) => e.ExecutionId),
    );
    const call = (extra: Record<string, unknown>) => client.describeImagePipelineExecutions(new Ecs.DescribeImagePipelineExecutionsRequest({ regionId: 'cn-hangzhou', ...extra })).catch((e: unknown) => e);
    expect(await call({})).toMatchObject({ code: 'MissingParameter.ImagePipelineId', statusCode: 400 });
    expect(await call({ imagePipelineId: 'ip-doesnotexist0000000' })).toMatchObject({ code: 'InvalidImagePipeline.NotFound', statusCode: 404 });
    expect(await call({ executionId: task.ExecutionId, nextToken: 'bogus' })).toMatchObject({ code: 'Invalid.NextToken', statusCode: 403 });
  });
});

describe('describeImageComponents', () => {
  it.each(configs)('%s: pages through every component exactly once, with parameters and tags', async (_, creds, algorithm) => {
    const client = ecsClient(creds, algorithm);
    const seen: string[] = [];
    let nextToken: string | undefined;
    let withParameters = 0;
    do {
      const res = await client.describeImageComponents(new Ecs.DescribeImageComponentsRequest({ regionId: 'cn-hangzhou', maxResults: 6, nextToken }));
      expect(res.body.totalCount).toBe(23);
      for (const c of res.body.imageComponent.imageComponentSet) {
        seen.push(c.imageComponentId);
        expect(['SELF', 'ALIYUN']).toContain(c.owner);
        expect(c.componentVersion).toMatch(/^\d+\.\d+\.\d+$/);
        expect(Array.isArray(c.tags.tag)).toBe(true);
        if (c.parameters.parameter.length) withParameters++;
        for (const p of c.parameters.parameter) expect(c.content).toContain(`${p.name}:`);
      }
      nextToken = res.body.nextToken;
    } while (nextToken);
    expect(seen).toEqual(server.emulator.components['cn-hangzhou']!.map((c) => c.ImageComponentId));
    expect(withParameters).toBeGreaterThan(0);
  });

  it.each(configs)('%s: filters by IDs, owner, type and tag; refuses a bad Owner', async (_, creds, algorithm) => {
    const client = ecsClient(creds, algorithm);
    const data = server.emulator.components['cn-hangzhou']!;
    const q = async (extra: Record<string, unknown>) =>
      (await client.describeImageComponents(new Ecs.DescribeImageComponentsRequest({ regionId: 'cn-hangzhou', maxResults: 500, ...extra }))).body.imageComponent.imageComponentSet.map((c: { imageComponentId: string }) => c.imageComponentId);
    expect(await q({ imageComponentId: [data[5]!.ImageComponentId, data[2]!.ImageComponentId] })).toEqual([data[2]!.ImageComponentId, data[5]!.ImageComponentId]);
    expect(await q({ owner: 'ALIYUN', componentType: 'Build' })).toEqual(data.filter((c) => c.Owner === 'ALIYUN' && c.ComponentType === 'Build').map((c) => c.ImageComponentId));
    const tagged = data.find((c) => c.Tags!.Tag!.length > 0)!.Tags!.Tag![0]!;
    expect(await q({ tag: [new Ecs.DescribeImageComponentsRequestTag({ key: tagged.TagKey, value: tagged.TagValue })] })).toEqual(
      data.filter((c) => c.Tags!.Tag!.some((t) => t.TagKey === tagged.TagKey && t.TagValue === tagged.TagValue)).map((c) => c.ImageComponentId),
    );
    const err = await client.describeImageComponents(new Ecs.DescribeImageComponentsRequest({ regionId: 'cn-hangzhou', owner: 'EVERYONE' })).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'InvalidParameter.Owner', statusCode: 400 });
  });
});
