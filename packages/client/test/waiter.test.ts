// Issue 16: waitUntilImagePipelineExecutionComplete, generated from the spec's x-acs-waiters on
// DescribeImagePipelineExecutions. The three outcomes (success with the task, failure with its state and the
// task's ErrorCode/ErrorInfo, timeout), onPoll events, capped jittered backoff within [minDelayMs,
// maxDelayMs], never sleeping past the deadline, input and options checked before anything is sent. A
// scripted fetch answers each poll, so the states and their timing are exact. (The abort cases, which measure
// a 50 ms bound, are in abort-timeout.test.ts, which runs alone.)
import { EcsAbortError, EcsApiError, EcsTimeoutError, EcsValidationError, EcsWaiterError, operations } from '@org/ecs-pipelines-core';
import { afterEach, describe, expect, test, vi } from 'vitest';
import * as web from '../src/index.js';
import * as node from '../src/node/index.js';
import { scriptedFetch, type Step } from './helpers/scripted-fetch.js';
import { TEST_CREDENTIALS } from './helpers/write-answers.js';

const EXEC = 'exec-5fb8facb8ed7427c0001';
const spec = operations.DescribeImagePipelineExecutions.waiters!.ImagePipelineExecutionComplete!;

/** A task as DescribeImagePipelineExecutions lists it. */
const task = (Status: string, extra: Record<string, unknown> = {}) => ({
  ExecutionId: EXEC,
  ImagePipelineId: 'ip-2ze5tsl5bp6nf2b30001',
  Status,
  Message: `now ${Status}`,
  CreationTime: '2026-01-01T00:00:00Z',
  ModifiedTime: '2026-01-01T00:05:00Z',
  Tags: { Tag: [] },
  ...extra,
});
/** One poll's answer: a page with the task in `status`, or an empty page (the task not visible yet). */
const poll = (status?: string, extra?: Record<string, unknown>): Step => ({
  body: JSON.stringify({
    RequestId: `req-${status ?? 'none'}`,
    TotalCount: status ? 1 : 0,
    MaxResults: 50,
    ImagePipelineExecution: { ImagePipelineExecutionSet: status ? [task(status, extra)] : [] },
  }),
});

const options = (fetch: typeof globalThis.fetch, over: Partial<web.ClientOptions> = {}): web.ClientOptions => ({
  regionId: 'cn-hangzhou',
  credentials: TEST_CREDENTIALS,
  endpoint: 'http://127.0.0.1:9',
  fetch,
  retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 5 },
  ...over,
});
const FAST = { minDelayMs: 5, maxDelayMs: 10, maxWaitMs: 5_000 };
const polled = (s: ReturnType<typeof scriptedFetch>) => s.requests.map((r) => new URL(r.request.url).searchParams.get('ExecutionId'));

afterEach(() => vi.restoreAllMocks());

test('the spec declares the waiter: ExecutionId in, Status of the first item, the documented terminal states', () => {
  expect(spec).toEqual({ input: ['ExecutionId'], item: 'Status', success: ['SUCCESS', 'PARTITION_SUCCESS'], failure: ['FAILED', 'TEST_FAILED', 'CANCELLED'] });
});

