// CreateImagePipeline and DeleteImagePipeline against the emulator in process: what a created template looks
// like in DescribeImagePipelines (first, with the request's fields and the documented defaults), every
// documented refusal with its status, quotas, and delete's rules (running builds, cascade). Every answer is
// validated against the spec with ajv.
import { afterAll, describe, expect, it } from 'vitest';
import { builder } from './helpers.js';

const { emulator, audit, send } = builder({ quotas: { pipelines: 12 } });
const seeded = emulator.pipelines['cn-hangzhou']!.map((p) => p.ImagePipelineId);
const base = { BaseImageType: 'IMAGE', BaseImage: 'm-bp67acfmxazb4p0001' };

afterAll(() => {
  console.log(`spec conformance (builder-pipelines): ${audit.checked} answers validated with ajv, ${audit.problems.length} problems`);
  expect(audit.problems).toEqual([]);
});

const create = (input: Record<string, unknown>) => send('CreateImagePipeline', { ...base, ...input });
const describePipelines = async (input: Record<string, unknown> = {}) => (await send('DescribeImagePipelines', { MaxResults: 500, ...input })).body.ImagePipeline.ImagePipelineSet as Array<Record<string, any>>;

describe('CreateImagePipeline', () => {
  it('returns an ip- ID; DescribeImagePipelines lists the template first, with its fields and the documented defaults', async () => {
    const res = await create({
      Description: 'Nightly base image.',
      BuildContent: 'RUN yum update -y\nRUN echo done',
      ToRegionId: ['cn-beijing'],
      AddAccount: ['1234567890'],
      Tag: [{ Key: 'env', Value: 'dev' }],
      ImageOptions: { ImageName: 'nightly', ImageFeatures: { NvmeSupport: 'supported' }, ImageTags: [{ Key: 'os', Value: 'alinux' }, { Key: 'tier' }] },
      AdvancedOptions: { ImageNameSuffix: 'disable', RetainCloudAssistant: true },
    });
    expect(res.status, res.text).toBe(200);
    const id = res.body.ImagePipelineId as string;
    expect(id).toMatch(/^ip-[a-z0-9]{20}$/);
    const list = await describePipelines();
    expect(list.map((p) => p.ImagePipelineId)).toEqual([id, ...seeded]);
    expect(list[0]).toMatchObject({
      ImagePipelineId: id,
      Name: id,
      Description: 'Nightly base image.',
      BaseImageType: 'IMAGE',
      BaseImage: 'm-bp67acfmxazb4p0001',
      ImageName: 'nightly',
      NvmeSupport: 'supported',
      SystemDiskSize: 40,
      InternetMaxBandwidthOut: 0,
      DeleteInstanceOnFailure: true,
      CreationTime: '2025-06-01T08:00:00Z',
      ToRegionIds: { ToRegionId: ['cn-beijing'] },
      AddAccounts: { AddAccount: ['1234567890'] },
      Tags: { Tag: [{ TagKey: 'env', TagValue: 'dev' }] },
      AdvancedOptions: { ImageNameSuffix: 'disable', RetainCloudAssistant: true },
      ImageOptions: { ImageName: 'nightly', ImageFeatures: { NvmeSupport: 'supported' }, ImageTags: { ImageTag: [{ TagKey: 'os', TagValue: 'alinux' }, { TagKey: 'tier', TagValue: '' }] } },
    });
    // Filters see it like any template; another region does not.
    expect((await describePipelines({ ImagePipelineId: [id] })).map((p) => p.ImagePipelineId)).toEqual([id]);
    expect((await describePipelines({ Tag: [{ Key: 'env', Value: 'dev' }] })).map((p) => p.ImagePipelineId)).toContain(id);
    expect((await describePipelines({ RegionId: 'cn-beijing' })).map((p) => p.ImagePipelineId)).not.toContain(id);
  });

  it('the newest created template comes first; Name, IMAGE_FAMILY and an OSS import are kept', async () => {
    const a = (await create({ Name: 'web-base', BaseImageType: 'IMAGE_FAMILY', BaseImage: 'acs:alibaba_cloud_linux_3' })).body.ImagePipelineId;
    const oss = { DiskDeviceMappings: [{ OSSBucket: 'images', OSSObject: 'disk/root.qcow2', Format: 'QCOW2', DiskImageSize: 40 }], Architecture: 'arm64', ImportImageTags: [{ Key: 'k', Value: 'v' }] };
    const b = (await send('CreateImagePipeline', { BaseImageType: 'OSS', ImportImageOptions: oss })).body.ImagePipelineId;
    const list = await describePipelines();
    expect(list.slice(0, 2).map((p) => p.ImagePipelineId)).toEqual([b, a]);
    expect(list[1]).toMatchObject({ Name: 'web-base', BaseImageType: 'IMAGE_FAMILY', BaseImage: 'acs:alibaba_cloud_linux_3' });
    expect(list[0]!.ImportImageOptions).toEqual({
      Architecture: 'arm64',
      Features: {},
      DiskDeviceMappings: { DiskDeviceMapping: [{ OSSBucket: 'images', OSSObject: 'disk/root.qcow2', Format: 'QCOW2', DiskImageSize: 40 }] },
      ImportImageTags: { ImportImageTag: [{ Key: 'k', Value: 'v' }] },
    });
  });

  const big = (n: number, ch = 'a') => ch.repeat(n);
  it.each([
    ['OSS without ImportImageOptions', 404, 'MissingParameter.ImportImageOptions', { BaseImageType: 'OSS', BaseImage: undefined }],
    ['OSS with no disk to import', 404, 'MissingParameter.ImportImageOptions', { BaseImageType: 'OSS', BaseImage: undefined, ImportImageOptions: { Architecture: 'x86_64' } }],
    ['IMAGE without BaseImage', 400, 'MissingParameter', { BaseImage: undefined }],
    ['IMAGE_FAMILY without BaseImage', 400, 'MissingParameter', { BaseImageType: 'IMAGE_FAMILY', BaseImage: undefined }],
    ['RepairItem without RepairMode', 404, 'MissingParameter.RepairMode', { RepairItem: ['grub'] }],
    ['BuildContent of 16,385 characters', 400, 'InvalidBuildContent.LengthExceeded', { BuildContent: big(16_385) }],
    ['BuildContent of 6,000 three-byte characters (18,000 bytes)', 400, 'InvalidBuildContent.LengthExceeded', { BuildContent: `RUN echo ${big(6_000, '€')}` }],
    ['TestContent over 16 KB in bytes', 400, 'InvalidParameter.TestContent', { TestContent: `RUN echo ${big(6_000, '€')}` }],
    ['a COMPONENT that does not exist', 404, 'ImageComponent.NotFound', { BuildContent: 'RUN true\nCOMPONENT ic-doesnotexist00000000' }],
    ['a COMPONENT by a name that does not exist', 404, 'ImageComponent.NotFound', { BuildContent: 'COMPONENT acs:ecs:cn-hangzhou:123:imagecomponent/nope/1.*.*' }],
    ['a duplicate tag key', 400, 'Duplicate.TagKey', { Tag: [{ Key: 'env', Value: 'a' }, { Key: 'env', Value: 'b' }] }],
    ['a duplicate image tag key', 400, 'Duplicate.TagKey', { ImageOptions: { ImageTags: [{ Key: 'k' }, { Key: 'k' }] } }],
    ['a tag key starting with aliyun', 400, 'InvalidTagKey.Malformed', { Tag: [{ Key: 'aliyun-x', Value: 'a' }] }],
    ['a malformed Name', 400, 'InvalidName.Malformed', { Name: '9lives' }],
    ['a malformed ImageOptions.Description', 400, 'InvalidImageOptions.Description', { ImageOptions: { Description: 'http://x' } }],
    ['an unknown BaseImageType', 400, 'InvalidBaseImageType.NotSupportedValue', { BaseImageType: 'ISO' }],
    ['SystemDiskSize 10', 400, 'InvalidSystemDiskSize.NotSupportedValue', { SystemDiskSize: 10 }],
    ['21 AddAccount', 400, 'InvalidAddAccountSize.ExceededMaxNumber', { AddAccount: Array.from({ length: 21 }, (_, i) => String(1000 + i)) }],
    ['an unknown ImageOptions field', 400, 'InvalidParameter', { 'ImageOptions.Colour': 'blue' }],
  ])('%s → %i %s', async (_, status, code, input) => {
    const before = emulator.pipelines['cn-hangzhou']!.length;
    const res = await create(input);
    expect([res.status, res.body.Code], res.text).toEqual([status, code]);
    expect(emulator.pipelines['cn-hangzhou']!.length).toBe(before);
  });

  it('a component of the other type is refused where it cannot run; one of the right type (by ID or by name) is accepted', async () => {
    const components = emulator.components['cn-hangzhou']!;
    const test = components.find((c) => c.ComponentType === 'Test')!;
    const build = components.find((c) => c.ComponentType === 'Build' && c.Owner === 'SELF')!;
    expect((await create({ BuildContent: `COMPONENT ${test.ImageComponentId}` })).body.Code).toBe('InvalidImageComponent.NotSupported');
    expect((await create({ TestContent: `COMPONENT ${build.ImageComponentId}` })).body.Code).toBe('InvalidImageComponent.NotSupported');
    const ok = await create({ BuildContent: `COMPONENT ${build.ImageComponentId}\nCOMPONENT acs:ecs:cn-hangzhou:1:imagecomponent/${build.Name}/${build.ComponentVersion!.split('.')[0]}.*.*`, TestContent: `COMPONENT ${test.ImageComponentId}` });
    expect(ok.status, ok.text).toBe(200);
  });

  it('content of exactly 16 KB is accepted', async () => {
    const res = await create({ BuildContent: `RUN echo ${big(16_384 - 9)}` });
    expect(res.status, res.text).toBe(200);
  });

  it('QuotaExceed.ImagePipeline once the region holds the quota (12 here, generated ones included); other regions are separate', async () => {
    while (emulator.pipelines['cn-hangzhou']!.length < 12) expect((await create({})).status).toBe(200);
    const res = await create({});
    expect([res.status, res.body.Code]).toEqual([400, 'QuotaExceed.ImagePipeline']);
    expect((await create({ RegionId: 'cn-shanghai' })).status).toBe(200);
  });
});

