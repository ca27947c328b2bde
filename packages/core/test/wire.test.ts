import { describe, expect, it } from 'vitest';
import { EcsValidationError } from '../src/errors.js';
import { DescribeImagePipelines, type DescribeImagePipelinesRequest } from '../src/generated/acs-operations.gen.js';
import type { OperationSpec } from '../src/spec.js';
import type { WireParams } from '../src/types.js';
import { fromWireParams, toWireParams } from '../src/wire/flatten.js';
import { percentEncode } from '../src/wire/percent.js';
import { canonicalQuery, encodeQuery, parseQuery } from '../src/wire/query.js';
import { v1Vectors, v3Vectors } from './fixtures/vectors.js';

describe('percentEncode', () => {
  it.each([
    [' ', '%20'],
    ['*', '%2A'],
    ['~', '~'],
    ["!'()", '%21%27%28%29'],
    ['-_.', '-_.'],
    ['+/=&', '%2B%2F%3D%26'],
    ['部门', '%E9%83%A8%E9%97%A8'],
    ['😀', '%F0%9F%98%80'],
    ['e\u0301', 'e%CC%81'],
    ['', ''],
  ])('%j → %s', (raw, encoded) => expect(percentEncode(raw)).toBe(encoded));

  it('encodes every ASCII character except the unreserved ones', () => {
    for (let c = 0; c < 128; c++) {
      const ch = String.fromCharCode(c);
      const expected = /[A-Za-z0-9\-_.~]/.test(ch) ? ch : `%${c.toString(16).toUpperCase().padStart(2, '0')}`;
      expect(percentEncode(ch)).toBe(expected);
    }
  });

  it('refuses a lone surrogate with a validation error naming the parameter', () => {
    const e = (() => {
      try {
        percentEncode('ab\uD800', 'Name');
      } catch (err) {
        return err;
      }
    })();
    expect(e).toBeInstanceOf(EcsValidationError);
    expect((e as EcsValidationError).parameter).toBe('Name');
    expect((e as EcsValidationError).message).toContain('index 2');
  });
});

describe('toWireParams', () => {
  it('flattens repeat lists 1-based in the caller order, keeps empty strings, drops undefined', () => {
    const input: DescribeImagePipelinesRequest = {
      RegionId: 'cn-hangzhou',
      ImagePipelineId: ['ip-b', 'ip-a'],
      Tag: [{ Key: 'env', Value: 'a b*c~d' }, { Key: 'empty', Value: '' }, { Key: 'nokey', Value: undefined }],
      Name: undefined,
      MaxResults: 10,
    };
    expect(toWireParams(input)).toEqual([
      ['RegionId', 'cn-hangzhou'],
      ['ImagePipelineId.1', 'ip-b'],
      ['ImagePipelineId.2', 'ip-a'],
      ['Tag.1.Key', 'env'],
      ['Tag.1.Value', 'a b*c~d'],
      ['Tag.2.Key', 'empty'],
      ['Tag.2.Value', ''],
      ['Tag.3.Key', 'nokey'],
      ['MaxResults', '10'],
    ]);
  });

  it('skips a null list item but keeps its index, as Alibaba OpenApiUtil.query does', () => {
    const input = { RegionId: 'r-1', ImagePipelineId: ['a', null, 'c'] } as unknown as DescribeImagePipelinesRequest;
    expect(toWireParams(input)).toEqual([
      ['RegionId', 'r-1'],
      ['ImagePipelineId.1', 'a'],
      ['ImagePipelineId.3', 'c'],
    ]);
  });

  it.each([...v1Vectors.map((v) => [v.id, v.inputs.apiParams, v.expected.flattenedApiParams] as const),
    ...v3Vectors.map((v) => [v.id, v.inputs.queryParams ?? {}, v.expected.flattenedQuery] as const)])(
    'agrees with the official flattening of %s',
    (_id, apiParams, flattened) => {
      expect(Object.fromEntries(toWireParams(apiParams as DescribeImagePipelinesRequest))).toEqual(flattened);
    },
  );
});

