import { readFile } from 'node:fs/promises';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const spec = parse(await readFile(new URL('../../spec/openapi.yaml', import.meta.url), 'utf8'));
const schemas = spec.components.schemas;
// Parameters by their component key: two actions share a wire name with different rules (`ImagePipelineId` is a
// list for DescribeImagePipelines and one ID for DescribeImagePipelineExecutions; `Name` names a template or a
// component), so the wire name is no key.
const params = spec.components.parameters;
/** Every action of the spec, in spec order: the paged reads, then the writes. */
const ACTIONS = [
  'DescribeImagePipelines', 'DescribeImagePipelineExecutions', 'DescribeImageComponents',
  'CreateImagePipeline', 'DeleteImagePipeline', 'StartImagePipelineExecution', 'CancelImagePipelineExecution',
  'CreateImageComponent', 'DeleteImageComponent',
];
const READS = ACTIONS.filter((a) => a.startsWith('Describe'));
const WRITES = ACTIONS.filter((a) => !a.startsWith('Describe'));
const ref = (node: any) => node.$ref.split('/').pop();
const opOf = (action: string) => spec.paths[`/${action}`].get;
/** The parameters of an action, resolved, in order. */
const paramsOf = (action: string) => opOf(action).parameters.map((p: any) => params[ref(p)]);
/** A schema with its `$ref` (if any) followed to components/schemas. */
const resolved = (schema: any) => (schema.$ref ? schemas[ref(schema)] : schema);

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
    expect(counts).toEqual([7, 7, 11, 25, 2, 5, 3, 10, 2]);
    for (const action of ACTIONS) {
      const refs = spec.paths[`/${action}`].get.parameters;
      for (const r of refs) expect(params[ref(r)], `${action} ${r.$ref}`).toBeDefined();
      const names = paramsOf(action).map((p: any) => p.name);
      expect(new Set(names).size, action).toBe(names.length);
      expect(names[0]).toBe('RegionId');
      // The paged reads end with their paging parameters; a write has none.
      if (READS.includes(action)) expect(names.slice(-2), action).toEqual(['NextToken', 'MaxResults']);
      else expect(names, action).not.toContain('NextToken');
      if (WRITES.includes(action)) expect(names, action).not.toContain('MaxResults');
      for (const p of paramsOf(action)) expect(p.in).toBe('query');
    }
  });

  it('page with x-acs-pagination: NextToken in and out, MaxResults, and an item list that exists in the body (the reads; no write pages)', () => {
    for (const action of WRITES) expect(opOf(action)['x-acs-pagination'], action).toBeUndefined();
    for (const action of READS) {
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
      expect(p, key).toHaveProperty('example');
      // A struct parameter's schema is a $ref to its object schema (ImageOptions → ImageOptionsInput).
      const t = resolved(p.schema).type;
      const ok = t === 'array' ? Array.isArray(p.example)
        : t === 'integer' ? Number.isInteger(p.example)
          : t === 'object' ? typeof p.example === 'object' && p.example !== null && !Array.isArray(p.example)
            : typeof p.example === t;
      expect(ok, key).toBe(true);
    }
  });

  it('every example of a parameter satisfies its whole schema (limits, patterns, enums, closed structs), by Ajv', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    ajv.addKeyword({ keyword: 'x-acs-list-wrapper' });
    // components/schemas as $defs of one schema document, so the parameters' $refs resolve.
    const rewrite = (v: unknown) => JSON.parse(JSON.stringify(v).replaceAll('#/components/schemas/', 'spec#/$defs/'));
    ajv.addSchema({ $id: 'spec', $defs: rewrite(schemas) });
    for (const [key, p] of Object.entries<any>(params)) {
      const validate = ajv.compile(rewrite(p.schema));
      expect(validate(p.example) ? [] : validate.errors, `${key}: ${JSON.stringify(p.example)}`).toEqual([]);
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

  it('each read has a 200 response with a typed example', () => {
    for (const action of READS) {
      const ok = spec.components.responses[`${action}Success`];
      expect(ok.content['application/json'].schema.$ref).toBe(`#/components/schemas/${action}ResponseBody`);
      expect(ok.content['application/json'].examples.typed.value.RequestId).toBeTruthy();
      expect(spec.paths[`/${action}`].get.responses['200'].$ref).toBe(`#/components/responses/${action}Success`);
    }
  });

  it('each write has a 200 response whose examples (RequestId, and the new ID of a create or start) satisfy its body schema', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    const newId: Record<string, string> = { CreateImagePipeline: 'ImagePipelineId', StartImagePipelineExecution: 'ExecutionId', CreateImageComponent: 'ImageComponentId' };
    for (const action of WRITES) {
      const ok = spec.components.responses[ref(opOf(action).responses['200'])];
      const media = ok.content['application/json'];
      const body = schemas[ref(media.schema)];
      expect(body.required, action).toEqual(['RequestId']);
      const validate = ajv.compile(body);
      const examples = Object.values<any>(media.examples);
      expect(examples.length, action).toBeGreaterThan(0);
      for (const ex of examples) {
        expect(validate(ex.value) ? [] : validate.errors, action).toEqual([]);
        expect(Object.keys(ex.value), action).toEqual(['RequestId', ...(newId[action] ? [newId[action]] : [])]);
      }
      if (newId[action]) expect(body.properties[newId[action]!].type, action).toBe('string');
      else expect(Object.keys(body.properties), `${action} answers only its request ID`).toEqual(['RequestId']);
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
    expect(opOf('DescribeImagePipelines')['x-acs-error-codes']).toBeUndefined();
    // A code several actions document has one status everywhere (core and the emulator keep one table per action).
    const statusOf = new Map<string, number>();
    for (const action of ACTIONS.filter((a) => a !== 'DescribeImagePipelines')) {
      const op = opOf(action);
      const own = op['x-acs-error-codes'];
      expect(Object.keys(own ?? {}).length, action).toBeGreaterThan(0);
      for (const [code, status] of Object.entries<any>(own)) {
        expect(Number.isInteger(status) && status >= 400 && status < 600, `${action} ${code}: ${status}`).toBe(true);
        expect(Object.keys(op.responses), `${action} ${code}`).toContain(String(status));
        expect(shared.has(code), `${code} is listed once`).toBe(false);
        expect(statusOf.get(code) ?? status, `${code} in ${action}`).toBe(status);
        statusOf.set(code, status);
      }
    }
    expect(opOf('DescribeImagePipelineExecutions')['x-acs-error-codes']['InvalidImagePipeline.NotFound']).toBe(404);
    expect(opOf('DescribeImageComponents')['x-acs-error-codes']['InvalidImageComponentIdSize.ExceededMaxNumber']).toBe(400);
    expect(opOf('DeleteImagePipeline')['x-acs-error-codes']).toEqual({ 'InvalidImagePipeline.HasRunningExecution': 403, 'InvalidImagePipeline.NotFound': 404 });
    expect(opOf('StartImagePipelineExecution')['x-acs-error-codes']['StartImagePipelineExecution.Failed']).toBe(500);
  });
});

