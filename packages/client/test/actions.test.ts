// Every action against the contract's emulator over loopback: the full client's methods and the standalone
// commands on a bare client, filters reaching the service intact, paging through the generated paginators and
// item iterators and through the generic `paginate`/`listItems`, `$metadata` on every answer.
import { EcsApiError, type ImageComponent, type ImagePipelineExecution } from '@org/ecs-pipelines-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as web from '../src/index.js';
import * as node from '../src/node/index.js';
import { DEFAULT_CREDENTIALS, type EmulatorServer, startEmulator } from './helpers/emulator.js';

let server: EmulatorServer;
beforeAll(async () => {
  server = await startEmulator({ pipelines: 12, executions: 5, components: 40 });
});
afterAll(() => server.close());

const executions = () => server.emulator.executions['cn-hangzhou']!;
const components = () => server.emulator.components['cn-hangzhou']!;
const pipelines = () => server.emulator.pipelines['cn-hangzhou']!;

const collect = async <T>(it: AsyncIterable<T>) => {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
};
const ids = (list: readonly ImagePipelineExecution[]) => list.map((e) => e.ExecutionId);
const componentIds = (list: readonly ImageComponent[]) => list.map((c) => c.ImageComponentId);

/** What every answer carries: `$metadata` of one attempt, not enumerable, its RequestId the page's. */
function expectMetadata(page: { RequestId?: string; $metadata: web.ResponseMetadata }) {
  expect(page.$metadata).toEqual({ requestId: page.RequestId, httpStatusCode: 200, attempts: 1, totalRetryDelayMs: 0 });
  expect(Object.keys(page)).not.toContain('$metadata');
}

// Both entries, both signature versions, both methods: the action's wire form is the same machinery's.
const variants = [
  ['node, v3, GET', node, { signatureVersion: 'v3', method: 'GET' }],
  ['web, v1, POST', web, { signatureVersion: 'v1', method: 'POST' }],
] as const;

