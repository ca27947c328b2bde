// Scripted answers for the write-action tests that are about the client's own behaviour (retry safety,
// ClientToken reuse): a success body for any action, the faults as the loopback fake service sends them, and
// a fetch whose first attempts fail with ECONNREFUSED (nothing was sent).
import { type Action, operations } from '@org/ecs-pipelines-core';
import type { Reply, Seen } from './fake-service.js';

/** Credentials for the fake service (it checks none); the same key the emulator tests use. */
export const TEST_CREDENTIALS = Object.freeze({ accessKeyId: 'LTAI5tClientTestKey', accessKeySecret: 'client-test-secret-0000' });

/** The action a request named: the `x-acs-action` header (V3) or the `Action` parameter (V1). */
export const actionOf = (seen: Seen): Action => ((seen.headers['x-acs-action'] as string | undefined) ?? seen.query.get('Action')) as Action;

/** What each create answers with besides the RequestId. */
const CREATED: Partial<Record<Action, Record<string, string>>> = {
  CreateImagePipeline: { ImagePipelineId: 'ip-created0000000000001' },
  StartImagePipelineExecution: { ExecutionId: 'exec-started000000000001' },
  CreateImageComponent: { ImageComponentId: 'ic-created0000000000001' },
};

/** A success body of `action`: an empty page for a read, the new ID for a create, the RequestId alone otherwise. */
export function okBody(action: Action, requestId = 'req-ok'): string {
  const op = operations[action];
  const page = op.pagination ? { TotalCount: 0, [op.pagination.items[0]]: { [op.pagination.items[1]]: [] } } : {};
  return JSON.stringify({ RequestId: requestId, ...page, ...CREATED[action] });
}

/** The faults a write can meet, as the fake service sends them (`refused` and `timeout` are made by the test). */
export const FAULT_REPLIES = {
  throttling: { status: 400, headers: { 'x-acs-request-id': 'req-throttled' }, body: JSON.stringify({ RequestId: 'req-throttled', Code: 'Throttling.User', Message: 'Request was denied due to user flow control.' }) },
  'internal-error': { status: 500, body: JSON.stringify({ RequestId: 'req-500', Code: 'InternalError', Message: 'The request processing has failed due to some unknown error.' }) },
  'service-unavailable': { status: 503, body: JSON.stringify({ RequestId: 'req-503', Code: 'ServiceUnavailable', Message: 'The request has failed due to a temporary failure of the server.' }) },
  'html-502': { status: 502, headers: { 'content-type': 'text/html' }, body: '<html><body><h1>502 Bad Gateway</h1></body></html>' },
  reset: 'drop',
  'truncated-body': { body: '{"RequestId":"req-cut","ImagePipelineId":"ip-', cut: true },
  'truncated-json': { body: '{"RequestId":"req-cut","Imag' },
} as const satisfies Record<string, Reply>;

export type FaultName = keyof typeof FAULT_REPLIES | 'timeout' | 'refused';

/** Every fault, and whether it proves the request was not executed (so a write without a token may be retried). */
export const FAULTS: ReadonlyArray<[FaultName, { notExecuted: boolean }]> = [
  ['throttling', { notExecuted: true }],
  ['refused', { notExecuted: true }],
  ['internal-error', { notExecuted: false }],
  ['service-unavailable', { notExecuted: false }],
  ['html-502', { notExecuted: false }],
  ['reset', { notExecuted: false }],
  ['truncated-body', { notExecuted: false }],
  ['truncated-json', { notExecuted: false }],
  ['timeout', { notExecuted: false }],
];

/** A connection refused, as undici's fetch reports it: `TypeError('fetch failed')` with the code in its cause. */
export const refusedError = (): TypeError =>
  new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED', syscall: 'connect' }) });

/**
 * A fetch that refuses the first `refusals` connections (before anything is sent), then passes the call to
 * the real fetch. `calls` counts the refused ones too.
 */
export function refusingFetch(refusals: number): { fetch: typeof fetch; calls: () => number } {
  let calls = 0;
  const f = (input: RequestInfo | URL, init?: RequestInit) => (++calls <= refusals ? Promise.reject(refusedError()) : fetch(input, init));
  return { fetch: f as typeof fetch, calls: () => calls };
}

/** The class of an action for retry purposes, from its rules. */
export type RetryClass = 'read' | 'idempotent write' | 'write without token';
export const classOf = (action: Action): RetryClass => {
  const op = operations[action];
  return op.readOnly ? 'read' : op.idempotencyToken ? 'idempotent write' : 'write without token';
};

/** A minimal valid input of each action (RegionId from the client). */
export const INPUTS: Record<Action, Record<string, unknown>> = {
  DescribeImagePipelines: {},
  DescribeImagePipelineExecutions: { ExecutionId: 'exec-1' },
  DescribeImageComponents: {},
  CreateImagePipeline: { BaseImageType: 'IMAGE', BaseImage: 'm-1' },
  DeleteImagePipeline: { ImagePipelineId: 'ip-1' },
  StartImagePipelineExecution: { ImagePipelineId: 'ip-1' },
  CancelImagePipelineExecution: { ExecutionId: 'exec-1' },
  CreateImageComponent: { Content: 'RUN echo hello' },
  DeleteImageComponent: { ImageComponentId: 'ic-1' },
};

/** The camel-case method / standalone command name of an action. */
export const commandName = (action: string): string => action[0]!.toLowerCase() + action.slice(1);
