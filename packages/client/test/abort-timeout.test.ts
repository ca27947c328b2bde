// Issue 9: an abort or a deadline ends the call within 50 ms of it — before sending, in flight, while reading
// a slow body, during a backoff wait, while a credentials provider is pending.
import { EcsAbortError, EcsTimeoutError } from '@org/ecs-pipelines-core';
import { afterAll, describe, expect, test } from 'vitest';
import { createClient as createWebClient, waitUntilImagePipelineExecutionComplete } from '../src/index.js';
import { createClient } from '../src/node/index.js';
import { useEmulator } from './helpers/emulator.js';
import { scriptedFetch } from './helpers/scripted-fetch.js';

const BOUND_MS = 50;
const fixture = useEmulator({ slowMs: 5_000 }, { timeoutMs: 10_000 });
const { options } = fixture;

/** Runs `call`, fires `trigger` after `afterMs`, and measures how long the call takes to end after it. */
async function endsAfter(afterMs: number, call: () => Promise<unknown>, trigger: () => void = () => {}) {
  let firedAt = 0;
  const timer = setTimeout(() => {
    firedAt = performance.now();
    trigger();
  }, afterMs);
  const error = await call().catch((e: unknown) => e);
  const lag = performance.now() - firedAt;
  clearTimeout(timer);
  return { error, lag };
}

const report: string[] = [];
afterAll(() => console.log(`abort/timeout: ${report.length} cases, worst lag ${Math.max(...report.map((r) => Number(r.split(' ').at(-2))))} ms\n  ${report.join('\n  ')}`));
const record = (name: string, lag: number) => report.push(`${name}: ended ${lag.toFixed(1)} ms`);

describe.each([
  ['node:http', createClient],
  ['fetch', createWebClient],
] as const)('%s', (name, make) => {
  test('an abort while the request is in flight ends the call at once with EcsAbortError', async () => {
    fixture.server.emulator.faults.queue('latency');
    const controller = new AbortController();
    const { error, lag } = await endsAfter(80, () => make(options()).describeImagePipelines({}, { signal: controller.signal }), () => controller.abort());
    expect(error).toBeInstanceOf(EcsAbortError);
    expect((error as { $metadata: { attempts: number } }).$metadata.attempts).toBe(1);
    record(`${name} abort in flight`, lag);
    expect(lag).toBeLessThan(BOUND_MS);
  });

  test('an attempt timeout ends the attempt at its deadline with EcsTimeoutError (retryable)', async () => {
    fixture.server.emulator.faults.queue('latency');
    const started = performance.now();
    const error = await make(options({ timeoutMs: 100, retry: { maxAttempts: 1 } })).describeImagePipelines({}).catch((e: unknown) => e);
    const lag = performance.now() - started - 100;
    expect(error).toBeInstanceOf(EcsTimeoutError);
    expect((error as EcsTimeoutError).retryable).toBe(true);
    record(`${name} attempt timeout`, lag);
    expect(lag).toBeLessThan(BOUND_MS);
  });

  test('a deadline signal (AbortSignal.timeout) during retries ends the call with EcsTimeoutError', async () => {
    fixture.server.emulator.faults.queue('latency', 'latency', 'latency');
    const started = performance.now();
    const error = await make(options({ timeoutMs: 60, retry: { maxAttempts: 10, baseDelayMs: 1, maxDelayMs: 5 } }))
      .describeImagePipelines({}, { signal: AbortSignal.timeout(150) })
      .catch((e: unknown) => e);
    const lag = performance.now() - started - 150;
    expect(error).toBeInstanceOf(EcsTimeoutError);
    expect((error as { $metadata: { attempts: number } }).$metadata.attempts).toBeGreaterThanOrEqual(2);
    record(`${name} deadline across retries`, lag);
    expect(lag).toBeLessThan(BOUND_MS);
  });
});

test('an abort during a backoff wait ends the call at once, without another attempt', async () => {
  const script = scriptedFetch([{ status: 503, body: '{"Code":"ServiceUnavailable","Message":"busy"}' }]);
  const client = createWebClient(options({ fetch: script.fetch, retry: { maxAttempts: 5, baseDelayMs: 10_000, maxDelayMs: 10_000 } }));
  const controller = new AbortController();
  const { error, lag } = await endsAfter(60, () => client.describeImagePipelines({}, { signal: controller.signal }), () => controller.abort());
  expect(error).toBeInstanceOf(EcsAbortError);
  expect(script.requests).toHaveLength(1);
  record('abort during backoff', lag);
  expect(lag).toBeLessThan(BOUND_MS);
});

test('a deadline during an x-acs-retry-after wait ends the call at once', async () => {
  const script = scriptedFetch([{ status: 400, headers: { 'x-acs-retry-after': '15000' }, body: '{"Code":"Throttling.User","Message":"slow down"}' }]);
  const client = createWebClient(options({ fetch: script.fetch, retry: { maxAttempts: 3, maxDelayMs: 20_000 } }));
  const started = performance.now();
  const error = await client.describeImagePipelines({}, { signal: AbortSignal.timeout(80) }).catch((e: unknown) => e);
  const lag = performance.now() - started - 80;
  expect(error).toBeInstanceOf(EcsTimeoutError);
  record('deadline during retry-after', lag);
  expect(lag).toBeLessThan(BOUND_MS);
});