describe('fromWireParams', () => {
  it('rebuilds lists ordered by N and numbers for integer parameters', () => {
    const wire: WireParams = [
      ['Tag.2.Key', 'b'],
      ['Tag.10.Key', 'j'],
      ['Tag.1.Value', 'v1'],
      ['Tag.1.Key', 'a'],
      ['ImagePipelineId.2', 'ip-2'],
      ['ImagePipelineId.1', 'ip-1'],
      ['MaxResults', '20'],
      ['RegionId', 'cn-hangzhou'],
    ];
    expect(fromWireParams(DescribeImagePipelines, wire)).toEqual({
      RegionId: 'cn-hangzhou',
      MaxResults: 20,
      ImagePipelineId: ['ip-1', 'ip-2'],
      Tag: [{ Key: 'a', Value: 'v1' }, { Key: 'b' }, { Key: 'j' }],
    });
  });

  it('leaves what validation must judge: non-digit integers, unknown names, repeated names, hostile names', () => {
    const out = fromWireParams(DescribeImagePipelines, [
      ['MaxResults', '1.5'],
      ['Foo', 'x'],
      ['Tag.0.Key', 'zero'],
      ['Name', 'a'],
      ['Name', 'b'],
      ['__proto__', 'p'],
      ['ImagePipelineId.1.Extra', 'e'],
    ]);
    expect(out.MaxResults).toBe('1.5');
    expect(out.Foo).toBe('x');
    expect(out['Tag.0.Key']).toBe('zero');
    expect(out.Name).toEqual(['a', 'b']);
    expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toBe('p');
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(out['ImagePipelineId.1.Extra']).toBe('e');
  });

  it('coerces integer and boolean parameters by the rules of the operation it is given, and nothing else', () => {
    const op: OperationSpec = {
      ...DescribeImagePipelines,
      request: {
        type: 'object',
        properties: {
          DryRun: { type: 'boolean' },
          Count: { type: 'integer' },
          Label: { type: 'string' },
          Flags: { type: 'array', 'x-acs-style': 'repeatList', items: { type: 'boolean' } },
          Sizes: { type: 'array', 'x-acs-style': 'repeatList', items: { type: 'object', properties: { Gb: { type: 'integer' }, Hot: { type: 'boolean' } } } },
        },
      },
    };
    expect(fromWireParams(op, [['DryRun', 'true'], ['Count', '-7'], ['Label', '12'], ['Flags.2', 'false'], ['Flags.1', 'true'], ['Sizes.1.Gb', '40'], ['Sizes.1.Hot', 'false']])).toEqual({
      DryRun: true, Count: -7, Label: '12', Flags: [true, false], Sizes: [{ Gb: 40, Hot: false }],
    });
    // Only the exact spellings: validation reports the rest with the value as it came.
    expect(fromWireParams(op, [['DryRun', 'TRUE'], ['Count', '1e3'], ['Flags.1', '1']])).toEqual({ DryRun: 'TRUE', Count: '1e3', Flags: ['1'] });
    // The same names are plain strings to an action whose rules do not have them.
    expect(fromWireParams(DescribeImagePipelines, [['DryRun', 'true'], ['Count', '1']])).toEqual({ DryRun: 'true', Count: '1' });
  });
});

describe('query strings', () => {
  const params: WireParams = [
    ['Tag.2.Key', '部门'],
    ['Tag.10.Key', 'x'],
    ['Tag.1.Key', 'a b*c~d'],
    ['NextToken', 'AAAAAdDWBF2+/='],
  ];

  it('encodeQuery keeps the order, canonicalQuery sorts by code unit', () => {
    expect(encodeQuery(params)).toBe('Tag.2.Key=%E9%83%A8%E9%97%A8&Tag.10.Key=x&Tag.1.Key=a%20b%2Ac~d&NextToken=AAAAAdDWBF2%2B%2F%3D');
    expect(canonicalQuery(params)).toBe('NextToken=AAAAAdDWBF2%2B%2F%3D&Tag.1.Key=a%20b%2Ac~d&Tag.10.Key=x&Tag.2.Key=%E9%83%A8%E9%97%A8');
  });

  it.each(v1Vectors.map((v) => [v.id, v] as const))('canonicalQuery matches the official V1 canonical string of %s', (_id, v) => {
    expect(canonicalQuery(Object.entries(v.expected.signedParams))).toBe(v.expected.canonicalizedQueryString);
  });

  it.each(v3Vectors.map((v) => [v.id, v] as const))('canonicalQuery matches the official V3 canonical query of %s', (_id, v) => {
    expect(canonicalQuery(Object.entries(v.expected.flattenedQuery))).toBe(v.expected.canonicalQueryString);
  });

  it('parseQuery decodes +, %20, empty values and bare names, and skips empty segments', () => {
    expect(parseQuery('?a=1+2&b=%20x&&c=&d&e=%E9%83%A8')).toEqual([
      ['a', '1 2'],
      ['b', ' x'],
      ['c', ''],
      ['d', ''],
      ['e', '部'],
    ]);
    expect(parseQuery('')).toEqual([]);
    expect(parseQuery(encodeQuery(params))).toEqual(params);
  });

  it.each([
    ['Name=%ZZ', 'Name'],
    ['Name=%E9', 'Name'],
    ['Tag.1.Key=%ED%A0%80', 'Tag.1.Key'],
    ['%G1=x', '%G1'],
  ])('parseQuery(%s) throws a validation error naming %s', (q, parameter) => {
    expect(() => parseQuery(q)).toThrow(EcsValidationError);
    try {
      parseQuery(q);
    } catch (e) {
      expect((e as EcsValidationError).parameter).toBe(parameter);
    }
  });
});
