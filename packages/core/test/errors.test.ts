import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  EcsAbortError,
  EcsApiError,
  EcsError,
  EcsNetworkError,
  EcsResponseError,
  EcsTimeoutError,
  EcsValidationError,
  isRetryableCode,
} from '../src/errors.js';

describe('error family', () => {
  const api = new EcsApiError({
    code: 'Throttling.User',
    message: 'Request was denied due to user flow control.',
    httpStatus: 400,
    requestId: 'RQ-1',
    recommend: 'https://api.aliyun.com/troubleshoot?q=Throttling.User',
    retryAfterMs: 1500,
  });

  it('carries what a person needs to act', () => {
    expect(api).toBeInstanceOf(EcsError);
    expect(api.name).toBe('EcsApiError');
    expect(api.message).toBe('Throttling.User: Request was denied due to user flow control. (HTTP 400, request id RQ-1)');
    expect(api.serviceMessage).toBe('Request was denied due to user flow control.');
    expect(api).toMatchObject({ code: 'Throttling.User', httpStatus: 400, requestId: 'RQ-1', retryable: true, retryAfterMs: 1500 });
    expect(String(api)).toBe(`EcsApiError: ${api.message}`);
    expect(api.stack).toMatch(/^EcsApiError: Throttling\.User/);
  });

  it.each([
    [400, 'InvalidParameter', false],
    [400, 'Throttling', true],
    [403, 'Forbidden.RAM', false],
    [500, 'InternalError', true],
    [503, 'ServiceUnavailable', true],
    [502, 'Whatever', true],
  ])('HTTP %i %s retryable=%s', (httpStatus, code, retryable) => {
    expect(new EcsApiError({ code, message: 'm', httpStatus }).retryable).toBe(retryable);
  });

  it.each([
    ['Throttling.Api', true],
    ['InternalError', true],
    ['ServiceUnavailable.RegionMaintaining', true],
    ['SignatureDoesNotMatch', false],
    ['InvalidRegionId.NotFound', false],
  ])('isRetryableCode(%s) = %s', (code, expected) => expect(isRetryableCode(code)).toBe(expected));

  it('isInstance tells the kinds apart and works on a copy of the class from another package copy', () => {
    const timeout = new EcsTimeoutError('attempt timed out after 100 ms');
    expect(EcsError.isInstance(timeout)).toBe(true);
    expect(EcsNetworkError.isInstance(timeout)).toBe(true);
    expect(EcsTimeoutError.isInstance(timeout)).toBe(true);
    expect(EcsApiError.isInstance(timeout)).toBe(false);
    expect(EcsTimeoutError.isInstance(new EcsNetworkError('x'))).toBe(false);
    expect(EcsError.isInstance(new Error('x'))).toBe(false);
    expect(EcsError.isInstance(null)).toBe(false);
    // A second copy of the package has its own classes but the same Symbol.for brand.
    const foreign = Object.create({ [Symbol.for('@org/ecs-pipelines-core/error-kinds')]: ['EcsError', 'EcsApiError'] });
    expect(EcsApiError.isInstance(foreign)).toBe(true);
    expect(api instanceof EcsApiError && EcsApiError.isInstance(api)).toBe(true);
    expect(timeout.retryable).toBe(true);
    expect(new EcsAbortError('aborted').retryable).toBe(false);
  });

  it('a validation error lists every issue and names the first parameter', () => {
    const e = new EcsValidationError([
      { parameter: 'MaxResults', problem: 'must be at most 500, got 501', allowed: 'an integer from 1 to 500' },
      { parameter: 'Tag.1.Key', problem: 'must not be empty', allowed: 'a string of 1 to 128 characters' },
    ]);
    expect(e.parameter).toBe('MaxResults');
    expect(e.message).toBe(
      '2 invalid parameters: MaxResults must be at most 500, got 501 (allowed: an integer from 1 to 500); Tag.1.Key must not be empty (allowed: a string of 1 to 128 characters)',
    );
    expect(e.retryable).toBe(false);
  });

  it('a response error keeps status, content type, a short excerpt and the path', () => {
    const e = new EcsResponseError('not JSON', { httpStatus: 502, contentType: 'text/html', excerpt: '<html>'.repeat(100), retryable: true });
    expect(e.excerpt).toHaveLength(200);
    expect(e).toMatchObject({ httpStatus: 502, contentType: 'text/html', retryable: true });
    expect(JSON.parse(JSON.stringify(e))).toMatchObject({ name: 'EcsResponseError', httpStatus: 502, retryable: true });
  });

  it('a dirty cause is replaced by a redacted copy, a clean one is kept', () => {
    const clean = new TypeError('fetch failed');
    expect(new EcsNetworkError('network', { cause: clean }).cause).toBe(clean);
    const dirty = Object.assign(new TypeError('Failed to parse URL from https://h/?Signature=SECRETSIG%3D&x=1'), { code: 'ERR_X' });
    const e = new EcsNetworkError('network', { cause: dirty });
    expect(e.cause).not.toBe(dirty);
    expect((e.cause as Error).message).not.toContain('SECRETSIG');
    expect((e.cause as { code: string }).code).toBe('ERR_X');
    expect(inspect(e, { depth: 5 })).not.toContain('SECRETSIG');
  });
});