describe.each([
  ['method on the full client (node entry)', 'method', node as unknown as typeof web],
  ['standalone on a bare client (edge entry)', 'standalone', web],
] as const)('%s', (_name, via, entry) => {
  const wait = (s: ReturnType<typeof scriptedFetch>, input: object, opts?: web.WaiterOptions): Promise<web.ImagePipelineExecutionItem> =>
    via === 'method'
      ? entry.createClient(options(s.fetch)).waitUntilImagePipelineExecutionComplete(input as never, opts)
      : entry.waitUntilImagePipelineExecutionComplete(entry.createBareClient(options(s.fetch)), input as never, opts);

  test.each(spec.success)('resolves with the task once it is %s', async (final) => {
    const s = scriptedFetch([poll(), poll('PREPARING'), poll('BUILDING'), poll('BUILDING'), poll('DISTRIBUTING'), poll(final, { ImageId: 'm-built' })]);
    const item = await wait(s, { ExecutionId: EXEC }, FAST);
    expect(item).toMatchObject({ ExecutionId: EXEC, Status: final, ImageId: 'm-built' });
    expect(s.requests).toHaveLength(6);
    expect(polled(s)).toEqual(Array(6).fill(EXEC));
  });

  test.each(spec.failure)('rejects with EcsWaiterError (failure) once it is %s, carrying the state, the task with ErrorCode/ErrorInfo and the polls', async (final) => {
    const s = scriptedFetch([poll('BUILDING'), poll('TESTING'), poll(final, { ErrorCode: 'TestCommandFailed', ErrorInfo: 'exit status 3', ImageId: 'm-1' })]);
    const error = await wait(s, { ExecutionId: EXEC }, FAST).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EcsWaiterError);
    expect(EcsWaiterError.isInstance(error)).toBe(true);
    const w = error as EcsWaiterError;
    expect(w).toMatchObject({ reason: 'failure', status: final, polls: 3, retryable: false });
    expect(w.item).toMatchObject({ ExecutionId: EXEC, Status: final, ErrorCode: 'TestCommandFailed', ErrorInfo: 'exit status 3' });
    expect(w.message).toContain(final);
    expect(JSON.parse(JSON.stringify(w))).toMatchObject({ name: 'EcsWaiterError', reason: 'failure', status: final, polls: 3, item: { ErrorCode: 'TestCommandFailed' } });
  });

  test('rejects with EcsWaiterError (timeout) after maxWaitMs, with the last state, never sleeping past the deadline', async () => {
    const s = scriptedFetch([poll('BUILDING')]);
    const started = performance.now();
    const error = await wait(s, { ExecutionId: EXEC }, { minDelayMs: 20, maxDelayMs: 40, maxWaitMs: 150 }).catch((e: unknown) => e);
    const elapsed = performance.now() - started;
    expect(error).toBeInstanceOf(EcsWaiterError);
    expect(error).toMatchObject({ reason: 'timeout', status: 'BUILDING', item: { Status: 'BUILDING' }, polls: s.requests.length });
    expect((error as Error).message).toMatch(/not done within 150 ms \(last state BUILDING\)/);
    // It gives up as soon as the next pause would end past the deadline, not after it.
    expect(elapsed).toBeLessThan(150 + 40);
    expect(s.requests.length).toBeGreaterThanOrEqual(3);
  });

  test('a task never seen times out with no state', async () => {
    const s = scriptedFetch([poll()]);
    const error = await wait(s, { ExecutionId: EXEC }, { minDelayMs: 10, maxDelayMs: 10, maxWaitMs: 50 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'EcsWaiterError', reason: 'timeout', polls: s.requests.length });
    expect((error as EcsWaiterError).status).toBeUndefined();
    expect((error as EcsWaiterError).item).toBeUndefined();
    expect((error as Error).message).toContain('last state unknown');
  });

  test('reports every poll to onPoll; an onPoll that throws does not end the wait', async () => {
    const s = scriptedFetch([poll(), poll('BUILDING'), poll('SUCCESS')]);
    const events: web.WaiterPollEvent[] = [];
    const item = await wait(s, { ExecutionId: EXEC }, {
      ...FAST,
      onPoll: (e) => {
        events.push(e);
        throw new Error('a broken progress bar');
      },
    });
    expect(item.Status).toBe('SUCCESS');
    expect(events.map((e) => [e.poll, e.status])).toEqual([
      [1, undefined],
      [2, 'BUILDING'],
      [3, 'SUCCESS'],
    ]);
    expect(events[0]!.item).toBeUndefined();
    expect(events[2]!.item).toMatchObject({ Status: 'SUCCESS' });
    for (let i = 1; i < events.length; i++) expect(events[i]!.elapsedMs).toBeGreaterThanOrEqual(events[i - 1]!.elapsedMs + FAST.minDelayMs - 1);
  });

  test('input without ExecutionId is refused before anything is sent, naming ExecutionId', async () => {
    const s = scriptedFetch([poll('SUCCESS')]);
    for (const input of [{ ImagePipelineId: 'ip-1' }, {}, { ExecutionId: undefined, ImagePipelineId: 'ip-1' }, { ExecutionId: null }]) {
      const error = await wait(s, input, FAST).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EcsValidationError);
      expect(error).toMatchObject({ parameter: 'ExecutionId', retryable: false });
      expect((error as Error).message).toBe('Invalid parameter ExecutionId is required to wait (allowed: a non-empty string)');
    }
    // A bad ExecutionId, or a bad other parameter, is refused by the action's own rules, still before sending.
    for (const [input, parameter] of [
      [{ ExecutionId: '' }, 'ExecutionId'],
      [{ ExecutionId: EXEC, Status: 'done' }, 'Status'],
      [{ ExecutionId: EXEC, MaxResult: 1 }, 'MaxResult'],
    ] as const) {
      const error = await wait(s, input, FAST).catch((e: unknown) => e);
      expect(error).toMatchObject({ name: 'EcsValidationError', parameter });
    }
    expect(s.requests).toHaveLength(0);
  });

  test.each([
    ['maxWaitMs negative', { maxWaitMs: -1 }, 'maxWaitMs', 'integer from 0'],
    ['maxWaitMs 1.5', { maxWaitMs: 1.5 }, 'maxWaitMs', 'integer from 0'],
    ['maxWaitMs Infinity', { maxWaitMs: Number.POSITIVE_INFINITY }, 'maxWaitMs', 'integer from 0'],
    ['maxWaitMs as a string', { maxWaitMs: '1000' }, 'maxWaitMs', 'integer from 0'],
    ['minDelayMs NaN', { minDelayMs: Number.NaN }, 'minDelayMs', 'integer from 0'],
    ['maxDelayMs past setTimeout', { maxDelayMs: 2 ** 31 }, 'maxDelayMs', 'to 2147483647'],
    ['a misspelt option', { maxWait: 1000 }, 'maxWait', 'maxWaitMs'],
    ['a retry option (not a waiter option)', { timeoutMs: 1000 }, 'timeoutMs', 'maxWaitMs'],
    ['signal not an object', { signal: 'stop' }, 'signal', 'AbortSignal'],
    ['onPoll not a function', { onPoll: true }, 'onPoll', 'a function'],
    ['options not an object', 'fast', 'options', 'an object'],
  ])('options: %s is refused (EcsValidationError) before anything is sent', async (_what, opts, parameter, allowed) => {
    const s = scriptedFetch([poll('SUCCESS')]);
    const error = await wait(s, { ExecutionId: EXEC }, opts as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EcsValidationError);
    expect((error as EcsValidationError).parameter).toBe(parameter);
    expect((error as EcsValidationError).issues[0]!.allowed).toContain(allowed);
    expect(s.requests).toHaveLength(0);
  });

  test('an error a poll cannot retry past ends the wait with that error, not a waiter error', async () => {
    const s = scriptedFetch([poll('BUILDING'), { status: 404, body: JSON.stringify({ RequestId: 'r', Code: 'InvalidImagePipeline.NotFound', Message: 'gone' }) }]);
    const error = await wait(s, { ExecutionId: EXEC }, FAST).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EcsApiError);
    expect(error).toMatchObject({ code: 'InvalidImagePipeline.NotFound', $metadata: { attempts: 1 } });
  });

  test("a poll's transient failure is retried by the client's policy inside the poll", async () => {
    const s = scriptedFetch([poll('BUILDING'), { status: 503, body: '{"Code":"ServiceUnavailable","Message":"busy"}' }, { fail: 'socket hang up' }, poll('SUCCESS')]);
    const events: web.WaiterPollEvent[] = [];
    const item = await wait(s, { ExecutionId: EXEC }, { ...FAST, onPoll: (e) => events.push(e) });
    expect(item.Status).toBe('SUCCESS');
    expect(events.map((e) => e.status)).toEqual(['BUILDING', 'SUCCESS']);
    expect(s.requests).toHaveLength(4);
  });
});

