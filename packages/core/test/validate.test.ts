import { describe, expect, it } from 'vitest';
import { EcsValidationError } from '../src/errors.js';
import { DescribeImageComponents, DescribeImagePipelineExecutions, DescribeImagePipelines, operations } from '../src/generated/acs-operations.gen.js';
import { nearestName } from '../src/suggest.js';
import { checkRequest as check, checkSchema, validateRequest as validate } from '../src/validate.js';
import type { OperationSpec } from '../src/spec.js';
import { fromWireParams, toWireParams } from '../src/wire/flatten.js';
import { encodeQuery, parseQuery } from '../src/wire/query.js';
import { spec } from './fixtures/spec.js';

const ok = { RegionId: 'cn-hangzhou' };
// DescribeImagePipelines, the action most of these rules were first written for.
const checkRequest = (input: unknown) => check(DescribeImagePipelines, input);
const validateRequest = (input: unknown) => validate<OperationSpec, Record<string, unknown>>(DescribeImagePipelines, input);
const tags = (n: number) => Array.from({ length: n }, (_, i) => ({ Key: `k${i}`, Value: `v${i}` }));

describe('checkRequest', () => {
  it.each([
    ['minimal', ok],
    ['everything', { RegionId: 'ap-southeast-1', Tag: tags(20), ImagePipelineId: Array.from({ length: 20 }, (_, i) => `ip-${i}`), Name: '', ResourceGroupId: 'rg-1', NextToken: 'AAAA+/=', MaxResults: 500 }],
    ['tag without value, empty value', { ...ok, Tag: [{ Key: 'a' }, { Key: 'b', Value: '' }] }],
    ['undefined and null are absent', { ...ok, Name: undefined, NextToken: null, Tag: [{ Key: 'a', Value: undefined }] }],
    ['emoji and NFD', { ...ok, Name: '😀 e\u0301', Tag: [{ Key: '部门', Value: '👩‍👩‍👧' }] }],
    ['MaxResults bounds', { ...ok, MaxResults: 1 }],
  ])('accepts %s', (_name, input) => expect(checkRequest(input)).toEqual([]));

  // Each bad input must name the parameter and say what is allowed.
  it.each([
    ['missing RegionId', {}, 'RegionId', /is required/, /string of 1 to 64 characters/],
    ['empty RegionId', { RegionId: '' }, 'RegionId', /must not be empty/, /1 to 64/],
    ['malformed RegionId', { RegionId: 'cn_hangzhou' }, 'RegionId', /"cn_hangzhou" has the wrong format/, /matching \^\[a-z\]/],
    ['upper-case RegionId', { RegionId: 'CN-HANGZHOU' }, 'RegionId', /wrong format/, /matching/],
    ['numeric RegionId', { RegionId: 42 }, 'RegionId', /must be a string, got 42/, /a string/],
    ['MaxResults 0', { ...ok, MaxResults: 0 }, 'MaxResults', /at least 1, got 0/, /an integer from 1 to 500/],
    ['MaxResults 501', { ...ok, MaxResults: 501 }, 'MaxResults', /at most 500, got 501/, /an integer from 1 to 500/],
    ['MaxResults 1.5', { ...ok, MaxResults: 1.5 }, 'MaxResults', /must be an integer, got 1\.5/, /1 to 500/],
    ['MaxResults "50"', { ...ok, MaxResults: '50' }, 'MaxResults', /must be an integer, got the string "50"/, /1 to 500/],
    ['MaxResults NaN', { ...ok, MaxResults: Number.NaN }, 'MaxResults', /got NaN/, /1 to 500/],
    ['MaxResults Infinity', { ...ok, MaxResults: Number.POSITIVE_INFINITY }, 'MaxResults', /must be an integer, got Infinity/, /1 to 500/],
    ['21 tags', { ...ok, Tag: tags(21) }, 'Tag', /has 21 items, more than 20/, /at most 20 items/],
    ['21 IDs', { ...ok, ImagePipelineId: Array.from({ length: 21 }, () => 'ip') }, 'ImagePipelineId', /more than 20/, /at most 20/],
    ['empty tag key', { ...ok, Tag: [{ Key: 'a' }, { Key: '' }] }, 'Tag.2.Key', /must not be empty/, /1 to 128 characters/],
    ['missing tag key', { ...ok, Tag: [{ Value: 'v' }] }, 'Tag.1.Key', /is required/, /1 to 128/],
    ['tag key too long', { ...ok, Tag: [{ Key: 'k'.repeat(129) }] }, 'Tag.1.Key', /too long \(129 characters\)/, /1 to 128/],
    ['tag value too long', { ...ok, Tag: [{ Key: 'k', Value: '😀'.repeat(129) }] }, 'Tag.1.Value', /too long \(129 characters\)/, /at most 128/],
    ['tag as a string', { ...ok, Tag: ['env=prod'] }, 'Tag.1', /must be an object/, /Key \(required\), Value/],
    ['Tag not a list', { ...ok, Tag: { Key: 'a' } }, 'Tag', /must be a list/, /at most 20 items/],
    ['misspelt tag field', { ...ok, Tag: [{ Key: 'a', value: 'b' }] }, 'Tag.1.value', /is unknown; did you mean "Value"\?/, /one of Key, Value/],
    ['empty pipeline ID', { ...ok, ImagePipelineId: ['ip-1', ''] }, 'ImagePipelineId.2', /must not be empty/, /non-empty/],
    ['lone surrogate', { ...ok, Name: 'ab\uD83D' }, 'Name', /lone UTF-16 surrogate at index 2/, /well-formed Unicode/],
    ['lone low surrogate in a tag', { ...ok, Tag: [{ Key: '\uDE00x' }] }, 'Tag.1.Key', /index 0/, /well-formed/],
    ['misspelt parameter', { ...ok, MaxResult: 10 }, 'MaxResult', /did you mean "MaxResults"\?/, /one of RegionId, Tag/],
    ['camelCase parameter', { ...ok, maxResults: 10 }, 'maxResults', /did you mean "MaxResults"\?/, /one of/],
    ['plural', { ...ok, Tags: [] }, 'Tags', /did you mean "Tag"\?/, /one of/],
    ['wire spelling in the object', { ...ok, 'Tag.1.Key': 'a' }, 'Tag.1.Key', /did you mean "Tag"\?/, /one of/],
    ['other ECS paging name', { ...ok, PageSize: 10 }, 'PageSize', /did you mean "MaxResults"\?/, /one of/],
    ['unrelated name', { ...ok, Foo: 1 }, 'Foo', /^is unknown$/, /one of RegionId, Tag, ImagePipelineId, Name, ResourceGroupId, NextToken, MaxResults$/],
    ['not an object', 'cn-hangzhou', '(request)', /must be an object, got the string/, /RegionId/],
    ['an array', [ok], '(request)', /must be an object/, /RegionId/],
  ])('refuses %s', (_name, input, parameter, problem, allowed) => {
    const issues = checkRequest(input);
    expect(issues.length).toBeGreaterThan(0);
    const issue = issues.find((i) => i.parameter === parameter);
    expect(issue, JSON.stringify(issues)).toBeDefined();
    expect(issue!.problem).toMatch(problem);
    expect(issue!.allowed).toMatch(allowed);
  });

  it('reports every problem of one input at once', () => {
    const issues = checkRequest({ MaxResults: 0, Tag: [...tags(20), { Key: '' }], Nmae: 'x' });
    expect(issues.map((i) => i.parameter)).toEqual(['Nmae', 'RegionId', 'Tag', 'Tag.21.Key', 'MaxResults']);
  });

  it('reports what a hostile wire query decodes to', () => {
    const issues = checkRequest(fromWireParams(DescribeImagePipelines, parseQuery('RegionId=cn-hangzhou&RegionId=cn-beijing&MaxResults=1e3&Tag.0.Key=a&Tag.1=x')));
    expect(issues.map((i) => [i.parameter, i.problem])).toEqual([
      ['Tag.0.Key', 'is unknown; did you mean "Tag"?'],
      ['RegionId', 'must be a string, got a list of 2 values'],
      ['Tag.1', 'must be an object, got the string "x"'],
      ['MaxResults', 'must be an integer, got the string "1e3"'],
    ]);
  });

  it('reports one clear problem for a huge value, counting code points', () => {
    const issues = checkRequest({ RegionId: 'a'.repeat(1_000_000), Tag: [{ Key: '😀'.repeat(128) }] });
    expect(issues).toEqual([{ parameter: 'RegionId', problem: 'is too long (1000000 characters)', allowed: expect.stringContaining('1 to 64') }]);
  });

  it('does not crawl a huge list item by item', () => {
    expect(checkRequest({ ...ok, ImagePipelineId: Array.from({ length: 10_000 }, () => '') }).length).toBeLessThanOrEqual(22);
  });
});