test('an abort while reading a slow body ends the call at once', async () => {
  const client = createWebClient(
    options({
      // The client calls fetch(url, init); the abort signal comes in init.
      fetch: async (input, init) => {
        const signal = init?.signal ?? (input as Request).signal;
        if (!signal) throw new Error('the client passed no abort signal to fetch');
        const body = new ReadableStream({
          start(c) {
            c.enqueue(new TextEncoder().encode('{"RequestId":"r",'));
            signal.addEventListener('abort', () => c.error(signal.reason));
          },
        });
        return new Response(body, { headers: { 'content-type': 'application/json' } });
      },
    }),
  );
  const controller = new AbortController();
  const { error, lag } = await endsAfter(50, () => client.describeImagePipelines({}, { signal: controller.signal }), () => controller.abort());
  expect(error).toBeInstanceOf(EcsAbortError);
  record('abort while reading the body', lag);
  expect(lag).toBeLessThan(BOUND_MS);
});

test('an abort while the credentials provider is pending ends the call at once', async () => {
  const client = createClient(options({ credentials: () => new Promise(() => {}) }));
  const controller = new AbortController();
  const { error, lag } = await endsAfter(40, () => client.describeImagePipelines({}, { signal: controller.signal }), () => controller.abort());
  expect(error).toBeInstanceOf(EcsAbortError);
  expect(fixture.server.emulator.log).toHaveLength(0);
  record('abort while credentials pending', lag);
  expect(lag).toBeLessThan(BOUND_MS);
});

test('an already aborted signal sends nothing', async () => {
  const error = await createClient(options()).describeImagePipelines({}, { signal: AbortSignal.abort() }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(EcsAbortError);
  expect(fixture.server.emulator.log).toHaveLength(0);
});

test('an abort between pages stops pagination without another request', async () => {
  const controller = new AbortController();
  const client = createClient(options());
  const pages = [];
  const error = await (async () => {
    for await (const page of client.listImagePipelines({}, { pageSize: 5, signal: controller.signal })) {
      pages.push(page);
      controller.abort();
    }
  })().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(EcsAbortError);
  expect(fixture.server.emulator.log).toHaveLength(1);
});

// Issue 16: the waiter ends at once on abort too — during its pause between polls, and during a poll.
describe('waitUntilImagePipelineExecutionComplete', () => {
  const building = { body: JSON.stringify({ RequestId: 'r', ImagePipelineExecution: { ImagePipelineExecutionSet: [{ ExecutionId: 'exec-1', Status: 'BUILDING' }] } }) };

  test('an abort during the pause between polls rejects at once with EcsAbortError, without another poll', async () => {
    const script = scriptedFetch([building]);
    const client = createWebClient(options({ fetch: script.fetch }));
    const controller = new AbortController();
    const { error, lag } = await endsAfter(
      60,
      () => waitUntilImagePipelineExecutionComplete(client, { ExecutionId: 'exec-1' }, { minDelayMs: 10_000, maxDelayMs: 10_000, signal: controller.signal }),
      () => controller.abort(),
    );
    expect(error).toBeInstanceOf(EcsAbortError);
    expect(script.requests).toHaveLength(1);
    record('waiter abort between polls', lag);
    expect(lag).toBeLessThan(BOUND_MS);
  });

  test('an abort during a poll rejects at once with EcsAbortError', async () => {
    const script = scriptedFetch([building, 'hang']);
    const client = createClient(options({ fetch: script.fetch }));
    const controller = new AbortController();
    const { error, lag } = await endsAfter(
      80,
      () => client.waitUntilImagePipelineExecutionComplete({ ExecutionId: 'exec-1' }, { minDelayMs: 20, maxDelayMs: 20, signal: controller.signal }),
      () => controller.abort(),
    );
    expect(error).toBeInstanceOf(EcsAbortError);
    expect(script.requests).toHaveLength(2);
    record('waiter abort during a poll', lag);
    expect(lag).toBeLessThan(BOUND_MS);
  });

  test('a deadline signal during a long wait ends it with EcsTimeoutError at the deadline', async () => {
    const script = scriptedFetch([building]);
    const client = createWebClient(options({ fetch: script.fetch }));
    const started = performance.now();
    const error = await waitUntilImagePipelineExecutionComplete(client, { ExecutionId: 'exec-1' }, { minDelayMs: 5_000, signal: AbortSignal.timeout(70) }).catch((e: unknown) => e);
    const lag = performance.now() - started - 70;
    expect(error).toBeInstanceOf(EcsTimeoutError);
    record('waiter deadline signal', lag);
    expect(lag).toBeLessThan(BOUND_MS);
  });
});
