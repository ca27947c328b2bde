// Every fault the emulator injects, one at a time: retried with a fresh signature, counted in $metadata;
// what cannot help is not retried; the budget is respected.
import { EcsApiError, EcsNetworkError, EcsResponseError, EcsTimeoutError } from '@org/ecs-pipelines-core';
import { describe, expect, test } from 'vitest';
import { createClient as createWebClient } from '../src/index.js';
import { createClient, type ErrorHookEvent } from '../src/node/index.js';
import { FAST_RETRY, useEmulator } from './helpers/emulator.js';

const fixture = useEmulator({ retryAfterMs: 15, slowMs: 1_000 }, { retry: FAST_RETRY, timeoutMs: 150 });
const { options } = fixture;

const FAULTS = [
  ['throttling', EcsApiError],
  ['internal-error', EcsApiError],
  ['service-unavailable', EcsApiError],
  ['drop', EcsNetworkError],
  ['latency', EcsTimeoutError],
  ['html-502', EcsResponseError],
  ['truncated-json', EcsResponseError],
] as const;

describe.each([
  ['node:http', createClient],
  ['fetch', createWebClient],
] as const)('%s', (_name, make) => {
  test.each(FAULTS)('one %s fault is retried and the second attempt succeeds', async (kind, errorClass) => {
    fixture.server.emulator.faults.queue(kind);
    const errors: ErrorHookEvent[] = [];
    const page = await make(options({ onError: (e) => errors.push(e) })).describeImagePipelines({ MaxResults: 3 });
    expect(page.ImagePipeline?.ImagePipelineSet).toHaveLength(3);
    expect(page.$metadata.attempts).toBe(2);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ attempt: 1, willRetry: true });
    expect(errors[0]!.error).toBeInstanceOf(errorClass);
    expect(errors[0]!.error.retryable).toBe(true);
    // The emulator refuses a replayed nonce (SignatureNonceUsed): the retry passing proves a fresh signature.
    expect(fixture.server.emulator.log.map((e) => e.status)).toEqual([expect.any(Number), 200]);
  });

  test.each(FAULTS)('%s on every attempt exhausts the budget: the last error, with attempts = maxAttempts', async (kind, errorClass) => {
    fixture.server.emulator.faults.queue(kind, kind, kind, kind);
    const error = await make(options()).describeImagePipelines({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(errorClass);
    expect((error as { $metadata: { attempts: number } }).$metadata.attempts).toBe(FAST_RETRY.maxAttempts);
    expect(fixture.server.emulator.faults.pending).toHaveLength(1);
    if (kind === 'html-502') {
      // A gateway's HTML page: the status and an excerpt, never a raw SyntaxError.
      expect(error).toMatchObject({ httpStatus: 502, contentType: 'text/html', excerpt: expect.stringContaining('502 Bad Gateway') });
    }
  });
});

test('x-acs-retry-after is honoured (in ms), within the cap', async () => {
  fixture.server.emulator.faults.queue({ kind: 'throttling', ms: 40 }, { kind: 'throttling', ms: 60_000 });
  const page = await createClient(options({ retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 50 } })).describeImagePipelines({});
  expect(page.$metadata).toMatchObject({ attempts: 3, totalRetryDelayMs: 40 + 50 });
});

test("$metadata describes the last attempt: a dropped connection after a 503 has no status", async () => {
  fixture.server.emulator.faults.queue('service-unavailable', 'drop');
  const error = await createClient(options({ retry: { maxAttempts: 2, baseDelayMs: 1 } })).describeImagePipelines({}).catch((e: unknown) => e);
  expect(error).toMatchObject({ name: 'EcsNetworkError' });
  expect((error as { $metadata: object }).$metadata).toEqual({ attempts: 2, totalRetryDelayMs: expect.any(Number) });
});

test('maxAttempts 1 turns retries off', async () => {
  fixture.server.emulator.faults.queue('service-unavailable');
  const error = await createClient(options({ retry: { maxAttempts: 1 } })).describeImagePipelines({}).catch((e: unknown) => e);
  expect(error).toMatchObject({ name: 'EcsApiError', httpStatus: 503, $metadata: { attempts: 1 } });
  expect(fixture.server.emulator.log).toHaveLength(1);
});

test('a per-call retry policy replaces the client one', async () => {
  fixture.server.emulator.faults.queue('internal-error', 'internal-error', 'internal-error', 'internal-error');
  const client = createClient(options({ retry: { maxAttempts: 1 } }));
  const page = await client.describeImagePipelines({}, { retry: { maxAttempts: 5, baseDelayMs: 1 } });
  expect(page.$metadata.attempts).toBe(5);
});

test('a per-call timeout replaces the client one', async () => {
  fixture.server.emulator.faults.queue({ kind: 'latency', ms: 300 });
  const client = createClient(options({ timeoutMs: 100, retry: { maxAttempts: 1 } }));
  const page = await client.describeImagePipelines({}, { timeoutMs: 2_000 });
  expect(page.$metadata.attempts).toBe(1);
});

test('a 200 with a body of the wrong type is not retried: it would be the same again', async () => {
  let calls = 0;
  const client = createWebClient({
    ...options(),
    fetch: async () => {
      calls++;
      return new Response('{"RequestId":"r","TotalCount":"many"}', { headers: { 'content-type': 'application/json' } });
    },
  });
  const error = await client.describeImagePipelines({}).catch((e: unknown) => e);
  expect(error).toMatchObject({ name: 'EcsResponseError', retryable: false });
  expect(calls).toBe(1);
});