describe('validateRequest', () => {
  it('returns a clean copy of a valid request', () => {
    const input = { RegionId: 'cn-hangzhou', Name: undefined, MaxResults: 10 };
    const out = validateRequest(input);
    expect(out).toEqual({ RegionId: 'cn-hangzhou', MaxResults: 10 });
    expect(out).not.toBe(input);
    expect(Object.keys(out)).toEqual(['RegionId', 'MaxResults']);
  });

  it('throws one EcsValidationError with every issue', () => {
    try {
      validateRequest({ RegionId: '', MaxResults: 501 });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(EcsValidationError);
      const v = e as EcsValidationError;
      expect(v.parameter).toBe('RegionId');
      expect(v.issues).toHaveLength(2);
      expect(v.message).toMatch(/^2 invalid parameters: RegionId must not be empty \(allowed: .*\); MaxResults must be at most 500, got 501 \(allowed: an integer from 1 to 500\)$/);
    }
  });
});

describe('nearestName', () => {
  const names = ['RegionId', 'Tag', 'ImagePipelineId', 'Name', 'ResourceGroupId', 'NextToken', 'MaxResults'];
  it.each([
    ['regionid', 'RegionId'],
    ['RegionID', 'RegionId'],
    ['ImagePipelineIds', 'ImagePipelineId'],
    ['ResourceGroup', 'ResourceGroupId'],
    ['Nextoken', 'NextToken'],
    ['ImagePipelineId.1', 'ImagePipelineId'],
    ['zzz', undefined],
    ['x'.repeat(500), undefined],
  ])('%s → %s', (name, expected) => expect(nearestName(name, names)).toBe(expected));
});

