// CreateImageComponent and DeleteImageComponent against the emulator in process: defaults (version
// (x+1).0.0 per name, Build, Linux), the parameters a YAML body declares, content rules in bytes, versions
// unique per name, quotas of your own components, and delete's rules (own components only, not while a
// template uses them). Every answer is validated against the spec with ajv.
import { afterAll, describe, expect, it } from 'vitest';
import { builder } from './helpers.js';

const { emulator, audit, send } = builder({ quotas: { components: 20 } });
const region = () => emulator.components['cn-hangzhou']!;
const own = () => region().filter((c) => c.Owner === 'SELF');

afterAll(() => {
  console.log(`spec conformance (builder-components): ${audit.checked} answers validated with ajv, ${audit.problems.length} problems`);
  expect(audit.problems).toEqual([]);
});

const create = (input: Record<string, unknown>) => send('CreateImageComponent', { Content: 'RUN echo hello', ...input });
const listed = async (input: Record<string, unknown> = {}) => (await send('DescribeImageComponents', { MaxResults: 500, ...input })).body.ImageComponent.ImageComponentSet as Array<Record<string, any>>;

const YAML = 'Parameters:\n  version:\n    Type: String\n    DefaultValue: "1.25"\n  port:\n    Type: Number\n    DefaultValue: 80\nTasks:\n  - Name: install\n    Action: RunShellCommand\n    Properties:\n      commandContent: yum install -y nginx-{{ version }}\n';

describe('CreateImageComponent', () => {
  it('returns an ic- ID; DescribeImageComponents lists it first with the defaults and the declared parameters', async () => {
    const before = region().map((c) => c.ImageComponentId);
    const res = await create({ Name: 'nginx-web', Content: YAML, Description: 'Installs nginx.', Tag: [{ Key: 'team', Value: 'web' }] });
    expect(res.status, res.text).toBe(200);
    const id = res.body.ImageComponentId as string;
    expect(id).toMatch(/^ic-[a-z0-9]{20}$/);
    const list = await listed();
    expect(list.map((c) => c.ImageComponentId)).toEqual([id, ...before]);
    expect(list[0]).toEqual({
      ImageComponentId: id,
      Name: 'nginx-web',
      ComponentVersion: '1.0.0',
      ComponentType: 'Build',
      SystemType: 'Linux',
      Owner: 'SELF',
      Content: YAML,
      Description: 'Installs nginx.',
      CreationTime: '2025-06-01T08:00:00Z',
      ResourceGroupId: '',
      Tags: { Tag: [{ TagKey: 'team', TagValue: 'web' }] },
      Parameters: { Parameter: [{ Name: 'version', Type: 'String', DefaultValue: '1.25' }, { Name: 'port', Type: 'Number', DefaultValue: '80' }] },
    });
    expect((await listed({ Name: 'nginx-web', ComponentVersion: '1.*.*', Owner: 'SELF' })).map((c) => c.ImageComponentId)).toEqual([id]);
  });

  it('versions: (x+1).0.0 above the highest major of the name; an explicit one must be new for that name', async () => {
    expect((await create({ Name: 'jdk-runtime', ComponentVersion: '3.4.1' })).status).toBe(200);
    const next = await create({ Name: 'jdk-runtime' });
    expect((await listed({ ImageComponentId: [next.body.ImageComponentId] }))[0]!.ComponentVersion).toBe('4.0.0');
    const dup = await create({ Name: 'jdk-runtime', ComponentVersion: '3.4.1' });
    expect([dup.status, dup.body.Code]).toEqual([403, 'InvalidComponentVersion.Exist']);
    // The same version under another name is fine; without a Name the ID is the name.
    expect((await create({ Name: 'jdk-tools', ComponentVersion: '3.4.1' })).status).toBe(200);
    const unnamed = (await create({ ComponentType: 'Test', SystemType: 'Windows' })).body.ImageComponentId;
    expect((await listed({ ImageComponentId: [unnamed] }))[0]).toMatchObject({ Name: unnamed, ComponentVersion: '1.0.0', ComponentType: 'Test', SystemType: 'Windows' });
  });

  it('a generated component name continues from its highest major version', async () => {
    const generated = own()[own().length - 1]!;
    const majors = own().filter((c) => c.Name === generated.Name).map((c) => Number(c.ComponentVersion!.split('.')[0]));
    const res = await create({ Name: generated.Name });
    expect((await listed({ ImageComponentId: [res.body.ImageComponentId] }))[0]!.ComponentVersion).toBe(`${Math.max(...majors) + 1}.0.0`);
  });

  it.each([
    ['no Content', 400, 'MissingParameter.Content', { Content: undefined }],
    ['Content of 16,385 characters', 400, 'InvalidContent.LengthExceeded', { Content: 'a'.repeat(16_385) }],
    ['Content over 16 KB in bytes', 400, 'InvalidContent.LengthExceeded', { Content: `RUN echo ${'é'.repeat(8_200)}` }],
    ['a FROM command', 404, 'NotSupportedCommand.FROM', { Content: 'FROM IMAGE:m-1\nRUN true' }],
    ['a lower-case from command', 404, 'NotSupportedCommand.FROM', { Content: 'RUN true\nfrom IMAGE:m-1' }],
    ['a COMPONENT command', 400, 'InvalidCommand.Component', { Content: 'RUN true\nCOMPONENT ic-bp67acfmxazb4p0001' }],
    ['a bad ComponentVersion', 400, 'InvalidParameter.ComponentVersion', { ComponentVersion: '1.0' }],
    ['a bad ComponentType', 400, 'InvalidComponentType.NotSupportedValue', { ComponentType: 'Deploy' }],
    ['a bad SystemType', 400, 'InvalidSystemType.NotSupportedValue', { SystemType: 'Solaris' }],
    ['a malformed Name', 400, 'InvalidName.Malformed', { Name: '-x' }],
    ['a duplicate tag key', 400, 'Duplicate.TagKey', { Tag: [{ Key: 'a' }, { Key: 'a' }] }],
  ])('%s → %i %s', async (_, status, code, input) => {
    const before = region().length;
    const res = await create(input);
    expect([res.status, res.body.Code], res.text).toEqual([status, code]);
    expect(region().length).toBe(before);
  });

  it('content of exactly 16 KB (bytes) is accepted; a FROM inside a continued line is still a RUN', async () => {
    expect((await create({ Content: `RUN echo ${'a'.repeat(16_384 - 9)}` })).status).toBe(200);
    expect((await create({ Content: 'RUN echo a \\\n  FROM here' })).status).toBe(200);
  });

  it('QuotaExceed.ImageComponent once your own components reach the quota (Alibaba Cloud\'s do not count)', async () => {
    while (own().length < 20) expect((await create({})).status).toBe(200);
    const res = await create({});
    expect([res.status, res.body.Code]).toEqual([400, 'QuotaExceed.ImageComponent']);
    expect(region().length).toBeGreaterThan(20);
  });
});