describe.each(variants)('%s', (_name, entry, over) => {
  const options = (): web.ClientOptions => ({ regionId: 'cn-hangzhou', credentials: DEFAULT_CREDENTIALS, endpoint: server.url, retry: { maxAttempts: 1 }, ...over });
  const client = () => entry.createClient(options());
  const bare = () => entry.createBareClient(options());

  describe('DescribeImagePipelineExecutions', () => {
    test("a template's build tasks, every one once, newest first, through listImagePipelineExecutions and the paginator", async () => {
      const pipeline = pipelines()[3]!.ImagePipelineId!;
      const expected = executions().filter((e) => e.ImagePipelineId === pipeline);
      expect(expected).toHaveLength(5);
      expect(await collect(client().listImagePipelineExecutions({ ImagePipelineId: pipeline }, { pageSize: 2 }))).toEqual(expected);
      const pages = await collect(entry.paginateDescribeImagePipelineExecutions(bare(), { ImagePipelineId: pipeline }, { pageSize: 2 }));
      expect(pages.map((p) => p.ImagePipelineExecution.ImagePipelineExecutionSet.length)).toEqual([2, 2, 1]);
      expect(pages.flatMap((p) => ids(p.ImagePipelineExecution.ImagePipelineExecutionSet))).toEqual(ids(expected));
      pages.forEach(expectMetadata);
    });

    test('one task by ExecutionId, through the method and the standalone command on a bare client', async () => {
      const task = executions()[7]!;
      const viaMethod = await client().describeImagePipelineExecutions({ ExecutionId: task.ExecutionId! });
      const viaCommand = await entry.describeImagePipelineExecutions(bare(), { ExecutionId: task.ExecutionId! });
      for (const page of [viaMethod, viaCommand]) {
        expect(page.ImagePipelineExecution.ImagePipelineExecutionSet).toEqual([task]);
        expectMetadata(page);
      }
      // Both given: the task, if it belongs to the template.
      const both = await client().describeImagePipelineExecutions({ ImagePipelineId: task.ImagePipelineId!, ExecutionId: task.ExecutionId! });
      expect(ids(both.ImagePipelineExecution.ImagePipelineExecutionSet)).toEqual([task.ExecutionId]);
    });

    test('an unknown ExecutionId is an empty page with its list still there', async () => {
      const page = await client().describeImagePipelineExecutions({ ExecutionId: 'exec-00000000000000000000' });
      expect(page.ImagePipelineExecution.ImagePipelineExecutionSet).toEqual([]);
      expectMetadata(page);
    });

    test('Status keeps the tasks in any of the given states', async () => {
      const pipeline = pipelines()[5]!.ImagePipelineId!;
      const own = executions().filter((e) => e.ImagePipelineId === pipeline);
      const states = [...new Set(own.map((e) => e.Status!))].slice(0, 2);
      const got = await collect(client().listImagePipelineExecutions({ ImagePipelineId: pipeline, Status: states.join(',') }));
      expect(got.length).toBeGreaterThan(0);
      expect(got).toEqual(own.filter((e) => states.includes(e.Status!)));
    });

    test('Tag keeps the tasks carrying every given tag', async () => {
      const pipeline = pipelines().find((p) => p.Tags?.Tag?.length)!;
      const tag = pipeline.Tags!.Tag![0]!;
      const got = await collect(client().listImagePipelineExecutions({ ImagePipelineId: pipeline.ImagePipelineId!, Tag: [{ Key: tag.TagKey!, Value: tag.TagValue }] }));
      expect(ids(got)).toEqual(ids(executions().filter((e) => e.ImagePipelineId === pipeline.ImagePipelineId && e.Tags?.Tag?.some((t) => t.TagKey === tag.TagKey && t.TagValue === tag.TagValue))));
      expect(got.length).toBeGreaterThan(0);
    });

    test('an unknown template is the service error InvalidImagePipeline.NotFound (404), not retried', async () => {
      const error = await entry.describeImagePipelineExecutions(bare(), { ImagePipelineId: 'ip-00000000000000000000' }).catch((e: unknown) => e);
      expect(EcsApiError.isInstance(error)).toBe(true);
      expect(error).toMatchObject({ code: 'InvalidImagePipeline.NotFound', httpStatus: 404, retryable: false });
      expect((error as { $metadata: web.ResponseMetadata }).$metadata).toMatchObject({ attempts: 1, httpStatusCode: 404, requestId: expect.any(String) });
    });
  });

  describe('DescribeImageComponents', () => {
    test('every component of the region, each once, through listImageComponents and the paginator', async () => {
      expect(await collect(client().listImageComponents({}, { pageSize: 7 }))).toEqual(components());
      const pages = await collect(entry.paginateDescribeImageComponents(bare(), {}, { pageSize: 15 }));
      expect(pages.map((p) => p.ImageComponent.ImageComponentSet.length)).toEqual([15, 15, 10]);
      expect(pages.flatMap((p) => componentIds(p.ImageComponent.ImageComponentSet))).toEqual(componentIds(components()));
      pages.forEach(expectMetadata);
    });

    test.each([
      ['Owner SELF', { Owner: 'SELF' }, (c: ImageComponent) => c.Owner === 'SELF'],
      ['Owner ALIYUN', { Owner: 'ALIYUN' }, (c: ImageComponent) => c.Owner === 'ALIYUN'],
      ['ComponentType Test', { ComponentType: 'Test' }, (c: ImageComponent) => c.ComponentType === 'Test'],
      ['SystemType Windows', { SystemType: 'Windows' }, (c: ImageComponent) => c.SystemType === 'Windows'],
      ['Build for Linux of your own', { ComponentType: 'Build', SystemType: 'Linux', Owner: 'SELF' }, (c: ImageComponent) => c.ComponentType === 'Build' && c.SystemType === 'Linux' && c.Owner === 'SELF'],
    ] as const)('%s', async (_what, filter, keep) => {
      const got = await collect(client().listImageComponents(filter));
      expect(got.length).toBeGreaterThan(0);
      expect(componentIds(got)).toEqual(componentIds(components().filter(keep)));
    });

    test('ImageComponentId returns any of the IDs; Name with a ComponentVersion wildcard picks versions', async () => {
      const wanted = [components()[2]!, components()[30]!];
      const byId = await entry.describeImageComponents(bare(), { ImageComponentId: componentIds(wanted) as string[] });
      expect(componentIds(byId.ImageComponent.ImageComponentSet).sort()).toEqual(componentIds(wanted).sort());
      // A name with several versions: `major.*.*` keeps that major version's.
      const name = 'node';
      const all = components().filter((c) => c.Name === name);
      const major = all[0]!.ComponentVersion!.split('.')[0]!;
      const page = await client().describeImageComponents({ Name: name, ComponentVersion: `${major}.*.*` });
      const expected = all.filter((c) => c.ComponentVersion!.startsWith(`${major}.`));
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(all.length);
      expect(componentIds(page.ImageComponent.ImageComponentSet)).toEqual(componentIds(expected));
      expectMetadata(page);
    });
  });

  describe('DescribeImagePipelines on a bare client', () => {
    test('the standalone command and send answer as the method does', async () => {
      const viaCommand = await entry.describeImagePipelines(bare(), { MaxResults: 4 });
      const viaSend = await bare().send(entry.DescribeImagePipelines, { MaxResults: 4 });
      const viaMethod = await client().describeImagePipelines({ MaxResults: 4 });
      for (const page of [viaCommand, viaSend, viaMethod]) {
        expect(page.ImagePipeline.ImagePipelineSet).toEqual(pipelines().slice(0, 4));
        expectMetadata(page);
      }
      expect(await collect(entry.listImagePipelines(bare(), {}, { maxItems: 5, pageSize: 2 }))).toEqual(pipelines().slice(0, 5));
    });
  });

  describe('the generic paginate and listItems', () => {
    test('take any paged action and a bare or full client', async () => {
      const pages = await collect(entry.paginate(bare(), entry.DescribeImageComponents, { Owner: 'SELF' }, { pageSize: 10 }));
      expect(pages.flatMap((p) => componentIds(p.ImageComponent.ImageComponentSet))).toEqual(componentIds(components().filter((c) => c.Owner === 'SELF')));
      const pipeline = pipelines()[0]!.ImagePipelineId!;
      const items = await collect(entry.listItems(client(), entry.DescribeImagePipelineExecutions, { ImagePipelineId: pipeline }, { maxItems: 3, pageSize: 2 }));
      expect(items).toEqual(executions().filter((e) => e.ImagePipelineId === pipeline).slice(0, 3));
    });

    test('maxItems stops without fetching another page', async () => {
      const before = server.emulator.log.length;
      const items = await collect(client().listImageComponents({}, { pageSize: 5, maxItems: 5 }));
      expect(items).toHaveLength(5);
      expect(server.emulator.log.length - before).toBe(1);
    });
  });
});

