// Issue 16: which failed attempts are retried, per action class. Reads (x-acs-read-only) and writes with an
// idempotency token are retried after any retryable failure, as before. A write without a token (Delete*,
// Cancel) is retried only when the failure proves it was not executed — throttling, or a connection refused
// before anything was sent; after a 5xx, a timeout, a reset or a truncated body it may have been executed, so
// the client stops at once and says so: `outcomeUnknown: true`, `$metadata.attempts` 1, and a message saying
// the outcome is unknown. The README's retry-safety table is generated from `operations` and checked here.
import { readFileSync } from 'node:fs';
import { type Action, EcsApiError, EcsError, EcsNetworkError, operations } from '@org/ecs-pipelines-core';
import { describe, expect, test } from 'vitest';
import * as web from '../src/index.js';
import * as node from '../src/node/index.js';
import { startFakeService } from './helpers/fake-service.js';
import { useScriptedService } from './helpers/scripted-service.js';
import { classOf, commandName, FAULT_REPLIES, FAULTS, type FaultName, INPUTS, okBody, type RetryClass, refusingFetch } from './helpers/write-answers.js';

const ACTIONS = Object.keys(operations) as Action[];
const TIMEOUT_MS = 150;

const fake = useScriptedService({ maxAttempts: 3, timeoutMs: TIMEOUT_MS });
const { options } = fake;

type Entry = typeof web;
/** What any action's answer has. */
type Answer = Record<string, unknown> & { $metadata: web.ResponseMetadata };

/** Calls `action` once with `fault` on its first attempt (and success after), returning the answer or the error. */
async function withFault(entry: Entry, action: Action, fault: FaultName, hooks: Partial<web.ClientOptions> = {}) {
  let over: Partial<web.ClientOptions> = hooks;
  if (fault === 'refused') over = { ...over, fetch: refusingFetch(1).fetch };
  else if (fault === 'timeout') fake.script = [{ body: okBody(action), delayMs: TIMEOUT_MS * 3 }];
  else fake.script = [FAULT_REPLIES[fault]];
  const client = entry.createClient(options(over)) as unknown as Record<string, (i: object) => Promise<Answer>>;
  return client[commandName(action)]!(INPUTS[action]).catch((e: unknown) => e as EcsError & { $metadata: web.ResponseMetadata });
}

/** Whether an action of `cls` is retried after `fault`. */
const retried = (cls: RetryClass, notExecuted: boolean) => cls !== 'write without token' || notExecuted;

describe.each([
  ['node:http', node as unknown as Entry],
  ['fetch', web],
] as const)('%s', (_name, entry) => {
  describe.each(ACTIONS)('%s', (action) => {
    const cls = classOf(action);
    test.each(FAULTS)(`after %s: ${cls}`, async (fault, { notExecuted }) => {
      const events: web.ErrorHookEvent[] = [];
      const result = await withFault(entry, action, fault, { onError: (e) => events.push(e) });
      if (retried(cls, notExecuted)) {
        expect(result).not.toBeInstanceOf(Error);
        expect((result as Answer).$metadata.attempts, JSON.stringify(events.map((e) => [e.attempt, e.error.name, e.error.message]))).toBe(2);
        expect(events).toEqual([expect.objectContaining({ attempt: 1, willRetry: true })]);
        expect(events[0]!.error.outcomeUnknown).toBeUndefined();
        return;
      }
      // Not retried: the error says the outcome is unknown.
      const error = result as EcsError & { $metadata: web.ResponseMetadata };
      expect(EcsError.isInstance(error)).toBe(true);
      expect(error.retryable).toBe(true);
      expect(error.outcomeUnknown, String(error)).toBe(true);
      expect(error.$metadata.attempts).toBe(1);
      expect(error.$metadata.totalRetryDelayMs).toBe(0);
      expect(error.message).toContain(`The outcome of ${action} is unknown`);
      expect(error.message).toContain('check the resource before trying again');
      expect(error.toJSON()).toMatchObject({ outcomeUnknown: true });
      expect(events).toEqual([expect.objectContaining({ attempt: 1, willRetry: false })]);
      // The fault reached the service once (a timed-out attempt too): nothing was sent again.
      await new Promise((r) => setTimeout(r, fault === 'timeout' ? TIMEOUT_MS * 3 : 10));
      expect(fake.service.requests).toHaveLength(1);
    });
  });
});

