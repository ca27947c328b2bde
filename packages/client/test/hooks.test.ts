// Hooks and the debug logger: what they see, in what order, and that they cannot change a call.
import { expect, test } from 'vitest';
import { createClient, type ErrorHookEvent, type RequestHookEvent, type ResponseHookEvent } from '../src/index.js';
import { okPage, scriptedFetch } from './helpers/scripted-fetch.js';

const credentials = { accessKeyId: 'hook-id', accessKeySecret: 'hook-secret', securityToken: 'hook-token' };

test('onRequest, onResponse and onError see every attempt, in order, redacted', async () => {
  const script = scriptedFetch([{ status: 503, body: '{"Code":"ServiceUnavailable","Message":"busy","RequestId":"r-1"}' }, okPage(2)]);
  const events: Array<[string, RequestHookEvent | ResponseHookEvent | ErrorHookEvent]> = [];
  const lines: string[] = [];
  const client = createClient({
    regionId: 'cn-hangzhou',
    credentials,
    fetch: script.fetch,
    retry: { baseDelayMs: 1, maxDelayMs: 1 },
    onRequest: (e) => events.push(['request', e]),
    onResponse: (e) => events.push(['response', e]),
    onError: (e) => events.push(['error', e]),
    logger: { debug: (line) => lines.push(line) },
  });
  await client.describeImagePipelines({ MaxResults: 2 });
  expect(events.map(([kind, e]) => `${kind} ${e.attempt}`)).toEqual(['request 1', 'response 1', 'error 1', 'request 2', 'response 2']);
  const [, first] = events[0] as [string, RequestHookEvent];
  expect(first.method).toBe('GET');
  expect(first.url).toMatch(/^https:\/\/ecs-cn-hangzhou\.aliyuncs\.com\/\?RegionId=cn-hangzhou&MaxResults=2$/);
  expect(first.headers['x-acs-action']).toBe('DescribeImagePipelines');
  expect(first.headers.authorization).not.toMatch(/hook-id|Signature=[0-9a-f]/);
  expect(first.headers['x-acs-security-token']).not.toContain('hook-token');
  expect(events[1]![1]).toMatchObject({ status: 503, requestId: 'r-1', durationMs: expect.any(Number) });
  expect(events[2]![1]).toMatchObject({ willRetry: true, delayMs: expect.any(Number), error: { name: 'EcsApiError', code: 'ServiceUnavailable' } });
  expect(events[4]![1]).toMatchObject({ status: 200 });
  expect(lines).toHaveLength(5);
  expect(lines.join('\n')).toMatch(/attempt 1: HTTP 503 RequestId=r-1/);
  expect(lines.join('\n')).toMatch(/attempt 1: EcsApiError: ServiceUnavailable: busy .*\(retrying in \d+ ms\)/);
  expect(lines.join('\n')).not.toMatch(/hook-secret|hook-token/);
});

test('the final failure says it gives up', async () => {
  const lines: string[] = [];
  const client = createClient({
    regionId: 'cn-hangzhou',
    credentials,
    fetch: scriptedFetch([{ status: 400, body: '{"Code":"InvalidParameter","Message":"no"}' }]).fetch,
    logger: { debug: (line) => lines.push(line) },
  });
  await expect(client.describeImagePipelines({})).rejects.toMatchObject({ code: 'InvalidParameter' });
  expect(lines.at(-1)).toMatch(/\(giving up\)$/);
});

test('a hook or logger that throws changes nothing', async () => {
  const boom = () => {
    throw new Error('observer bug');
  };
  const script = scriptedFetch([{ status: 500, body: '{"Code":"InternalError","Message":"x"}' }, okPage(1)]);
  const client = createClient({
    regionId: 'cn-hangzhou',
    credentials,
    fetch: script.fetch,
    retry: { baseDelayMs: 1 },
    onRequest: boom,
    onResponse: boom,
    onError: boom,
    logger: { debug: boom },
  });
  const page = await client.describeImagePipelines({});
  expect(page.$metadata.attempts).toBe(2);
});
