import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const spec = parse(await readFile(new URL('../../spec/openapi.yaml', import.meta.url), 'utf8'));
const schemas = spec.components.schemas;
const params = Object.fromEntries(
  Object.values<any>(spec.components.parameters).map((p) => [p.name, p]),
);

describe('spec: the operation', () => {
  it('is the RPC action DescribeImagePipelines 2014-05-26 on / with GET and POST', () => {
    const item = spec.paths['/'];
    expect(spec.openapi).toBe('3.1.0');
    for (const m of ['get', 'post']) {
      expect(item[m]['x-acs-action']).toBe('DescribeImagePipelines');
      expect(item[m]['x-acs-version']).toBe('2014-05-26');
    }
    expect(item.parameters).toHaveLength(7);
  });

  it('has both signatures as security schemes and the regional server template', () => {
    expect(Object.keys(spec.components.securitySchemes).sort()).toEqual(['acs3HmacSha256', 'hmacSha1']);
    expect(spec.servers[0].url).toBe('https://ecs.{regionId}.aliyuncs.com');
  });
});

describe('spec: every request parameter of the API page, with its type and limits', () => {
  it.each([
    ['RegionId', { required: true, type: 'string' }],
    ['Name', { type: 'string' }],
    ['ResourceGroupId', { type: 'string' }],
    ['NextToken', { type: 'string' }],
  ])('%s', (name, want) => {
    expect(params[name].in).toBe('query');
    expect(params[name].required === true).toBe(want.required === true);
    expect(params[name].schema.type).toBe(want.type);
  });

  it('MaxResults: integer 1..500, default 50', () => {
    expect(params.MaxResults.schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 500, default: 50 });
  });

  it('Tag: repeat list of {Key, Value}, at most 20', () => {
    expect(params.Tag['x-acs-style']).toBe('repeatList');
    expect(params.Tag.schema.maxItems).toBe(20);
    expect(params.Tag.schema.items.$ref).toBe('#/components/schemas/RequestTag');
    expect(Object.keys(schemas.RequestTag.properties)).toEqual(['Key', 'Value']);
  });

  it('ImagePipelineId: repeat list of strings, at most 20', () => {
    expect(params.ImagePipelineId['x-acs-style']).toBe('repeatList');
    expect(params.ImagePipelineId.schema).toMatchObject({ type: 'array', maxItems: 20, items: { type: 'string' } });
  });
});

describe('spec: every response field of the API page (and the newer ones), with real types', () => {
  const body = schemas.DescribeImagePipelinesResponseBody.properties;
  const item = schemas.ImagePipeline.properties;

  it('top level', () => {
    expect(body.RequestId.type).toBe('string');
    expect(body.NextToken.type).toBe('string');
    expect(body.TotalCount.type).toBe('integer');
    expect(body.MaxResults.type).toBe('integer');
    expect(body.ImagePipeline.properties.ImagePipelineSet.items.$ref).toBe('#/components/schemas/ImagePipeline');
  });

  it.each([
    ['ImagePipelineId', 'string'], ['Name', 'string'], ['Description', 'string'], ['BaseImageType', 'string'],
    ['BaseImage', 'string'], ['ImageName', 'string'], ['InstanceType', 'string'], ['VSwitchId', 'string'],
    ['ResourceGroupId', 'string'], ['CreationTime', 'string'], ['BuildContent', 'string'],
    ['SystemDiskSize', 'integer'], ['InternetMaxBandwidthOut', 'integer'], ['DeleteInstanceOnFailure', 'boolean'],
    // newer fields (api-facts.md §2.2)
    ['ImageFamily', 'string'], ['TestContent', 'string'], ['RepairMode', 'string'], ['NvmeSupport', 'string'],
  ])('pipeline field %s is %s', (field, type) => {
    expect(item[field].type).toBe(type);
  });

  it.each([
    ['AddAccounts', 'AddAccount'], ['ToRegionIds', 'ToRegionId'], ['Tags', 'Tag'], ['RepairItems', 'RepairItem'],
  ])('list wrapper %s.%s[]', (wrapper, inner) => {
    expect(item[wrapper]['x-acs-list-wrapper']).toBe(true);
    expect(item[wrapper].properties[inner].type).toBe('array');
  });

  it('tags use TagKey/TagValue; nested option objects are present', () => {
    expect(Object.keys(schemas.ResourceTag.properties)).toEqual(['TagKey', 'TagValue']);
    expect(item.AdvancedOptions.properties.RetainCloudAssistant.type).toBe('boolean');
    expect(item.ImageOptions.$ref).toBe('#/components/schemas/ImageOptions');
    expect(schemas.ImportImageOptions.properties.RetainImportedImage.type).toBe('boolean');
  });

  it('every field has an English description', () => {
    const walk = (s: any, path: string): void => {
      for (const [k, v] of Object.entries<any>(s.properties ?? {})) {
        if (!v.$ref) expect(v.description ?? (v.type === 'array' ? 'list' : undefined), `${path}.${k}`).toBeTruthy();
        walk(v, `${path}.${k}`);
        if (v.items) walk(v.items, `${path}.${k}[]`);
      }
    };
    for (const [name, s] of Object.entries<any>(schemas)) walk(s, name);
  });
});

describe('spec: errors', () => {
  it('has the error body and the statuses of api-facts §3 with their codes', () => {
    expect(Object.keys(schemas.EcsErrorBody.properties)).toEqual([
      'RequestId', 'HostId', 'Code', 'Message', 'Recommend', 'AccessDeniedDetail',
    ]);
    const r = spec.components.responses;
    expect(r.BadRequest['x-acs-error-codes']).toContain('SignatureDoesNotMatch');
    expect(r.NotFound['x-acs-error-codes']).toContain('InvalidRegionId.NotFound');
    expect(r.ServiceUnavailable['x-acs-error-codes']).toContain('ServiceUnavailable');
    expect(Object.keys(spec.paths['/'].get.responses)).toEqual(['200', '400', '403', '404', '500', '503']);
  });
});
