import { describe, expect, it } from 'vitest';
import { EcsValidationError } from '../src/errors.js';
import { nearestName } from '../src/suggest.js';
import { checkRequest, validateRequest } from '../src/validate.js';
import { fromWireParams } from '../src/wire/flatten.js';
import { parseQuery } from '../src/wire/query.js';

const ok = { RegionId: 'cn-hangzhou' };
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
    const issues = checkRequest(fromWireParams(parseQuery('RegionId=cn-hangzhou&RegionId=cn-beijing&MaxResults=1e3&Tag.0.Key=a&Tag.1=x')));
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
