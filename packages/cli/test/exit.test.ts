import { EcsValidationError } from '@org/ecs-pipelines-core';
import { describe, expect, it } from 'vitest';
import { flagFor, validationToUsage } from '../src/commands/flag-names.js';
import { describeFailure, EXIT } from '../src/exit.js';
import { usageError } from '../src/usage-error.js';

// Errors shaped like core's (exit.ts recognises them by name, so it never loads core).
const named = (name: string, fields: Record<string, unknown>) => Object.assign(new Error(String(fields['message'] ?? name)), { name, ...fields });

describe('exit codes and messages', () => {
  it('usage errors exit 2 naming the flag, what is allowed, and that nothing was sent', () => {
    const f = describeFailure(usageError('--output', '"xml" is not a valid value', 'table, json, ndjson', 'describe'));
    expect(f.code).toBe(EXIT.usage);
    expect(f.lines.join('\n')).toMatch(/--output: "xml" is not a valid value \(allowed: table, json, ndjson\)[\s\S]*Nothing was sent/);
  });

  it('validation errors exit 2 naming the flag and the wire parameter', () => {
    const error = new EcsValidationError([{ parameter: 'Tag.21.Key', problem: 'too many tags', allowed: 'at most 20' }]);
    const usage = validationToUsage(error, 'describe', { params: new Map([['Tag', '--tag']]) });
    const f = describeFailure(usage);
    expect(f.code).toBe(2);
    expect(f.lines[0]).toBe('ecs-pipelines describe: --tag (Tag.21.Key): too many tags (allowed: at most 20)');
    expect(f.lines.at(-1)).toMatch(/Nothing was sent/);
  });

  it('recognises EcsValidationError with isInstance, not by its name', () => {
    expect(validationToUsage(named('EcsValidationError', { issues: [] }), 'describe')).toBeUndefined();
    expect(validationToUsage(new EcsValidationError([{ parameter: 'endpoint', problem: 'has a path', allowed: 'an origin' }]), 'describe')!.issues)
      .toEqual([{ parameter: '--endpoint', problem: 'has a path', allowed: 'an origin' }]);
  });

  it('a validation error that reaches main unmapped still exits 2', () => {
    const f = describeFailure(new EcsValidationError([{ parameter: 'appId', problem: 'is too long', allowed: 'printable ASCII' }]), 'describe');
    expect(f.code).toBe(2);
    expect(f.lines[0]).toBe('ecs-pipelines describe: appId: is too long (allowed: printable ASCII)');
  });

  it('service errors exit 1 with Code, Message, RequestId, HTTP status and Recommend', () => {
    const f = describeFailure(named('EcsApiError', {
      code: 'Throttling.User', serviceMessage: 'Request was denied due to user flow control.', requestId: 'RID-1', httpStatus: 400,
      recommend: 'https://api.aliyun.com/troubleshoot?q=Throttling.User',
    }));
    expect(f.code).toBe(EXIT.failed);
    const text = f.lines.join('\n');
    for (const part of ['Code:        Throttling.User', 'Message:     Request was denied', 'RequestId:   RID-1', 'HTTP status: 400', 'Recommend:   https://api.aliyun.com/', 'Hint:']) {
      expect(text).toContain(part);
    }
  });

  it('indents a multi-line service message and neutralises control characters in it', () => {
    const f = describeFailure(named('EcsApiError', { code: 'SignatureDoesNotMatch', serviceMessage: 'server string to sign is:ACS3\nabc\x1b[2J', httpStatus: 400 }));
    expect(f.lines.join('\n')).toContain('  Message:     server string to sign is:ACS3\n               abc\ufffd[2J');
  });

  it('shows the causes of a network error', () => {
    const cause = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
    const f = describeFailure(named('EcsNetworkError', { message: 'fetch failed', cause: Object.assign(new Error('fetch failed'), { cause }) }));
    expect(f.lines.join('\n')).toMatch(/Cause: +fetch failed ← connect ECONNREFUSED 127\.0\.0\.1:1/);
  });

  it.each([
    ['EcsResponseError', { message: 'not JSON', httpStatus: 502, contentType: 'text/html', excerpt: '<html>' }, 1, /could not be read[\s\S]*502[\s\S]*text\/html/],
    ['EcsTimeoutError', { message: 'timed out after 5 ms' }, 1, /timed out/],
    ['EcsNetworkError', { message: 'ECONNREFUSED' }, 1, /network failed[\s\S]*ECONNREFUSED/],
    ['EcsAbortError', { message: 'aborted' }, 130, /interrupted/],
    ['TypeError', { message: 'boom' }, 1, /TypeError: boom/],
  ])('%s exits %i', (name, fields, code, text) => {
    const f = describeFailure(named(name, fields));
    expect(f.code).toBe(code);
    expect(f.lines.join('\n')).toMatch(text);
  });

  it('maps wire names to the flags that set them, and client options to the common flags', () => {
    const params = new Map([['MaxResults', '--page-size'], ['ImagePipelineId', '--id'], ['RegionId', 'ALIBABA_CLOUD_REGION_ID']]);
    expect(flagFor('MaxResults', { params })).toBe('--page-size');
    expect(flagFor('ImagePipelineId.3', { params })).toBe('--id');
    expect(flagFor('retry.maxAttempts')).toBe('--max-attempts');
    expect(flagFor('regionId', { params })).toBe('ALIBABA_CLOUD_REGION_ID');
    expect(flagFor('credentials', { credentialsSource: '--profile p' })).toBe('--profile p');
    expect(flagFor('Unknown')).toBe('Unknown');
  });
});