describe('nearestName aliases (from an action pagination rules)', () => {
  const names = ['RegionId', 'NextToken', 'MaxResults'];
  it('maps a lower-case alias to its candidate, only when the candidate exists', () => {
    expect(nearestName('PageSize', names, { pagesize: 'MaxResults' })).toBe('MaxResults');
    expect(nearestName('pageSize', names, { pagesize: 'MaxResults' })).toBe('MaxResults');
    expect(nearestName('PageSize', names)).toBeUndefined();
    expect(nearestName('PageSize', ['RegionId'], { pagesize: 'MaxResults' })).toBeUndefined();
    // An alias table is own properties only.
    expect(nearestName('constructor', names, { pagesize: 'MaxResults' })).toBeUndefined();
  });
});

// The spec's own example of every parameter, gathered per action: the documented request must be valid.
const exampleRequest = (action: string): Record<string, unknown> => {
  const refs: { $ref: string }[] = spec.paths[`/${action}`]!.get.parameters;
  return Object.fromEntries(refs.map((r) => spec.components.parameters[r.$ref.split('/').pop()!]).map((p) => [p.name, p.example]));
};

/**
 * The smallest valid request of `op`, from its rules: RegionId, each required parameter (an enum's first value,
 * a short ID otherwise) and the first of an `x-acs-any-required` group.
 */