describe('DeleteImagePipeline', () => {
  const fresh = () => builder({ pipelines: 2, executions: 1 });

  it('deletes a created template and a generated one; deleting again is 404 InvalidImagePipeline.NotFound', async () => {
    const b = fresh();
    const id = (await b.send('CreateImagePipeline', base)).body.ImagePipelineId;
    const generated = b.emulator.pipelines['cn-hangzhou']!.find((p) => p.ImagePipelineId !== id && !b.emulator.executions['cn-hangzhou']!.some((e) => e.ImagePipelineId === p.ImagePipelineId && !['SUCCESS', 'FAILED', 'TEST_FAILED', 'PARTITION_SUCCESS', 'CANCELLED'].includes(e.Status!)))!;
    for (const target of [id, generated.ImagePipelineId!]) {
      expect((await b.send('DeleteImagePipeline', { ImagePipelineId: target })).status).toBe(200);
      const again = await b.send('DeleteImagePipeline', { ImagePipelineId: target });
      expect([again.status, again.body.Code]).toEqual([404, 'InvalidImagePipeline.NotFound']);
    }
    const left = (await b.send('DescribeImagePipelines', {})).body.ImagePipeline.ImagePipelineSet.map((p: { ImagePipelineId: string }) => p.ImagePipelineId);
    expect(left).not.toContain(id);
    expect(left).not.toContain(generated.ImagePipelineId);
    // Its build tasks went with it: asking for them names the template as unknown.
    const tasks = await b.send('DescribeImagePipelineExecutions', { ImagePipelineId: generated.ImagePipelineId });
    expect(tasks.body.Code).toBe('InvalidImagePipeline.NotFound');
    expect(b.emulator.executions['cn-hangzhou']!.filter((e) => e.ImagePipelineId === generated.ImagePipelineId)).toEqual([]);
  });

  it('is refused with 403 InvalidImagePipeline.HasRunningExecution while a build runs, and allowed once it has ended', async () => {
    const b = fresh();
    const id = (await b.send('CreateImagePipeline', base)).body.ImagePipelineId;
    const exec = (await b.send('StartImagePipelineExecution', { ImagePipelineId: id })).body.ExecutionId;
    for (let i = 0; i < 3; i++) {
      const res = await b.send('DeleteImagePipeline', { ImagePipelineId: id });
      expect([res.status, res.body.Code]).toEqual([403, 'InvalidImagePipeline.HasRunningExecution']);
      expect(res.body.Message).toContain(exec);
      b.emulator.advanceClock(2000);
    }
    b.emulator.advanceClock(60_000);
    expect((await b.send('DeleteImagePipeline', { ImagePipelineId: id })).status).toBe(200);
    expect((await b.send('DescribeImagePipelineExecutions', { ExecutionId: exec })).body.TotalCount).toBe(0);
  });
});
