// Pagination with scripted answers: NextToken followed until absent or empty, a repeated token refused,
// startingToken resumes, maxItems stops without fetching another page.
import { type Action, EcsResponseError, type OperationSpec, operations } from '@org/ecs-pipelines-core';
import { describe, expect, test } from 'vitest';
import { createBareClient, createClient, listItems, paginate, paginateDescribeImagePipelines } from '../src/index.js';
import { okPage, type Step, scriptedFetch } from './helpers/scripted-fetch.js';

const credentials = { accessKeyId: 'id', accessKeySecret: 'secret' };

function clientWith(tokens: Array<string | undefined>, itemsPerPage = 5) {
  const script = scriptedFetch(tokens.map((t): Step => okPage(itemsPerPage, t)));
  const client = createClient({ regionId: 'cn-hangzhou', credentials, fetch: script.fetch, retry: { maxAttempts: 1 } });
  const sentTokens = () => script.requests.map((r) => new URL(r.request.url).searchParams.get('NextToken'));
  const sentMax = () => script.requests.map((r) => new URL(r.request.url).searchParams.get('MaxResults'));
  return { client, script, sentTokens, sentMax };
}

const collect = async <T>(it: AsyncIterable<T>) => {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
};

describe('paginateDescribeImagePipelines', () => {
  test('follows NextToken until it is absent, sending each token once', async () => {
    const { client, sentTokens } = clientWith(['a', 'b', undefined]);
    const pages = await collect(paginateDescribeImagePipelines(client, { Name: 'x' }));
    expect(pages).toHaveLength(3);
    expect(sentTokens()).toEqual([null, 'a', 'b']);
  });

  test('an empty NextToken ends it too', async () => {
    const { client, script } = clientWith(['a', '']);
    expect(await collect(paginateDescribeImagePipelines(client, {}))).toHaveLength(2);
    expect(script.requests).toHaveLength(2);
  });

  test('a token returned twice ends with EcsResponseError instead of a loop', async () => {
    const { client, script } = clientWith(['a', 'a', 'a', 'a']);
    const pages: unknown[] = [];
    const error = await (async () => {
      for await (const p of paginateDescribeImagePipelines(client, {})) pages.push(p);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EcsResponseError);
    expect(error).toMatchObject({ path: 'NextToken', retryable: false });
    expect(pages).toHaveLength(2);
    expect(script.requests).toHaveLength(2);
  });

  test('a longer cycle (a → b → a) is caught as well', async () => {
    const { client, script } = clientWith(['a', 'b', 'a', 'b']);
    await expect(collect(paginateDescribeImagePipelines(client, {}))).rejects.toBeInstanceOf(EcsResponseError);
    expect(script.requests).toHaveLength(3);
  });

  test('startingToken resumes, and wins over the input NextToken; the input NextToken starts otherwise', async () => {
    const one = clientWith([undefined]);
    await collect(paginateDescribeImagePipelines(one.client, { NextToken: 'from-input' }, { startingToken: 'resume-here' }));
    expect(one.sentTokens()).toEqual(['resume-here']);
    const two = clientWith([undefined]);
    await collect(paginateDescribeImagePipelines(two.client, { NextToken: 'from-input' }));
    expect(two.sentTokens()).toEqual(['from-input']);
  });

  test('a page returning the startingToken itself is a repeat', async () => {
    const { client } = clientWith(['resume-here']);
    await expect(collect(paginateDescribeImagePipelines(client, {}, { startingToken: 'resume-here' }))).rejects.toBeInstanceOf(EcsResponseError);
  });

  test('pageSize is MaxResults on every page', async () => {
    const { client, sentMax } = clientWith(['a', undefined]);
    await collect(paginateDescribeImagePipelines(client, { MaxResults: 3 }, { pageSize: 100 }));
    expect(sentMax()).toEqual(['100', '100']);
  });

  test('a page that fails stops the iteration with its error', async () => {
    const script = scriptedFetch([okPage(2, 'a'), { status: 400, body: '{"Code":"InvalidParameter","Message":"bad token"}' }]);
    const client = createClient({ regionId: 'cn-hangzhou', credentials, fetch: script.fetch });
    await expect(collect(paginateDescribeImagePipelines(client, {}))).rejects.toMatchObject({ name: 'EcsApiError', code: 'InvalidParameter' });
  });
});

describe('listImagePipelines', () => {
  test('yields every item across pages', async () => {
    const { client } = clientWith(['a', 'b', undefined], 4);
    expect(await collect(client.listImagePipelines({}))).toHaveLength(12);
  });

  test('maxItems stops early without fetching another page', async () => {
    const exact = clientWith(['a', 'b', undefined], 5);
    expect(await collect(exact.client.listImagePipelines({}, { maxItems: 5 }))).toHaveLength(5);
    expect(exact.script.requests).toHaveLength(1);
    const across = clientWith(['a', 'b', undefined], 5);
    expect(await collect(across.client.listImagePipelines({}, { maxItems: 7 }))).toHaveLength(7);
    expect(across.script.requests).toHaveLength(2);
  });

  test('breaking out of the loop fetches nothing more', async () => {
    const { client, script } = clientWith(['a', 'b', undefined], 5);
    for await (const _ of client.listImagePipelines({})) break;
    expect(script.requests).toHaveLength(1);
  });

  test('pages without a set or with an empty one are fine', async () => {
    const script = scriptedFetch([{ body: '{"RequestId":"r","NextToken":"a"}' }, { body: '{"RequestId":"r","ImagePipeline":{}}' }]);
    const client = createClient({ regionId: 'cn-hangzhou', credentials, fetch: script.fetch });
    expect(await collect(client.listImagePipelines({}))).toEqual([]);
    expect(script.requests).toHaveLength(2);
  });
});

// The same machinery for every paged action, read from its x-acs-pagination rules, on a bare client.
describe.each((Object.keys(operations) as Action[]).filter((a) => operations[a].pagination))('%s (generic paginate and listItems)', (action) => {
  const op: OperationSpec = operations[action];
  const { inputToken, outputToken, pageSize, items } = op.pagination!;
  const [wrapper, list] = items;
  // The one parameter that action requires besides RegionId, if any (x-acs-any-required).
  const input = op.request['x-acs-any-required'] ? { [op.request['x-acs-any-required'][0]!]: 'id-1' } : {};
  const pageOf = (n: number, next?: string): Step => ({
    body: JSON.stringify({ RequestId: 'r', [outputToken]: next, [wrapper]: { [list]: Array.from({ length: n }, (_, i) => ({ CreationTime: `2024-01-0${i + 1}T00:00:00Z` })) } }),
  });
  const bareWith = (steps: Step[]) => {
    const script = scriptedFetch(steps);
    const client = createBareClient({ regionId: 'cn-hangzhou', credentials, fetch: script.fetch, retry: { maxAttempts: 1 } });
    const sent = (name: string) => script.requests.map((r) => new URL(r.request.url).searchParams.get(name));
    return { client, script, sent };
  };

  test(`follows ${outputToken} into ${inputToken}, pageSize is ${pageSize}, items come from ${wrapper}.${list}`, async () => {
    const { client, sent } = bareWith([pageOf(2, 'a'), pageOf(2, 'b'), pageOf(1)]);
    const pages = await collect(paginate(client, op as never, input as never, { pageSize: 2 }));
    expect(pages).toHaveLength(3);
    expect(sent(inputToken)).toEqual([null, 'a', 'b']);
    expect(sent(pageSize)).toEqual(['2', '2', '2']);
    const again = bareWith([pageOf(2, 'a'), pageOf(2, 'b'), pageOf(1)]);
    expect(await collect(listItems(again.client, op as never, input as never, { maxItems: 3 }))).toHaveLength(3);
    expect(again.script.requests).toHaveLength(2);
  });

  test('a repeated token ends with EcsResponseError', async () => {
    const { client, script } = bareWith([pageOf(1, 'a'), pageOf(1, 'a')]);
    await expect(collect(paginate(client, op as never, input as never))).rejects.toMatchObject({ name: 'EcsResponseError', path: outputToken });
    expect(script.requests).toHaveLength(2);
  });
});