describe('spec: the write actions (idempotency, retries, waiters, structs)', () => {
  const TOKENED = ['CreateImagePipeline', 'StartImagePipelineExecution', 'CreateImageComponent'];

  it('x-acs-idempotency-token names an optional ASCII string parameter of its action (ClientToken), on the creating writes only', () => {
    const tokens = Object.fromEntries(ACTIONS.filter((a) => opOf(a)['x-acs-idempotency-token'] !== undefined).map((a) => [a, opOf(a)['x-acs-idempotency-token']]));
    expect(tokens).toEqual(Object.fromEntries(TOKENED.map((a) => [a, 'ClientToken'])));
    for (const [action, name] of Object.entries<string>(tokens)) {
      const p = paramsOf(action).find((q: any) => q.name === name);
      expect(p, `${action}: ${name} is one of its parameters`).toBeDefined();
      expect(p.required === true, `${action}: the client fills ${name} in, so the caller need not`).toBe(false);
      expect(p.schema).toMatchObject({ type: 'string', maxLength: 64 });
      expect(new RegExp(p.schema.pattern, 'u').test(p.example)).toBe(true);
      expect(new RegExp(p.schema.pattern, 'u').test('tök€n')).toBe(false);
      // The service's answer to a reused token with other parameters.
      expect(opOf(action)['x-acs-error-codes']['IdempotentParameterMismatch'], action).toBe(400);
    }
    // A token parameter the client would not fill in, or a write that is retried blindly, would be a spec error.
    for (const action of ACTIONS) {
      if (!TOKENED.includes(action)) expect(paramsOf(action).map((p: any) => p.name), action).not.toContain('ClientToken');
    }
    for (const action of WRITES.filter((a) => !TOKENED.includes(a))) expect(opOf(action).description, action).toMatch(/Not idempotent/);
  });

  it('x-acs-read-only: true is on exactly the Describe* actions; a write carries no read-only key at all', () => {
    for (const action of ACTIONS) {
      const op = opOf(action);
      if (action.startsWith('Describe')) expect(op['x-acs-read-only'], action).toBe(true);
      else expect(op, action).not.toHaveProperty('x-acs-read-only');
      // A read needs no token; a tokened action is a write.
      expect(op['x-acs-read-only'] === true && op['x-acs-idempotency-token'] !== undefined, action).toBe(false);
    }
    expect(ACTIONS.filter((a) => opOf(a)['x-acs-read-only'] === true)).toEqual(READS);
  });

  it("x-acs-waiters: one waiter, on the paged DescribeImagePipelineExecutions, ending on the task's documented final states", () => {
    expect(ACTIONS.filter((a) => opOf(a)['x-acs-waiters'] !== undefined)).toEqual(['DescribeImagePipelineExecutions']);
    const op = opOf('DescribeImagePipelineExecutions');
    const waiters = op['x-acs-waiters'];
    expect(Object.keys(waiters)).toEqual(['ImagePipelineExecutionComplete']);
    const w = waiters.ImagePipelineExecutionComplete;
    expect(w.description).toBeTruthy();
    // What it reads: a parameter of the action, and a field of the first item of its pages.
    expect(w.input).toEqual(['ExecutionId']);
    for (const name of w.input) expect(paramsOf('DescribeImagePipelineExecutions').map((p: any) => p.name)).toContain(name);
    expect(op['x-acs-pagination']).toBeDefined();
    const [wrapper, list] = op['x-acs-pagination'].items.split('.');
    const item = resolved(schemas.DescribeImagePipelineExecutionsResponseBody.properties[wrapper].properties[list].items);
    expect(w.item).toBe('Status');
    expect(item.properties[w.item].type).toBe('string');
    // The documented terminal states, split into success and failure.
    expect(w.success).toEqual(['SUCCESS', 'PARTITION_SUCCESS']);
    expect(w.failure).toEqual(['FAILED', 'TEST_FAILED', 'CANCELLED']);
    const documented = item.properties.Status.description as string;
    const final = [...documented.slice(documented.indexOf('final one')).matchAll(/`([A-Z_]+)`/g)].map((m) => m[1]);
    expect([...w.success, ...w.failure].sort()).toEqual([...final].sort());
    // Every state the Status filter knows is either final (ends the wait) or running (keeps it polling).
    const states = (params.ExecutionStatus.schema.pattern as string).match(/^\^\(([^)]*)\)/)![1]!.split('|');
    expect(states).toEqual(expect.arrayContaining([...w.success, ...w.failure]));
    const running = states.filter((s) => !w.success.includes(s) && !w.failure.includes(s));
    expect(running).toEqual(['PREPARING', 'REPAIRING', 'BUILDING', 'TESTING', 'DISTRIBUTING', 'RELEASING', 'CANCELLING']);
    expect(w.success.filter((s: string) => w.failure.includes(s))).toEqual([]);
  });

  it('struct parameters (ImageOptions, AdvancedOptions, ImportImageOptions) use x-acs-style: flat and are closed objects at every level', () => {
    const structs = Object.entries<any>(params).filter(([, p]) => resolved(p.schema).type === 'object');
    expect(structs.map(([, p]) => p.name).sort()).toEqual(['AdvancedOptions', 'ImageOptions', 'ImportImageOptions']);
    for (const [key, p] of Object.entries<any>(params)) {
      const isStruct = resolved(p.schema).type === 'object';
      expect(p['x-acs-style'] === 'flat', `${key}: flat if and only if a struct`).toBe(isStruct);
      // Lists go Name.N; no struct or list is sent as a form-exploded object.
      if (resolved(p.schema).type === 'array') expect(p['x-acs-style'], key).toBe('repeatList');
    }
    const open: string[] = [];
    const walk = (raw: any, at: string): void => {
      const s = resolved(raw);
      if (s.type === 'object') {
        if (s.additionalProperties !== false) open.push(at);
        expect(Object.keys(s.properties ?? {}).length, `${at} has fields`).toBeGreaterThan(0);
        for (const [k, v] of Object.entries<any>(s.properties ?? {})) walk(v, `${at}.${k}`);
      }
      if (s.items) walk(s.items, `${at}.N`);
    };
    for (const [, p] of structs) walk(p.schema, p.name);
    expect(open).toEqual([]);
    // Every struct belongs to CreateImagePipeline, the only action that takes one.
    const users = ACTIONS.filter((a) => paramsOf(a).some((p: any) => p['x-acs-style'] === 'flat'));
    expect(users).toEqual(['CreateImagePipeline']);
  });
});