const minimalOf = (op: OperationSpec): Record<string, unknown> => {
  const props = op.request.properties!;
  const names = [...(op.request.required ?? []), ...(op.request['x-acs-any-required']?.slice(0, 1) ?? [])];
  return { ...ok, ...Object.fromEntries(names.filter((n) => n !== 'RegionId').map((n) => [n, props[n]!.enum?.[0] ?? 'id-1'])) };
};

describe.each(Object.values(operations))('every action: $action', (op: OperationSpec) => {
  const minimal = minimalOf(op);
  const required = [...(op.request.required ?? [])];

  it('accepts the minimal request and the request made of every parameter example in the spec', () => {
    expect(check(op, minimal)).toEqual([]);
    const full = exampleRequest(op.action);
    expect(Object.keys(full)).toEqual(Object.keys(op.request.properties!));
    expect(check(op, full)).toEqual([]);
    // An optional parameter given as undefined is dropped from the clean copy.
    const optional = Object.keys(full).filter((k) => !required.includes(k)).pop();
    if (optional) expect(validate(op, { ...full, [optional]: undefined })).toEqual(Object.fromEntries(Object.entries(full).filter(([k]) => k !== optional)));
    else expect(validate(op, full)).toEqual(full);
  });

  it('requires RegionId (and the required parameters) and names the rest of the parameters in spec order', () => {
    const issues = check(op, { Foo: 1 });
    expect(issues.map((i) => [i.parameter, i.problem])).toEqual([
      ['Foo', 'is unknown'],
      ...Object.keys(op.request.properties!).filter((n) => required.includes(n)).map((n) => [n, 'is required']),
      ...(op.request['x-acs-any-required'] ? [[op.request['x-acs-any-required'][0], expect.stringMatching(/^is required when/)]] : []),
    ]);
    expect(issues[0]!.allowed).toBe(`one of ${Object.keys(op.request.properties!).join(', ')}`);
  });

  it.runIf(op.pagination)("points PageSize and PageNumber to the action's own paging parameters", () => {
    const issues = check(op, { ...minimal, PageSize: 10, PageNumber: 2 });
    expect(issues.map((i) => i.problem)).toEqual([`is unknown; did you mean "${op.pagination!.pageSize}"?`, `is unknown; did you mean "${op.pagination!.inputToken}"?`]);
  });

  it.runIf(op.pagination)('enforces MaxResults and the tag rules alike', () => {
    expect(check(op, { ...minimal, MaxResults: 501, Tag: [...tags(20), { Value: 'v' }] }).map((i) => i.parameter)).toEqual(['Tag', 'Tag.21.Key', 'MaxResults']);
  });

  it.runIf(op.request.properties!.Tag)('limits Tag to 20 items, each with a Key', () => {
    expect(check(op, { ...minimal, Tag: [...tags(20), { Value: 'v' }] }).map((i) => i.parameter)).toEqual(['Tag', 'Tag.21.Key']);
  });
});

