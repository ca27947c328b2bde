import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DescribeImagePipelines, type ImagePipeline } from '@org/ecs-pipelines-core';
import { filterPipelines } from '../src/filter.js';
import { queryFingerprint } from '../src/page.js';
import { decodeToken, encodeToken, NextTokenError, paginate } from '../src/paging.js';

const p = (id: string, extra: Partial<ImagePipeline> = {}, tags: Array<[string, string]> = []): ImagePipeline => ({
  ImagePipelineId: id,
  Name: `n-${id}`,
  ResourceGroupId: 'rg-1',
  Tags: { Tag: tags.map(([TagKey, TagValue]) => ({ TagKey, TagValue })) },
  ...extra,
});

const data = [
  p('a', {}, [['env', 'prod'], ['team', 'web']]),
  p('b', { ResourceGroupId: 'rg-2' }, [['env', 'dev']]),
  p('c', { Name: 'shared' }, [['env', 'prod']]),
  p('d', { Name: 'shared' }),
];
const ids = (list: ImagePipeline[]) => list.map((x) => x.ImagePipelineId);

describe('filterPipelines', () => {
  it.each([
    ['no filter', {}, ['a', 'b', 'c', 'd']],
    ['IDs: any of', { ImagePipelineId: ['d', 'a', 'zz'] }, ['a', 'd']],
    ['Name equal', { Name: 'shared' }, ['c', 'd']],
    ['ResourceGroupId', { ResourceGroupId: 'rg-2' }, ['b']],
    ['tag key and value', { Tag: [{ Key: 'env', Value: 'prod' }] }, ['a', 'c']],
    ['tag without value matches any value', { Tag: [{ Key: 'env' }] }, ['a', 'b', 'c']],
    ['empty tag value matches any value', { Tag: [{ Key: 'env', Value: '' }] }, ['a', 'b', 'c']],
    ['all tags must match', { Tag: [{ Key: 'env', Value: 'prod' }, { Key: 'team' }] }, ['a']],
    ['filters combine', { Name: 'shared', Tag: [{ Key: 'env' }] }, ['c']],
    ['empty list filters nothing', { ImagePipelineId: [] }, ['a', 'b', 'c', 'd']],
  ])('%s', (_, filter, want) => {
    expect(ids(filterPipelines(data, filter))).toEqual(want);
  });

  it('query fingerprints ignore the order of list items, the token and the page size, but not values', () => {
    const fp = (input: Record<string, unknown>) => queryFingerprint(DescribeImagePipelines, { RegionId: 'r', ...input });
    expect(fp({ ImagePipelineId: ['a', 'b'] })).toBe(fp({ ImagePipelineId: ['b', 'a'] }));
    expect(fp({ Tag: [{ Key: 'a' }, { Key: 'b', Value: '1' }] })).toBe(fp({ Tag: [{ Value: '1', Key: 'b' }, { Key: 'a', Value: '' }] }));
    expect(fp({ MaxResults: 5, NextToken: 't', Name: 'x' })).toBe(fp({ Name: 'x' }));
    expect(fp({ Name: 'x' })).not.toBe(fp({ Name: 'y' }));
    expect(fp({ Tag: [{ Key: 'a', Value: '1' }] })).not.toBe(fp({ Tag: [{ Key: 'a', Value: '2' }] }));
    expect(fp({ RegionId: 'r1' })).not.toBe(fp({ RegionId: 'r2' }));
  });
});

describe('paginate', () => {
  it('every item exactly once, TotalCount stable, no token on the last page (property)', () => {
    let cases = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 1, max: 60 }), (n, size) => {
        cases++;
        const items = Array.from({ length: n }, (_, i) => i);
        const seen: number[] = [];
        let token: string | undefined;
        let pages = 0;
        do {
          const page = paginate(items, { token, maxResults: size, fingerprint: 'f' });
          expect(page.totalCount).toBe(n);
          expect(page.items.length).toBeLessThanOrEqual(size);
          seen.push(...page.items);
          token = page.nextToken;
          pages++;
        } while (token);
        expect(seen).toEqual(items);
        expect(pages).toBe(Math.max(1, Math.ceil(n / size)));
      }),
      { numRuns: 300 },
    );
    console.log(`paging property: ${cases} list sizes × page sizes, every item exactly once`);
  });

  it('tokens are bound to the query and the data set, and refuse tampering', () => {
    const token = encodeToken(5, 'query-a', 'salt');
    expect(decodeToken(token, 'query-a', 'salt')).toBe(5);
    expect(() => decodeToken(token, 'query-b', 'salt')).toThrow(NextTokenError);
    expect(() => decodeToken(token, 'query-a', 'other')).toThrow(NextTokenError);
    expect(() => decodeToken('garbage!', 'query-a', 'salt')).toThrow(NextTokenError);
    expect(() => decodeToken('', 'query-a', 'salt')).toThrow(NextTokenError);
    // Every single-character edit of a token is refused.
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=';
    let edits = 0;
    for (let i = 0; i < token.length; i++) {
      for (const c of alphabet) {
        if (c === token[i]) continue;
        const edited = token.slice(0, i) + c + token.slice(i + 1);
        let offset: number | undefined;
        try {
          offset = decodeToken(edited, 'query-a', 'salt');
        } catch (e) {
          expect(e).toBeInstanceOf(NextTokenError);
        }
        // base64 padding bits can decode to the same bytes; those are the same token, not an edit.
        if (offset !== undefined) expect(atob(edited)).toBe(atob(token));
        edits++;
      }
    }
    console.log(`NextToken tampering: ${edits} single-character edits refused or byte-identical`);
  });

  it('refuses a token past the end', () => {
    expect(() => paginate([1, 2], { token: encodeToken(3, 'f'), maxResults: 1, fingerprint: 'f' })).toThrow(NextTokenError);
    expect(() => paginate([1, 2], { token: encodeToken(2, 'f'), maxResults: 1, fingerprint: 'f' })).toThrow(NextTokenError);
  });
});
