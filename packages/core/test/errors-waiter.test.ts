// Issue 16: the waiter's error (its own module, so bundles that never wait do not carry it) and the helpers the
// client's retry-safety rule reads: `isThrottlingCode` and `outcomeUnknown`.
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { EcsAbortError, EcsApiError, EcsError, EcsNetworkError, EcsTimeoutError, isRetryableCode, isThrottlingCode } from '../src/errors.js';
import { EcsWaiterError } from '../src/errors-waiter.js';
import * as core from '../src/index.js';

const BRAND = Symbol.for('@org/ecs-pipelines-core/error-kinds');
const task = {
  ExecutionId: 'exec-5fb8facb8ed7427c0001',
  ImagePipelineId: 'ip-2ze5tsl5bp6nf2b30001',
  Status: 'FAILED',
  ErrorCode: 'BuildCommandFailed',
  ErrorInfo: 'RUN yum install exited with 1',
  Message: 'build failed',
};

describe('EcsWaiterError', () => {
  const failure = new EcsWaiterError('ImagePipelineExecutionComplete: the wait ended in FAILED', { reason: 'failure', status: 'FAILED', item: task, polls: 7 });
  const timeout = new EcsWaiterError('ImagePipelineExecutionComplete: not done within 1000 ms (last state BUILDING)', { reason: 'timeout', status: 'BUILDING', item: { ...task, Status: 'BUILDING' }, polls: 3 });

  it('carries the reason, the last state and item (with ErrorCode/ErrorInfo) and the number of polls', () => {
    expect(failure).toMatchObject({ name: 'EcsWaiterError', reason: 'failure', status: 'FAILED', polls: 7, retryable: false });
    expect(failure.item).toEqual(task);
    expect((failure.item as typeof task).ErrorCode).toBe('BuildCommandFailed');
    expect(timeout).toMatchObject({ reason: 'timeout', status: 'BUILDING', polls: 3 });
    expect(String(failure)).toBe('EcsWaiterError: ImagePipelineExecutionComplete: the wait ended in FAILED');
    expect(failure.stack).toMatch(/^EcsWaiterError: /);
  });

  it('leaves out what was never seen (a timeout before the item appeared)', () => {
    const e = new EcsWaiterError('not done', { reason: 'timeout', status: undefined, item: undefined, polls: 1 });
    expect(Object.keys(e)).not.toContain('status');
    expect(Object.keys(e)).not.toContain('item');
    expect(e.toJSON()).toEqual({ name: 'EcsWaiterError', message: 'not done', retryable: false, reason: 'timeout', polls: 1 });
  });

  it('is an EcsError of its own kind, and isInstance works for a copy from another installed version', () => {
    expect(failure).toBeInstanceOf(EcsError);
    expect(EcsError.isInstance(failure)).toBe(true);
    expect(EcsWaiterError.isInstance(failure)).toBe(true);
    expect(EcsApiError.isInstance(failure)).toBe(false);
    expect(EcsWaiterError.isInstance(new EcsAbortError('aborted'))).toBe(false);
    expect(EcsWaiterError.isInstance(new Error('x'))).toBe(false);
    expect(EcsWaiterError.isInstance(undefined)).toBe(false);
    // Another copy of core has its own class object but the same Symbol.for brand and kind names.
    class ForeignWaiterError extends Error {}
    Object.defineProperty(ForeignWaiterError.prototype, BRAND, { value: ['EcsError', 'EcsWaiterError'] });
    const foreign = new ForeignWaiterError('from another copy');
    expect(foreign instanceof EcsWaiterError).toBe(false);
    expect(EcsWaiterError.isInstance(foreign)).toBe(true);
    expect(EcsError.isInstance(foreign)).toBe(true);
    expect(EcsTimeoutError.isInstance(foreign)).toBe(false);
    // Its kinds are the contract between copies.
    expect((failure as unknown as Record<symbol, unknown>)[BRAND]).toEqual(['EcsError', 'EcsWaiterError']);
  });

  it('is exported by core, from the same module', () => {
    expect(core.EcsWaiterError).toBe(EcsWaiterError);
  });

  it('serializes its fields with toJSON, JSON.stringify and util.inspect', () => {
    expect(failure.toJSON()).toEqual({ name: 'EcsWaiterError', message: failure.message, retryable: false, reason: 'failure', status: 'FAILED', item: task, polls: 7 });
    expect(JSON.parse(JSON.stringify(failure))).toEqual(failure.toJSON());
    const shown = inspect(failure, { depth: 4 });
    expect(shown).toContain("reason: 'failure'");
    expect(shown).toContain('BuildCommandFailed');
  });

  it('redacts secrets in its message and state when it is built', () => {
    const e = new EcsWaiterError('gave up at https://ecs.aliyuncs.com/?Action=X&Signature=c2VjcmV0c2ln%3D&SecurityToken=CAIS%2Bsts', {
      reason: 'timeout',
      status: 'accessKeySecret="hunter2-secret"',
      polls: 2,
    });
    const all = [e.message, String(e), JSON.stringify(e), inspect(e)].join('\n');
    expect(all).not.toContain('c2VjcmV0c2ln');
    expect(all).not.toContain('CAIS');
    expect(all).not.toContain('hunter2');
    expect(e.message).toContain('Action=X');
    expect(e.status).toContain('[REDACTED]');
  });
});

describe('isThrottlingCode: the only service answers a write without a token is retried on', () => {
  it.each([
    ['Throttling', true],
    ['Throttling.User', true],
    ['Throttling.Api', true],
    ['Throttling.Resource', true],
    ['ServiceUnavailable', false],
    ['InternalError', false],
    ['InvalidImagePipeline.NotFound', false],
    ['IdempotentParameterMismatch', false],
    ['', false],
  ])('%j → %s', (code, expected) => {
    expect(isThrottlingCode(code)).toBe(expected);
    // Every throttling code is also retryable.
    if (expected) expect(isRetryableCode(code)).toBe(true);
  });
});

describe('outcomeUnknown', () => {
  it('is absent on a fresh error; when set, toJSON shows it (the client sets it on a write it did not retry)', () => {
    const e = new EcsNetworkError('The request failed on the network: socket hang up');
    expect(e.outcomeUnknown).toBeUndefined();
    Object.defineProperty(e, 'outcomeUnknown', { value: true, enumerable: true, configurable: true });
    expect(e.toJSON()).toMatchObject({ name: 'EcsNetworkError', retryable: true, outcomeUnknown: true });
  });
});
