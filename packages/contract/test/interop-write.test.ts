// Alibaba's @alicloud/ecs20140526, unchanged, runs every write action against the emulator over 127.0.0.1 —
// ACS3 and HMAC-SHA1 (signatureAlgorithm 'v2'), AccessKey and STS — and drives a whole build to SUCCESS
// through its own calls (createImagePipeline → startImagePipelineExecution → describeImagePipelineExecutions,
// the emulator's clock advanced in between). The SDK flattens ImageOptions / ImportImageOptions into
// `ImageOptions.ImageTags.1.Key`-style query parameters (family §2.2); the log shows the emulator read them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, DEFAULT_CREDENTIALS } from '../src/index.js';
import { startEmulatorServer, type EmulatorServer } from '../src/node/index.js';
import { SpecAudit } from './helpers.js';
import { type Creds, Ecs, officialClient, sdkConfigs } from './official-sdk.js';


const STS = { accessKeyId: 'STS.NUemulatorWrites', accessKeySecret: 'sts-write-secret', securityToken: 'CAIS+write/token==' };
const audit = new SpecAudit();
let server: EmulatorServer;
let endpoint: string;

beforeAll(async () => {
  const emulator = audit.wrap(createEmulator({ pipelines: 4, executions: 1, components: 6, seed: 'interop-write', credentials: [DEFAULT_CREDENTIALS, STS], buildStepMs: 60_000 }));
  server = await startEmulatorServer({ emulator });
  endpoint = `127.0.0.1:${server.port}`;
});
afterAll(async () => {
  await server.close();
  console.log(`spec conformance (interop-write): ${audit.checked} answers to Alibaba's SDK validated with ajv, ${audit.problems.length} problems`);
  expect(audit.problems).toEqual([]);
});

const ecsClient = (creds: Creds, signatureAlgorithm?: 'v2') => officialClient(endpoint, creds, signatureAlgorithm);
const configs = sdkConfigs(STS);
const failure = (p: Promise<unknown>) => p.then(() => undefined, (e: { code?: string; statusCode?: number }) => ({ code: e.code, statusCode: e.statusCode }));
/** Moves the clock on through the control endpoint, as a test in another process would. */
const advance = async (ms: number) => expect((await fetch(`${server.url}/__emulator/clock`, { method: 'POST', body: JSON.stringify({ advanceMs: ms }) })).status).toBe(200);
const params = (action: string) => server.emulator.log.filter((e) => e.action === action).at(-1)!.params;

