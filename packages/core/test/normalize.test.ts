import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EcsResponseError } from '../src/errors.js';
import { normalizeResponse } from '../src/normalize.js';
import { typedExample, validateResponseBody } from './fixtures/spec.js';

const pageSample = JSON.parse(readFileSync(new URL('./fixtures/page-sample.json', import.meta.url), 'utf8'));
const one = (pipeline: Record<string, unknown>, top: Record<string, unknown> = {}) => ({
  RequestId: 'R1',
  ...top,
  ImagePipeline: { ImagePipelineSet: [{ ImagePipelineId: 'ip-1', ...pipeline }] },
});
const pipeline0 = (body: unknown) => (normalizeResponse(body).ImagePipeline?.ImagePipelineSet ?? [])[0] as Record<string, unknown>;

function thrown(fn: () => unknown): EcsResponseError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(EcsResponseError);
    return e as EcsResponseError;
  }
  throw new Error('did not throw');
}

describe('the API page sample and the spec example', () => {
  it('the page JSON sample (all strings, stringified lists, one template split in three) comes back typed', () => {
    const out = normalizeResponse(pageSample);
    expect(out).toEqual(normalizeResponse(typedExample));
    expect(out).toEqual(typedExample);
    expect(validateResponseBody(out), JSON.stringify(validateResponseBody.errors)).toBe(true);
    expect(out.TotalCount).toBe(1);
    expect(out.ImagePipeline?.ImagePipelineSet?.[0]?.AddAccounts?.AddAccount).toEqual(['1234567890']);
    expect(out.ImagePipeline?.ImagePipelineSet?.[0]?.DeleteInstanceOnFailure).toBe(true);
  });

  it('the typed example is a fixed point and satisfies the schema', () => {
    expect(validateResponseBody(typedExample)).toBe(true);
    expect(normalizeResponse(normalizeResponse(typedExample))).toEqual(typedExample);
  });

  it('templates that carry their ID are never merged', () => {
    const body = { RequestId: 'R', ImagePipeline: { ImagePipelineSet: [{ ImagePipelineId: 'a', Name: 'x' }, { ImagePipelineId: 'b', Tags: {} }] } };
    expect(normalizeResponse(body).ImagePipeline?.ImagePipelineSet).toHaveLength(2);
  });
});

describe('coercion', () => {
  it.each([
    ['integer strings', { SystemDiskSize: '40', InternetMaxBandwidthOut: '0' }, { SystemDiskSize: 40, InternetMaxBandwidthOut: 0 }],
    ['boolean strings', { DeleteInstanceOnFailure: 'TRUE', AdvancedOptions: { RetainCloudAssistant: 'false' } }, { DeleteInstanceOnFailure: true, AdvancedOptions: { RetainCloudAssistant: false } }],
    ['1/0 booleans', { DeleteInstanceOnFailure: 0 }, { DeleteInstanceOnFailure: false }],
    ['numbers for strings', { Name: 42, ImagePipelineId: 'ip-1' }, { Name: '42' }],
    ['an empty wrapper', { Tags: {}, AddAccounts: {} }, { Tags: { Tag: [] }, AddAccounts: { AddAccount: [] } }],
    ['an empty XML element', { Tags: '' }, { Tags: { Tag: [] } }],
    ['a stringified list', { ToRegionIds: { ToRegionId: '["cn-hangzhou","cn-beijing"]' } }, { ToRegionIds: { ToRegionId: ['cn-hangzhou', 'cn-beijing'] } }],
    ['a single scalar', { AddAccounts: { AddAccount: 1234567890 } }, { AddAccounts: { AddAccount: ['1234567890'] } }],
    ['a single object', { Tags: { Tag: { TagKey: 'k', TagValue: 'v' } } }, { Tags: { Tag: [{ TagKey: 'k', TagValue: 'v' }] } }],
    ['a stringified list of objects', { Tags: { Tag: '[{"TagKey":"k"}]' } }, { Tags: { Tag: [{ TagKey: 'k' }] } }],
    ['a bare list without wrapper', { RepairItems: ['a', 'b'] }, { RepairItems: { RepairItem: ['a', 'b'] } }],
    ['deep lists', { ImportImageOptions: { DiskDeviceMappings: { DiskDeviceMapping: [{ DiskImageSize: '20' }] }, ImportImageTags: {} } }, { ImportImageOptions: { DiskDeviceMappings: { DiskDeviceMapping: [{ DiskImageSize: 20 }] }, ImportImageTags: { ImportImageTag: [] } } }],
    ['null as absent', { Name: null, Tags: { Tag: null } }, { Tags: { Tag: [] } }],
  ])('%s', (_name, input, expected) => {
    const out = pipeline0(one(input));
    expect(out).toMatchObject(expected);
    expect(validateResponseBody(normalizeResponse(one(input)))).toBe(true);
    if ('Name' in input && input.Name === null) expect(out).not.toHaveProperty('Name');
  });

  it('coerces top-level counters and keeps unknown fields everywhere, verbatim', () => {
    const out = normalizeResponse({
      RequestId: 'R',
      TotalCount: '3',
      MaxResults: 50,
      NewTopField: { a: ['1'] },
      ImagePipeline: { ImagePipelineSet: [{ ImagePipelineId: 'ip', FutureField: '7', ImageOptions: { Brand: 'new', ImageTags: { ImageTag: [], Extra: 1 } } }], Cursor: 'x' },
    }) as Record<string, unknown>;
    expect(out).toEqual({
      RequestId: 'R',
      TotalCount: 3,
      MaxResults: 50,
      NewTopField: { a: ['1'] },
      ImagePipeline: { ImagePipelineSet: [{ ImagePipelineId: 'ip', FutureField: '7', ImageOptions: { Brand: 'new', ImageTags: { ImageTag: [], Extra: 1 } } }], Cursor: 'x' },
    });
    expect(validateResponseBody(out)).toBe(true);
  });
});

