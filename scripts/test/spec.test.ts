import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const spec = parse(await readFile(new URL('../../spec/openapi.yaml', import.meta.url), 'utf8'));
const schemas = spec.components.schemas;
// Parameters by their component key: two actions share a wire name with different rules (`ImagePipelineId` is a
// list for DescribeImagePipelines and one ID for DescribeImagePipelineExecutions; `Name` names a template or a
// component), so the wire name is no key.
const params = spec.components.parameters;
const ACTIONS = ['DescribeImagePipelines', 'DescribeImagePipelineExecutions', 'DescribeImageComponents'];
const ref = (node: any) => node.$ref.split('/').pop();
/** The parameters of an action, resolved, in order. */
const paramsOf = (action: string) => spec.paths[`/${action}`].get.parameters.map((p: any) => params[ref(p)]);

describe('spec: the operations', () => {
  it('are the RPC actions, one pseudo-path /{Action} each with one GET operation', () => {
    expect(spec.openapi).toBe('3.1.0');
    expect(Object.keys(spec.paths)).toEqual(ACTIONS.map((a) => `/${a}`));
    for (const action of ACTIONS) {
      const item = spec.paths[`/${action}`];
      expect(Object.keys(item), action).toEqual(['get']);
      expect(item.get['x-acs-action']).toBe(action);
      expect(item.get['x-acs-version']).toBe('2014-05-26');
      expect(item.get.operationId).toBe(action[0]!.toLowerCase() + action.slice(1));
      expect(item.get.summary).toBeTruthy();
      expect(item.get.description).toBeTruthy();
    }
  });

  it('carry their parameters at operation level, every one a $ref to a query parameter with a unique wire name', () => {
    const counts = ACTIONS.map((a) => spec.paths[`/${a}`].get.parameters.length);
    expect(counts).toEqual([7, 7, 11]);
    for (const action of ACTIONS) {
      const refs = spec.paths[`/${action}`].get.parameters;
      for (const r of refs) expect(params[ref(r)], `${action} ${r.$ref}`).toBeDefined();
      const names = paramsOf(action).map((p: any) => p.name);
      expect(new Set(names).size, action).toBe(names.length);
      expect(names[0]).toBe('RegionId');
      expect(names.slice(-2)).toEqual(['NextToken', 'MaxResults']);
      for (const p of paramsOf(action)) expect(p.in).toBe('query');
    }
  });

  it('page with x-acs-pagination: NextToken in and out, MaxResults, and an item list that exists in the body', () => {
    for (const action of ACTIONS) {
      const pg = spec.paths[`/${action}`].get['x-acs-pagination'];
      expect(pg).toMatchObject({ inputToken: 'NextToken', outputToken: 'NextToken', pageSize: 'MaxResults' });
      const [wrapper, list] = pg.items.split('.');
      const body = schemas[`${action}ResponseBody`];
      expect(body.properties[wrapper]['x-acs-list-wrapper'], action).toBe(true);
      expect(body.properties[wrapper].properties[list].type).toBe('array');
      expect(body.properties.NextToken.type).toBe('string');
      expect(paramsOf(action).map((p: any) => p.name)).toEqual(expect.arrayContaining([pg.inputToken, pg.pageSize]));
    }
  });

  it('DescribeImagePipelineExecutions needs ImagePipelineId or ExecutionId (x-acs-any-required)', () => {
    const op = spec.paths['/DescribeImagePipelineExecutions'].get;
    expect(op['x-acs-any-required']).toEqual(['ImagePipelineId', 'ExecutionId']);
    const byName = Object.fromEntries(paramsOf('DescribeImagePipelineExecutions').map((p: any) => [p.name, p]));
    for (const name of op['x-acs-any-required']) expect(byName[name]).toMatchObject({ required: false, schema: { type: 'string', minLength: 1 } });
    for (const action of ['DescribeImagePipelines', 'DescribeImageComponents']) expect(spec.paths[`/${action}`].get['x-acs-any-required']).toBeUndefined();
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

  it('ImagePipelineId: repeat list of strings, at most 20 (DescribeImagePipelines)', () => {
    expect(params.ImagePipelineIds.name).toBe('ImagePipelineId');
    expect(params.ImagePipelineIds['x-acs-style']).toBe('repeatList');
    expect(params.ImagePipelineIds.schema).toMatchObject({ type: 'array', maxItems: 20, items: { type: 'string' } });
  });

  it('ImagePipelineId and ExecutionId: one non-empty ID each (DescribeImagePipelineExecutions)', () => {
    expect(params.ImagePipelineId).toMatchObject({ name: 'ImagePipelineId', required: false, schema: { type: 'string', minLength: 1 } });
    expect(params.ImagePipelineId['x-acs-style']).toBeUndefined();
    expect(params.ExecutionId).toMatchObject({ name: 'ExecutionId', required: false, schema: { type: 'string', minLength: 1 } });
  });

  it('Status: comma-separated task states, by pattern', () => {
    expect(params.ExecutionStatus.name).toBe('Status');
    const re = new RegExp(params.ExecutionStatus.schema.pattern, 'u');
    const states = ['PREPARING', 'REPAIRING', 'BUILDING', 'TESTING', 'DISTRIBUTING', 'RELEASING', 'CANCELLING', 'SUCCESS', 'PARTITION_SUCCESS', 'FAILED', 'TEST_FAILED', 'CANCELLED'];
    for (const s of states) expect(re.test(s), s).toBe(true);
    expect(re.test(states.join(','))).toBe(true);
    expect(re.test(params.ExecutionStatus.example)).toBe(true);
    for (const bad of ['building', 'BUILDING,', 'BUILDING, FAILED', 'RUNNING']) expect(re.test(bad), bad).toBe(false);
  });

  it('ImageComponentId: repeat list of strings, at most 20 (DescribeImageComponents)', () => {
    expect(params.ImageComponentIds.name).toBe('ImageComponentId');
    expect(params.ImageComponentIds['x-acs-style']).toBe('repeatList');
    expect(params.ImageComponentIds.schema).toMatchObject({ type: 'array', maxItems: 20, items: { type: 'string', minLength: 1 } });
  });

  it.each([
    ['ComponentType', ['Build', 'Test']],
    ['SystemType', ['Linux', 'Windows']],
    ['Owner', ['SELF', 'ALIYUN']],
  ])('%s: enum %j', (key, values) => {
    expect(params[key].schema).toEqual({ type: 'string', enum: values });
    expect(values).toContain(params[key].example);
  });

  it('ComponentVersion: major.minor.patch with * wildcards, by pattern', () => {
    const re = new RegExp(params.ComponentVersion.schema.pattern, 'u');
    for (const ok of ['1.0.0', '1.0.*', '*.*.*', params.ComponentVersion.example]) expect(re.test(ok), ok).toBe(true);
    for (const bad of ['1.0', '1.0.0.0', 'v1.0.0']) expect(re.test(bad), bad).toBe(false);
  });

  it('every example of a parameter satisfies its own schema type', () => {
    for (const [key, p] of Object.entries<any>(params)) {
      const t = p.schema.type;
      expect(t === 'array' ? Array.isArray(p.example) : t === 'integer' ? Number.isInteger(p.example) : typeof p.example === t, key).toBe(true);
    }
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

describe('spec: the response bodies of the new actions', () => {
  it('DescribeImagePipelineExecutions: tasks with their state and tags', () => {
    const item = schemas.ImagePipelineExecution.properties;
    for (const f of ['ExecutionId', 'ImagePipelineId', 'Status', 'ImageId', 'Message', 'CreationTime', 'ModifiedTime']) expect(item[f].type, f).toBe('string');
    expect(item.Tags['x-acs-list-wrapper']).toBe(true);
    expect(schemas.DescribeImagePipelineExecutionsResponseBody.required).toEqual(['RequestId']);
  });

  it('DescribeImageComponents: components with their parameters and tags', () => {
    const item = schemas.ImageComponent.properties;
    for (const f of ['ImageComponentId', 'Name', 'ComponentVersion', 'ComponentType', 'SystemType', 'Owner', 'Content']) expect(item[f].type, f).toBe('string');
    expect(item.Parameters['x-acs-list-wrapper']).toBe(true);
    expect(item.Parameters.properties.Parameter.items.$ref).toBe('#/components/schemas/ComponentParameter');
    expect(Object.keys(schemas.ComponentParameter.properties)).toEqual(['Name', 'Type', 'DefaultValue']);
  });

  it('each action has a 200 response with a typed example', () => {
    for (const action of ACTIONS) {
      const ok = spec.components.responses[`${action}Success`];
      expect(ok.content['application/json'].schema.$ref).toBe(`#/components/schemas/${action}ResponseBody`);
      expect(ok.content['application/json'].examples.typed.value.RequestId).toBeTruthy();
      expect(spec.paths[`/${action}`].get.responses['200'].$ref).toBe(`#/components/responses/${action}Success`);
    }
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
    for (const action of ACTIONS) expect(Object.keys(spec.paths[`/${action}`].get.responses), action).toEqual(['200', '400', '403', '404', '500', '503']);
  });

  it("lists each action's own error codes (x-acs-error-codes on the operation) with a status the operation answers", () => {
    const shared = new Set(Object.values<any>(spec.components.responses).flatMap((r) => r['x-acs-error-codes'] ?? []));
    expect(spec.paths['/DescribeImagePipelines'].get['x-acs-error-codes']).toBeUndefined();
    for (const action of ['DescribeImagePipelineExecutions', 'DescribeImageComponents']) {
      const op = spec.paths[`/${action}`].get;
      const own = op['x-acs-error-codes'];
      expect(Object.keys(own).length, action).toBeGreaterThan(0);
      for (const [code, status] of Object.entries(own)) {
        expect(Object.keys(op.responses), `${action} ${code}`).toContain(String(status));
        expect(shared.has(code), `${code} is listed once`).toBe(false);
      }
    }
    expect(spec.paths['/DescribeImagePipelineExecutions'].get['x-acs-error-codes']['InvalidImagePipeline.NotFound']).toBe(404);
    expect(spec.paths['/DescribeImageComponents'].get['x-acs-error-codes']['InvalidImageComponentIdSize.ExceededMaxNumber']).toBe(400);
  });
});