describe.each(configs)('%s', (_, creds, algorithm) => {
  it('creates a component and a template (ImageOptions, AdvancedOptions, tags, lists), with ClientToken retries giving the same IDs', async () => {
    const client = ecsClient(creds, algorithm);
    const name = `sdk-${algorithm ?? 'v3'}-${creds === STS ? 'sts' : 'ak'}`;
    const componentRequest = () =>
      new Ecs.CreateImageComponentRequest({ regionId: 'cn-hangzhou', name, content: 'RUN yum install -y nginx', componentType: 'Build', tag: [new Ecs.CreateImageComponentRequestTag({ key: 'team', value: 'web' })], clientToken: `${name}-component` });
    const component = (await client.createImageComponent(componentRequest())).body.imageComponentId;
    expect(component).toMatch(/^ic-[a-z0-9]{20}$/);
    expect((await client.createImageComponent(componentRequest())).body.imageComponentId).toBe(component);

    const pipelineRequest = () =>
      new Ecs.CreateImagePipelineRequest({
        regionId: 'cn-hangzhou',
        baseImageType: 'IMAGE',
        baseImage: 'm-bp67acfmxazb4p0001',
        name,
        buildContent: `RUN yum update -y\nCOMPONENT ${component}`,
        testContent: 'RUN test -f /etc/nginx/nginx.conf',
        toRegionId: ['cn-beijing'],
        addAccount: [1234567890],
        deleteInstanceOnFailure: false,
        systemDiskSize: 60,
        tag: [new Ecs.CreateImagePipelineRequestTag({ key: 'env', value: 'dev' })],
        imageOptions: new Ecs.CreateImagePipelineRequestImageOptions({
          imageName: 'web',
          imageTags: [new Ecs.CreateImagePipelineRequestImageOptionsImageTags({ key: 'os', value: 'alinux' })],
          imageFeatures: new Ecs.CreateImagePipelineRequestImageOptionsImageFeatures({ nvmeSupport: 'supported' }),
        }),
        advancedOptions: new Ecs.CreateImagePipelineRequestAdvancedOptions({ imageNameSuffix: 'disable', retainCloudAssistant: true }),
        clientToken: `${name}-pipeline`,
      });
    const created = await client.createImagePipeline(pipelineRequest());
    expect(created.statusCode).toBe(200);
    const pipeline = created.body.imagePipelineId;
    expect(pipeline).toMatch(/^ip-[a-z0-9]{20}$/);
    expect(params('CreateImagePipeline')).toMatchObject({ 'ImageOptions.ImageTags.1.Key': 'os', 'ImageOptions.ImageFeatures.NvmeSupport': 'supported', 'AdvancedOptions.ImageNameSuffix': 'disable', 'AddAccount.1': '1234567890' });
    expect((await client.createImagePipeline(pipelineRequest())).body.imagePipelineId).toBe(pipeline);

    const listed = (await client.describeImagePipelines(new Ecs.DescribeImagePipelinesRequest({ regionId: 'cn-hangzhou', imagePipelineId: [pipeline] }))).body.imagePipeline.imagePipelineSet;
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ name, systemDiskSize: 60, deleteInstanceOnFailure: false, imageName: 'web', nvmeSupport: 'supported', toRegionIds: { toRegionId: ['cn-beijing'] }, addAccounts: { addAccount: ['1234567890'] } });
    expect(listed[0].tags.tag).toEqual([expect.objectContaining({ tagKey: 'env', tagValue: 'dev' })]);
    expect(server.emulator.pipelines['cn-hangzhou']!.find((p) => p.ImagePipelineId === pipeline)!.ImageOptions).toMatchObject({ ImageName: 'web', ImageTags: { ImageTag: [{ TagKey: 'os', TagValue: 'alinux' }] } });

    // A whole build to SUCCESS through the SDK's own calls, with the clock moved on in between.
    const exec = (await client.startImagePipelineExecution(new Ecs.StartImagePipelineExecutionRequest({ regionId: 'cn-hangzhou', imagePipelineId: pipeline, clientToken: `${name}-start` }))).body.executionId;
    expect(exec).toMatch(/^exec-[0-9a-f]{20}$/);
    const seen: string[] = [];
    for (let i = 0; i < 10 && seen.at(-1) !== 'SUCCESS'; i++) {
      const page = await client.describeImagePipelineExecutions(new Ecs.DescribeImagePipelineExecutionsRequest({ regionId: 'cn-hangzhou', executionId: exec }));
      const task = page.body.imagePipelineExecution.imagePipelineExecutionSet[0];
      seen.push(task.status);
      if (task.status === 'SUCCESS') expect(task.imageId).toMatch(/^m-/);
      // Deleting the template or the component it uses is refused while it builds.
      if (i === 1) {
        expect(await failure(client.deleteImagePipeline(new Ecs.DeleteImagePipelineRequest({ regionId: 'cn-hangzhou', imagePipelineId: pipeline })))).toEqual({ code: 'InvalidImagePipeline.HasRunningExecution', statusCode: 403 });
        expect(await failure(client.deleteImageComponent(new Ecs.DeleteImageComponentRequest({ regionId: 'cn-hangzhou', imageComponentId: component })))).toEqual({ code: 'InvalidImageComponent.InUse', statusCode: 403 });
      }
      // Past BUILDING it can no longer be cancelled.
      if (task.status === 'TESTING') {
        expect(await failure(client.cancelImagePipelineExecution(new Ecs.CancelImagePipelineExecutionRequest({ regionId: 'cn-hangzhou', executionId: exec })))).toEqual({ code: 'InvalidStatus.ImagePipelineExecution', statusCode: 403 });
      }
      await advance(60_000);
    }
    expect(seen).toEqual(['PREPARING', 'BUILDING', 'TESTING', 'DISTRIBUTING', 'RELEASING', 'SUCCESS']);

    await client.deleteImagePipeline(new Ecs.DeleteImagePipelineRequest({ regionId: 'cn-hangzhou', imagePipelineId: pipeline }));
    await client.deleteImageComponent(new Ecs.DeleteImageComponentRequest({ regionId: 'cn-hangzhou', imageComponentId: component }));
    expect(await failure(client.deleteImageComponent(new Ecs.DeleteImageComponentRequest({ regionId: 'cn-hangzhou', imageComponentId: component })))).toEqual({ code: 'InvalidImageComponent.NotFound', statusCode: 404 });
  });

  it('cancels a build; an OSS template with ImportImageOptions; the documented refusals as SDK errors', async () => {
    const client = ecsClient(creds, algorithm);
    const oss = new Ecs.CreateImagePipelineRequestImportImageOptions({
      diskDeviceMappings: [new Ecs.CreateImagePipelineRequestImportImageOptionsDiskDeviceMappings({ OSSBucket: 'my-images', OSSObject: 'root.qcow2', format: 'QCOW2', diskImageSize: 40 })],
      architecture: 'x86_64',
      OSType: 'linux',
      features: new Ecs.CreateImagePipelineRequestImportImageOptionsFeatures({ nvmeSupport: 'supported' }),
      importImageTags: [new Ecs.CreateImagePipelineRequestImportImageOptionsImportImageTags({ key: 'src', value: 'oss' })],
    });
    const pipeline = (await client.createImagePipeline(new Ecs.CreateImagePipelineRequest({ regionId: 'cn-hangzhou', baseImageType: 'OSS', importImageOptions: oss }))).body.imagePipelineId;
    expect(params('CreateImagePipeline')).toMatchObject({ 'ImportImageOptions.DiskDeviceMappings.1.OSSBucket': 'my-images', 'ImportImageOptions.Features.NvmeSupport': 'supported', 'ImportImageOptions.ImportImageTags.1.Key': 'src' });
    expect(server.emulator.pipelines['cn-hangzhou']!.find((p) => p.ImagePipelineId === pipeline)!.ImportImageOptions).toMatchObject({
      DiskDeviceMappings: { DiskDeviceMapping: [{ OSSBucket: 'my-images', OSSObject: 'root.qcow2', Format: 'QCOW2', DiskImageSize: 40 }] },
      Features: { NvmeSupport: 'supported' },
    });

    const exec = (await client.startImagePipelineExecution(new Ecs.StartImagePipelineExecutionRequest({ regionId: 'cn-hangzhou', imagePipelineId: pipeline }))).body.executionId;
    expect((await client.cancelImagePipelineExecution(new Ecs.CancelImagePipelineExecutionRequest({ regionId: 'cn-hangzhou', executionId: exec }))).statusCode).toBe(200);
    const status = async () => (await client.describeImagePipelineExecutions(new Ecs.DescribeImagePipelineExecutionsRequest({ regionId: 'cn-hangzhou', executionId: exec }))).body.imagePipelineExecution.imagePipelineExecutionSet[0].status;
    expect(await status()).toBe('CANCELLING');
    await advance(60_000);
    expect(await status()).toBe('CANCELLED');
    expect(await failure(client.cancelImagePipelineExecution(new Ecs.CancelImagePipelineExecutionRequest({ regionId: 'cn-hangzhou', executionId: exec })))).toEqual({ code: 'InvalidStatus.CancelFailed', statusCode: 400 });
    await client.deleteImagePipeline(new Ecs.DeleteImagePipelineRequest({ regionId: 'cn-hangzhou', imagePipelineId: pipeline }));

    expect(await failure(client.createImagePipeline(new Ecs.CreateImagePipelineRequest({ regionId: 'cn-hangzhou', baseImageType: 'OSS' })))).toEqual({ code: 'MissingParameter.ImportImageOptions', statusCode: 404 });
    expect(await failure(client.createImageComponent(new Ecs.CreateImageComponentRequest({ regionId: 'cn-hangzhou', content: 'FROM IMAGE:m-1' })))).toEqual({ code: 'NotSupportedCommand.FROM', statusCode: 404 });
    expect(await failure(client.createImagePipeline(new Ecs.CreateImagePipelineRequest({ regionId: 'cn-hangzhou', baseImageType: 'IMAGE', baseImage: 'm-1', clientToken: 'sdk-reused', name: 'one' })))).toBeUndefined();
    expect(await failure(client.createImagePipeline(new Ecs.CreateImagePipelineRequest({ regionId: 'cn-hangzhou', baseImageType: 'IMAGE', baseImage: 'm-1', clientToken: 'sdk-reused', name: 'two' })))).toEqual({ code: 'IdempotentParameterMismatch', statusCode: 400 });
    expect(await failure(client.startImagePipelineExecution(new Ecs.StartImagePipelineExecutionRequest({ regionId: 'cn-hangzhou', imagePipelineId: 'ip-doesnotexist0000000' })))).toEqual({ code: 'InvalidImagePipeline.NotFound', statusCode: 404 });
    expect(await failure(client.cancelImagePipelineExecution(new Ecs.CancelImagePipelineExecutionRequest({ regionId: 'cn-hangzhou', executionId: 'exec-00000000000000000000' })))).toEqual({ code: 'InvalidImagePipelineExecution.NotFound', statusCode: 404 });
  });
});