describe('values that cannot be coerced', () => {
  it.each([
    ['"abc" for an integer', one({ SystemDiskSize: 'abc' }), 'ImagePipeline.ImagePipelineSet[0].SystemDiskSize', /should be an integer, got the string "abc"/],
    ['"" for an integer', one({ SystemDiskSize: '' }), 'ImagePipeline.ImagePipelineSet[0].SystemDiskSize', /integer/],
    ['1.5 for an integer', { RequestId: 'R', TotalCount: 1.5 }, 'TotalCount', /integer/],
    ['a negative count', { RequestId: 'R', TotalCount: -1 }, 'TotalCount', /a number in \[0, ∞\]/],
    ['an object for a string', one({ Name: { a: 1 } }), 'ImagePipeline.ImagePipelineSet[0].Name', /should be a string, got an object/],
    ['a list for a string', one({ Name: ['a'] }), 'ImagePipeline.ImagePipelineSet[0].Name', /got a list/],
    ['"yes" for a boolean', one({ DeleteInstanceOnFailure: 'yes' }), 'ImagePipeline.ImagePipelineSet[0].DeleteInstanceOnFailure', /boolean/],
    ['a string for an object', one({ AdvancedOptions: 'x' }), 'ImagePipeline.ImagePipelineSet[0].AdvancedOptions', /an object/],
    ['a number for a list wrapper', one({ Tags: 5 }), 'ImagePipeline.ImagePipelineSet[0].Tags', /list wrapper/],
    ['a string that is not a list', one({ Tags: 'nope' }), 'ImagePipeline.ImagePipelineSet[0].Tags', /list wrapper/],
    ['a bad item deep down', one({ Tags: { Tag: [{ TagKey: 'a' }, { TagKey: {} }] } }), 'ImagePipeline.ImagePipelineSet[0].Tags.Tag[1].TagKey', /string/],
    ['a string for the template list', { RequestId: 'R', ImagePipeline: { ImagePipelineSet: 'x' } }, 'ImagePipeline.ImagePipelineSet[0]', /an object/],
    ['no RequestId', { TotalCount: 1 }, 'RequestId', /no RequestId/],
    ['a list body', [], '(body)', /a JSON object/],
    ['a null body', null, '(body)', /a JSON object/],
  ])('%s', (_name, body, path, message) => {
    const e = thrown(() => normalizeResponse(body));
    expect(e.path).toBe(path);
    expect(e.message).toMatch(message);
    expect(e.retryable).toBe(false);
  });

  it('adds the HTTP status and content type it is given', () => {
    const e = thrown(() => normalizeResponse(one({ SystemDiskSize: 'abc' }), { httpStatus: 200, contentType: 'application/json' }));
    expect(e).toMatchObject({ httpStatus: 200, contentType: 'application/json', path: 'ImagePipeline.ImagePipelineSet[0].SystemDiskSize' });
  });
});