describe('DeleteImageComponent', () => {
  it('deletes your own components; a second delete, an unknown ID and an Alibaba Cloud component are 404', async () => {
    const b = builder();
    const id = (await b.send('CreateImageComponent', { Content: 'RUN true' })).body.ImageComponentId;
    const generated = b.emulator.components['cn-hangzhou']!.find((c) => c.Owner === 'SELF' && c.ImageComponentId !== id)!.ImageComponentId;
    for (const target of [id, generated]) {
      expect((await b.send('DeleteImageComponent', { ImageComponentId: target })).status).toBe(200);
      expect(b.emulator.components['cn-hangzhou']!.some((c) => c.ImageComponentId === target)).toBe(false);
    }
    const system = b.emulator.components['cn-hangzhou']!.find((c) => c.Owner === 'ALIYUN')!.ImageComponentId;
    for (const target of [id, 'ic-doesnotexist00000000', system]) {
      const res = await b.send('DeleteImageComponent', { ImageComponentId: target });
      expect([res.status, res.body.Code]).toEqual([404, 'InvalidImageComponent.NotFound']);
    }
  });

  it('is refused with 403 InvalidImageComponent.InUse while a template references it, by ID or by name and version', async () => {
    const b = builder();
    const byId = (await b.send('CreateImageComponent', { Name: 'hardening', Content: 'RUN true' })).body.ImageComponentId;
    const byName = (await b.send('CreateImageComponent', { Name: 'monitoring-agent', ComponentType: 'Test', Content: 'RUN true' })).body.ImageComponentId;
    const pipeline = (
      await b.send('CreateImagePipeline', { BaseImageType: 'IMAGE', BaseImage: 'm-1', BuildContent: `RUN yum update -y\nCOMPONENT ${byId}`, TestContent: 'COMPONENT acs:ecs:cn-hangzhou:1:imagecomponent/monitoring-agent/1.*.*' })
    ).body.ImagePipelineId;
    for (const target of [byId, byName]) {
      const res = await b.send('DeleteImageComponent', { ImageComponentId: target });
      expect([res.status, res.body.Code]).toEqual([403, 'InvalidImageComponent.InUse']);
      expect(res.body.Message).toContain(pipeline);
    }
    // Version 2 of the name is outside the template's 1.*.* pattern, so it is free.
    const v2 = (await b.send('CreateImageComponent', { Name: 'monitoring-agent', ComponentType: 'Test', Content: 'RUN true' })).body.ImageComponentId;
    expect((await b.send('DeleteImageComponent', { ImageComponentId: v2 })).status).toBe(200);
    expect((await b.send('DeleteImagePipeline', { ImagePipelineId: pipeline })).status).toBe(200);
    for (const target of [byId, byName]) expect((await b.send('DeleteImageComponent', { ImageComponentId: target })).status).toBe(200);
  });
});