describe('backoff between polls', () => {
  const gaps = (s: ReturnType<typeof scriptedFetch>) => s.requests.slice(1).map((r, i) => r.at - s.requests[i]!.at);
  const until = (n: number) => scriptedFetch([...Array(n - 1).fill(poll('BUILDING')), poll('SUCCESS')]);

  test('grows from minDelayMs, doubling, capped at maxDelayMs (the top of the jitter range)', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.999999);
    const s = until(7);
    const client = web.createBareClient(options(s.fetch));
    await web.waitUntilImagePipelineExecutionComplete(client, { ExecutionId: EXEC }, { minDelayMs: 20, maxDelayMs: 100, maxWaitMs: 10_000 });
    const observed = gaps(s);
    // Caps 20, 40, 80, 100, 100, 100 (the random at the top of [min, cap] gives the cap itself).
    [20, 40, 80, 100, 100, 100].forEach((cap, i) => {
      expect(observed[i]).toBeGreaterThanOrEqual(cap - 2);
      expect(observed[i]).toBeLessThan(cap + 40);
    });
  });

  test('never below minDelayMs (the bottom of the jitter range)', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const s = until(5);
    await web.waitUntilImagePipelineExecutionComplete(web.createBareClient(options(s.fetch)), { ExecutionId: EXEC }, { minDelayMs: 30, maxDelayMs: 200, maxWaitMs: 10_000 });
    for (const gap of gaps(s)) {
      expect(gap).toBeGreaterThanOrEqual(28);
      expect(gap).toBeLessThan(30 + 40);
    }
  });

  test('with real jitter, every pause lies within [minDelayMs, maxDelayMs] and they differ', async () => {
    const s = until(16);
    await web.waitUntilImagePipelineExecutionComplete(web.createBareClient(options(s.fetch)), { ExecutionId: EXEC }, { minDelayMs: 10, maxDelayMs: 30, maxWaitMs: 10_000 });
    const observed = gaps(s);
    expect(observed).toHaveLength(15);
    for (const gap of observed) {
      expect(gap).toBeGreaterThanOrEqual(8);
      expect(gap).toBeLessThan(30 + 40);
    }
    expect(new Set(observed.map((g) => Math.round(g))).size).toBeGreaterThan(3);
    console.log(`[figure] waiter pauses (min 10, max 30 ms): ${observed.map((g) => g.toFixed(0)).join(', ')}`);
  });

  test('a maxDelayMs below minDelayMs waits minDelayMs every time', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.999999);
    const s = until(4);
    await web.waitUntilImagePipelineExecutionComplete(web.createBareClient(options(s.fetch)), { ExecutionId: EXEC }, { minDelayMs: 25, maxDelayMs: 5, maxWaitMs: 10_000 });
    for (const gap of gaps(s)) {
      expect(gap).toBeGreaterThanOrEqual(23);
      expect(gap).toBeLessThan(25 + 40);
    }
  });

  test('the defaults are 2 s to 30 s within 30 minutes: a first pause of about 2 s', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const s = until(2);
      // The node entry signs synchronously (node:crypto), so fake timers see every step without real waits.
      const done = node.waitUntilImagePipelineExecutionComplete(node.createBareClient(options(s.fetch, { timeoutMs: 60_000 })), { ExecutionId: EXEC });
      await vi.advanceTimersByTimeAsync(1_999);
      expect(s.requests).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(2);
      await expect(done).resolves.toMatchObject({ Status: 'SUCCESS' });
      expect(s.requests).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });
});

test('an already aborted signal rejects without a poll; a deadline signal is EcsTimeoutError', async () => {
  const s = scriptedFetch([poll('BUILDING')]);
  const client = web.createBareClient(options(s.fetch));
  await expect(web.waitUntilImagePipelineExecutionComplete(client, { ExecutionId: EXEC }, { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(EcsAbortError);
  expect(s.requests).toHaveLength(0);
  const error = await web.waitUntilImagePipelineExecutionComplete(client, { ExecutionId: EXEC }, { ...FAST, signal: AbortSignal.timeout(30) }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(EcsTimeoutError);
  expect(error).not.toBeInstanceOf(EcsWaiterError);
});

test('the generic waiter() builds the same waiter from the rules object', async () => {
  const s = scriptedFetch([poll('BUILDING'), poll('PARTITION_SUCCESS')]);
  const waitFor = web.waiter(web.DescribeImagePipelineExecutions, 'ImagePipelineExecutionComplete');
  const item = (await waitFor(web.createBareClient(options(s.fetch)), { ExecutionId: EXEC }, FAST)) as web.ImagePipelineExecutionItem;
  expect(item.Status).toBe('PARTITION_SUCCESS');
});