describe('writes without a token', () => {
  const UNSAFE = ACTIONS.filter((a) => classOf(a) === 'write without token');

  test('are exactly the two deletes and the cancel', () => {
    expect(UNSAFE).toEqual(['DeleteImagePipeline', 'CancelImagePipelineExecution', 'DeleteImageComponent']);
  });

  test.each(UNSAFE)('%s: throttling is retried within the budget, and the last error is not marked', async (action) => {
    fake.script = Array(3).fill(FAULT_REPLIES.throttling);
    const error = await (node.createClient(options()) as unknown as Record<string, (i: object) => Promise<unknown>>)[commandName(action)]!(INPUTS[action]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EcsApiError);
    expect(error).toMatchObject({ code: 'Throttling.User', $metadata: { attempts: 3 } });
    expect((error as EcsError).outcomeUnknown).toBeUndefined();
    expect(fake.service.requests).toHaveLength(3);
  });

  test.each(['node:http', 'fetch'] as const)('%s: a real refused connection (a closed port) is retried until the budget runs out, not marked', async (transport) => {
    const closed = await startFakeService();
    const url = closed.url;
    await closed.close();
    const make = transport === 'fetch' ? web.createClient : node.createClient;
    const error = await make(options({ endpoint: url })).deleteImagePipeline({ ImagePipelineId: 'ip-1' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EcsNetworkError);
    expect((error as EcsError).outcomeUnknown).toBeUndefined();
    expect((error as { $metadata: web.ResponseMetadata }).$metadata.attempts).toBe(3);
  });

  test('a 5xx after a refused connection stops there: attempts 2, outcome unknown', async () => {
    fake.script = [FAULT_REPLIES['service-unavailable']];
    const error = await web.createClient(options({ fetch: refusingFetch(1).fetch })).cancelImagePipelineExecution({ ExecutionId: 'exec-1' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'EcsApiError', httpStatus: 503, outcomeUnknown: true, $metadata: { attempts: 2, httpStatusCode: 503, requestId: 'req-503' } });
  });

  test.each([
    ['404 InvalidImagePipeline.NotFound', 404, 'InvalidImagePipeline.NotFound'],
    ['403 InvalidImagePipeline.HasRunningExecution', 403, 'InvalidImagePipeline.HasRunningExecution'],
  ])('a refusal (%s) is an answer, not an unknown outcome', async (_what, status, code) => {
    fake.script = [{ status, body: JSON.stringify({ RequestId: 'req-x', Code: code, Message: 'no' }) }];
    const error = await node.createClient(options()).deleteImagePipeline({ ImagePipelineId: 'ip-1' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code, httpStatus: status, retryable: false, $metadata: { attempts: 1 } });
    expect((error as EcsError).outcomeUnknown).toBeUndefined();
    expect((error as EcsError).message).not.toContain('unknown');
  });

  test('maxAttempts 1 changes nothing about the mark: a 503 on a delete is still an unknown outcome', async () => {
    fake.script = [FAULT_REPLIES['service-unavailable']];
    const error = await node.createClient(options({ retry: { maxAttempts: 1 } })).deleteImageComponent({ ImageComponentId: 'ic-1' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ outcomeUnknown: true, $metadata: { attempts: 1 } });
  });

  test('the mark survives JSON and the message is redacted like any other', async () => {
    fake.script = [FAULT_REPLIES.reset];
    const error = (await node.createClient(options()).deleteImagePipeline({ ImagePipelineId: 'ip-1' }).catch((e: unknown) => e)) as EcsError;
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ name: 'EcsNetworkError', outcomeUnknown: true, retryable: true });
    expect(error.message).toMatch(/^The request failed on the network: .* The outcome of DeleteImagePipeline is unknown: it has no idempotency token and may have been executed, so it was not retried; check the resource before trying again\.$/);
  });
});

// The README table, generated from `operations`: what a reader needs to decide whether to retry by hand.
const README = new URL('../README.md', import.meta.url);
const START = '<!-- retry-safety:start (generated from operations by test/retry-safety.test.ts) -->';
const END = '<!-- retry-safety:end -->';
const yes = 'retried';
const no = '**not retried**: `outcomeUnknown: true`';

/** The retry-safety table of every action, from its rules. */
export function retrySafetyTable(): string {
  const rows = ACTIONS.map((action) => {
    const op = operations[action];
    const cls = classOf(action);
    const token = op.idempotencyToken ? `\`${op.idempotencyToken}\` (filled in once per call)` : '—';
    const safe = cls === 'write without token' ? no : yes;
    return `| \`${action}\` | ${cls} | ${token} | ${yes} | ${safe} |`;
  });
  return [
    '| action | class | idempotency token | throttling, connection refused | 5xx, timeout, reset, truncated or unreadable body |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

test('the README documents retry safety per action with the generated table', () => {
  const text = readFileSync(README, 'utf8');
  const from = text.indexOf(START);
  const to = text.indexOf(END);
  expect(from, `README.md lacks the marker ${START}`).toBeGreaterThan(0);
  expect(to).toBeGreaterThan(from);
  const table = text.slice(from + START.length, to).trim();
  // On a mismatch, paste the expected table between the markers.
  expect(table).toBe(retrySafetyTable());
});