test('a page of any action without its wrapper gets an empty list (the guaranteed item list)', async () => {
  const fetch = async () => new Response(JSON.stringify({ RequestId: 'R', TotalCount: 0 }), { headers: { 'content-type': 'application/json' } });
  const client = web.createClient({ regionId: 'cn-hangzhou', credentials: DEFAULT_CREDENTIALS, fetch });
  expect(await client.describeImagePipelineExecutions({ ExecutionId: 'exec-1' })).toEqual({ RequestId: 'R', TotalCount: 0, ImagePipelineExecution: { ImagePipelineExecutionSet: [] } });
  expect(await client.describeImageComponents({})).toEqual({ RequestId: 'R', TotalCount: 0, ImageComponent: { ImageComponentSet: [] } });
  expect(await collect(client.listImageComponents({}))).toEqual([]);
});

test('the action goes in x-acs-action (V3) and Action (V1), to `/` with every parameter in the query', async () => {
  const seen: Request[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    seen.push(new Request(input, init));
    return new Response('{"RequestId":"R"}', { headers: { 'content-type': 'application/json' } });
  };
  for (const signatureVersion of ['v3', 'v1'] as const) {
    const bare = web.createBareClient({ regionId: 'cn-hangzhou', credentials: DEFAULT_CREDENTIALS, fetch, signatureVersion, method: 'POST' });
    await web.describeImageComponents(bare, { ImageComponentId: ['ic-1', 'ic-2'], ComponentVersion: '1.*.0', Owner: 'SELF' });
    await web.describeImagePipelineExecutions(bare, { ImagePipelineId: 'ip-1', Status: 'BUILDING,SUCCESS' });
  }
  const [c3, e3, c1, e1] = seen.map((r) => ({ url: new URL(r.url), action: r.headers.get('x-acs-action'), version: r.headers.get('x-acs-version') }));
  expect([c3!.action, e3!.action]).toEqual(['DescribeImageComponents', 'DescribeImagePipelineExecutions']);
  expect([c3!.version, e3!.version]).toEqual(['2014-05-26', '2014-05-26']);
  expect([c1!.url.searchParams.get('Action'), e1!.url.searchParams.get('Action')]).toEqual(['DescribeImageComponents', 'DescribeImagePipelineExecutions']);
  expect([c1!.action, e1!.action]).toEqual([null, null]);
  for (const { url } of [c3!, e3!, c1!, e1!]) expect(url.pathname).toBe('/');
  expect(c3!.url.search).toBe('?RegionId=cn-hangzhou&ImageComponentId.1=ic-1&ImageComponentId.2=ic-2&ComponentVersion=1.%2A.0&Owner=SELF');
  expect(e3!.url.search).toBe('?RegionId=cn-hangzhou&ImagePipelineId=ip-1&Status=BUILDING%2CSUCCESS');
});