describe('DescribeImagePipelineExecutions', () => {
  const op = DescribeImagePipelineExecutions;
  const base = { RegionId: 'cn-hangzhou', ImagePipelineId: 'ip-2ze5tsl5bp6nf2b3****' };

  it.each([
    ['ImagePipelineId only', { RegionId: 'cn-hangzhou', ImagePipelineId: 'ip-1' }],
    ['ExecutionId only', { RegionId: 'cn-hangzhou', ExecutionId: 'exec-1' }],
    ['both', { RegionId: 'cn-hangzhou', ImagePipelineId: 'ip-1', ExecutionId: 'exec-1' }],
    ['one state', { ...base, Status: 'BUILDING' }],
    ['two states', { ...base, Status: 'BUILDING,DISTRIBUTING' }],
    ['every state', { ...base, Status: 'PREPARING,REPAIRING,BUILDING,TESTING,DISTRIBUTING,RELEASING,CANCELLING,SUCCESS,PARTITION_SUCCESS,FAILED,TEST_FAILED,CANCELLED' }],
    ['a state given twice', { ...base, Status: 'FAILED,FAILED' }],
    ['an empty Status (no filter)', { ...base, Status: '' }],
  ])('accepts %s', (_name, input) => expect(check(op, input)).toEqual([]));

  it('asks for ImagePipelineId or ExecutionId (x-acs-any-required), counting undefined and null as absent', () => {
    const issue = { parameter: 'ImagePipelineId', problem: 'is required when ExecutionId is not given', allowed: 'at least one of ImagePipelineId, ExecutionId' };
    expect(check(op, { RegionId: 'cn-hangzhou' })).toEqual([issue]);
    expect(check(op, { RegionId: 'cn-hangzhou', ImagePipelineId: undefined, ExecutionId: null })).toEqual([issue]);
    expect(() => validate(op, { RegionId: 'cn-hangzhou', Status: 'BUILDING' })).toThrow(/ImagePipelineId is required when ExecutionId is not given \(allowed: at least one of ImagePipelineId, ExecutionId\)/);
    // With RegionId missing too, both are reported, the any-of rule last.
    expect(check(op, {}).map((i) => i.parameter)).toEqual(['RegionId', 'ImagePipelineId']);
  });

  it.each([
    ['a lower-case state', 'building'],
    ['an unknown state', 'RUNNING'],
    ['a trailing comma', 'BUILDING,'],
    ['a leading comma', ',BUILDING'],
    ['a space after the comma', 'BUILDING, DISTRIBUTING'],
    ['a space separator', 'BUILDING DISTRIBUTING'],
    ['a prefix of a state', 'BUILD'],
    ['a state with a suffix', 'SUCCESSFUL'],
  ])('refuses Status with %s', (_name, Status) => {
    const issues = check(op, { ...base, Status });
    expect(issues).toEqual([{ parameter: 'Status', problem: `${JSON.stringify(Status)} has the wrong format`, allowed: expect.stringMatching(/^a string matching \^\(PREPARING\|REPAIRING\|BUILDING\|/) }]);
  });

  it.each([
    ['a list of IDs (this action takes one)', { ...base, ImagePipelineId: ['ip-1'] }, 'ImagePipelineId', /must be a string, got a list/],
    ['an empty ImagePipelineId', { RegionId: 'cn-hangzhou', ImagePipelineId: '' }, 'ImagePipelineId', /must not be empty/],
    ['an empty ExecutionId', { ...base, ExecutionId: '' }, 'ExecutionId', /must not be empty/],
    ['a Status list', { ...base, Status: ['BUILDING'] }, 'Status', /must be a string/],
    ['ImagePipelineId.1 in wire spelling', { ...base, 'ImagePipelineId.1': 'x' }, 'ImagePipelineId.1', /did you mean "ImagePipelineId"\?/],
    ['misspelt ExecutionId', { ...base, ExecutionID: 'e' }, 'ExecutionID', /did you mean "ExecutionId"\?/],
    ['a parameter of another action', { ...base, ResourceGroupId: 'rg' }, 'ResourceGroupId', /is unknown/],
  ])('refuses %s', (_name, input, parameter, problem) => {
    const issue = check(op, input).find((i) => i.parameter === parameter);
    expect(issue, JSON.stringify(check(op, input))).toBeDefined();
    expect(issue!.problem).toMatch(problem);
  });

  it('parses Status and the two IDs from the wire as plain strings', () => {
    const params = parseQuery('RegionId=cn-hangzhou&ExecutionId=exec-1&Status=BUILDING%2CFAILED&MaxResults=20');
    expect(fromWireParams(op, params)).toEqual({ RegionId: 'cn-hangzhou', ExecutionId: 'exec-1', Status: 'BUILDING,FAILED', MaxResults: 20 });
    expect(check(op, fromWireParams(op, params))).toEqual([]);
    // A repeat-list spelling is no list here: ImagePipelineId.1 stays an unknown name that validation names.
    const listy = fromWireParams(op, parseQuery('RegionId=cn-hangzhou&ImagePipelineId.1=ip-1'));
    expect(listy).toEqual({ RegionId: 'cn-hangzhou', 'ImagePipelineId.1': 'ip-1' });
    expect(check(op, listy).map((i) => i.parameter)).toEqual(['ImagePipelineId.1', 'ImagePipelineId']);
  });
});

describe('DescribeImageComponents', () => {
  const op = DescribeImageComponents;
  const ids = (n: number) => Array.from({ length: n }, (_, i) => `ic-${i}`);

  it.each([
    ['every enum value', [{ ComponentType: 'Build', SystemType: 'Linux', Owner: 'SELF' }, { ComponentType: 'Test', SystemType: 'Windows', Owner: 'ALIYUN' }]],
    ['versions with and without wildcards', ['1.0.0', '10.20.300', '1.0.*', '1.*.*', '*.*.*', '*.2.3'].map((ComponentVersion) => ({ Name: 'c', ComponentVersion }))],
    ['20 component IDs', [{ ImageComponentId: ids(20) }]],
  ])('accepts %s', (_name, inputs) => {
    for (const input of inputs) expect(check(op, { ...ok, ...input }), JSON.stringify(input)).toEqual([]);
  });

  it.each([
    ['ComponentType', 'build', "'Build' or 'Test'"],
    ['ComponentType', 'Deploy', "'Build' or 'Test'"],
    ['SystemType', 'linux', "'Linux' or 'Windows'"],
    ['SystemType', 'MacOS', "'Linux' or 'Windows'"],
    ['Owner', 'self', "'SELF' or 'ALIYUN'"],
    ['Owner', 'ALIBABA', "'SELF' or 'ALIYUN'"],
  ])('refuses %s %j, naming the allowed values', (parameter, value, allowed) => {
    expect(check(op, { ...ok, [parameter]: value })).toEqual([{ parameter, problem: `must be one of the allowed values, got the string ${JSON.stringify(value)}`, allowed }]);
  });

  it('refuses an enum value of the wrong type and an empty one', () => {
    expect(check(op, { ...ok, Owner: 1 })[0]).toMatchObject({ parameter: 'Owner', problem: 'must be one of the allowed values, got 1' });
    expect(check(op, { ...ok, ComponentType: '' })[0]).toMatchObject({ parameter: 'ComponentType', problem: 'must be one of the allowed values, got the string ""' });
  });

  it.each(['1.0', '1.0.0.0', 'v1.0.0', '1.x.0', '1..0', '1.0.0-beta', ' 1.0.0', '**.0.0', '1.0.0\n'])('refuses ComponentVersion %j', (ComponentVersion) => {
    expect(check(op, { ...ok, ComponentVersion })).toEqual([{ parameter: 'ComponentVersion', problem: `${JSON.stringify(ComponentVersion)} has the wrong format`, allowed: 'a string matching ^(\\d+|\\*)\\.(\\d+|\\*)\\.(\\d+|\\*)$' }]);
  });

  it('limits ImageComponentId to 20 non-empty strings', () => {
    expect(check(op, { ...ok, ImageComponentId: ids(21) })).toEqual([{ parameter: 'ImageComponentId', problem: 'has 21 items, more than 20', allowed: 'a list of at most 20 items, each a non-empty string' }]);
    expect(check(op, { ...ok, ImageComponentId: ['ic-1', ''] }).map((i) => [i.parameter, i.problem])).toEqual([['ImageComponentId.2', 'must not be empty']]);
    expect(check(op, { ...ok, ImageComponentId: ['ic-1', 2] }).map((i) => [i.parameter, i.problem])).toEqual([['ImageComponentId.2', 'must be a string, got 2']]);
    expect(check(op, { ...ok, ImageComponentId: 'ic-1' }).map((i) => [i.parameter, i.problem])).toEqual([['ImageComponentId', 'must be a list, got the string "ic-1"']]);
    expect(check(op, { ...ok, ImageComponentId: [null] }).map((i) => [i.parameter, i.problem])).toEqual([['ImageComponentId.1', 'is null']]);
    // A huge list is reported once, not item by item.
    expect(check(op, { ...ok, ImageComponentId: Array(10_000).fill('') }).length).toBeLessThanOrEqual(22);
  });

  it('suggests the list name for its plural and wire spellings, and refuses the template-only parameters', () => {
    const issues = check(op, { ...ok, ImageComponentIds: ['a'], 'ImageComponentId.1': 'a', ImagePipelineId: ['ip'] });
    expect(issues.map((i) => [i.parameter, i.problem])).toEqual([
      ['ImageComponentIds', 'is unknown; did you mean "ImageComponentId"?'],
      ['ImageComponentId.1', 'is unknown; did you mean "ImageComponentId"?'],
      ['ImagePipelineId', 'is unknown'],
    ]);
  });

  it('flattens ImageComponentId as ImageComponentId.N and parses it back in N order', () => {
    const input = { RegionId: 'cn-hangzhou', ImageComponentId: ['ic-b', 'ic a*~', '部门'], Owner: 'SELF', MaxResults: 10 };
    const wire = toWireParams(input);
    expect(wire).toEqual([['RegionId', 'cn-hangzhou'], ['ImageComponentId.1', 'ic-b'], ['ImageComponentId.2', 'ic a*~'], ['ImageComponentId.3', '部门'], ['Owner', 'SELF'], ['MaxResults', '10']]);
    expect(encodeQuery(wire)).toBe('RegionId=cn-hangzhou&ImageComponentId.1=ic-b&ImageComponentId.2=ic%20a%2A~&ImageComponentId.3=%E9%83%A8%E9%97%A8&Owner=SELF&MaxResults=10');
    expect(fromWireParams(op, parseQuery(encodeQuery(wire)))).toEqual(input);
    expect(fromWireParams(op, [['ImageComponentId.10', 'j'], ['ImageComponentId.2', 'b'], ['ImageComponentId.1', 'a'], ['RegionId', 'r']])).toEqual({ RegionId: 'r', ImageComponentId: ['a', 'b', 'j'] });
    // Only this action knows ImageComponentId as a list: DescribeImagePipelines keeps the wire name as it came.
    expect(fromWireParams(DescribeImagePipelines, [['ImageComponentId.1', 'a']])).toEqual({ 'ImageComponentId.1': 'a' });
    // A list item with a field is no string list item: left as an unknown name for validation.
    const odd = fromWireParams(op, [['RegionId', 'cn-hangzhou'], ['ImageComponentId.1.Key', 'a']]);
    expect(odd).toEqual({ RegionId: 'cn-hangzhou', 'ImageComponentId.1.Key': 'a' });
    expect(check(op, odd).map((i) => i.parameter)).toEqual(['ImageComponentId.1.Key']);
  });

  it('reports what a hostile wire query decodes to', () => {
    const issues = check(op, fromWireParams(op, parseQuery('RegionId=cn-hangzhou&Owner=SELF&Owner=ALIYUN&ImageComponentId.1=a&ImageComponentId.1=b&ComponentVersion=1.0&MaxResults=0x10')));
    expect(issues.map((i) => [i.parameter, i.problem])).toEqual([
      ['ImageComponentId.1', 'must be a string, got a list of 2 values'],
      ['ComponentVersion', '"1.0" has the wrong format'],
      ['Owner', 'must be one of the allowed values, got a list of 2 values'],
      ['MaxResults', 'must be an integer, got the string "0x10"'],
    ]);
  });
});

describe('checkSchema: x-acs-any-required on rules of its own', () => {
  it('names the first field, lists them all, and nests under the path', () => {
    const schema = { type: 'object', properties: { A: { type: 'string' }, B: { type: 'string' } }, 'x-acs-any-required': ['A', 'B'] } as const;
    expect(checkSchema(schema, {}, 'opts')).toEqual([{ parameter: 'opts.A', problem: 'is required when B is not given', allowed: 'at least one of A, B' }]);
    expect(checkSchema(schema, { B: 'x' })).toEqual([]);
    expect(checkSchema({ type: 'object', properties: { o: schema } }, { o: {} })).toEqual([{ parameter: 'o.A', problem: 'is required when B is not given', allowed: 'at least one of A, B' }]);
  });
});
