// The rules of createClient's options, call options and pagination options, as data walked by core's
// `checkSchema`: every problem at once, each naming the option and what it accepts, in the words core uses
// for request parameters. Option messages never quote a value (it could be a misplaced secret).
import { checkSchema, EcsValidationError, sharedParameters, type OperationSpec, type SchemaNode, type ValidationIssue } from '@org/ecs-pipelines-core';
import { endpointProblem } from './endpoint.js';

// setTimeout's largest delay; a longer one fires at once.
const ms = (minimum: number): SchemaNode => ({ type: 'integer', minimum, maximum: 2 ** 31 - 1 });
const fn: SchemaNode = { type: 'function' };
const closed = (properties: Record<string, SchemaNode>, required?: string[]): SchemaNode => ({ type: 'object', additionalProperties: false, properties, required });

const CALL = {
  signal: { type: 'object', title: 'an AbortSignal', required: ['aborted', 'addEventListener'], properties: { aborted: { type: 'boolean' }, addEventListener: fn } },
  timeoutMs: ms(1),
  retry: closed({ maxAttempts: { type: 'integer', minimum: 1, maximum: 100 }, baseDelayMs: ms(0), maxDelayMs: ms(0) }),
};
// A paged action's page-size rule (from the spec) for `pageSize`.
const page = (op: OperationSpec) => ({ ...CALL, pageSize: op.request.properties![op.pagination!.pageSize]!, startingToken: { type: 'string', minLength: 1 } });

const ENDPOINT = 'an http(s) origin such as http://127.0.0.1:8787';
const CLIENT = closed(
  {
    regionId: sharedParameters.RegionId,
    credentials: { title: '{ accessKeyId, accessKeySecret, securityToken? }, or a provider of them' },
    endpoint: { type: 'string', title: ENDPOINT },
    network: { enum: ['public', 'vpc'] },
    signatureVersion: { enum: ['v3', 'v1'] },
    method: { enum: ['GET', 'POST'] },
    retry: CALL.retry,
    timeoutMs: CALL.timeoutMs,
    fetch: fn,
    appId: { type: 'string', pattern: '^[\\x21-\\x7e][\\x20-\\x7e]{0,127}$', title: 'printable ASCII, 1 to 128 characters' },
    onRequest: fn,
    onResponse: fn,
    onError: fn,
    logger: { type: 'object', required: ['debug'], properties: { debug: fn } },
  },
  ['credentials'],
);

/** Throws `EcsValidationError` listing `issues`, if there are any. */
export function refuse(issues: ValidationIssue[]): void {
  if (issues.length) throw new EcsValidationError(issues);
}

/** Throws `EcsValidationError` unless `options` are valid createClient options. */
export function assertClientOptions(options: unknown): void {
  const issues = checkSchema(CLIENT, options, '', 'options');
  const endpoint = (options as { endpoint?: unknown } | undefined)?.endpoint;
  const problem = typeof endpoint === 'string' && endpointProblem(endpoint);
  refuse(problem ? [...issues, { parameter: 'endpoint', problem, allowed: ENDPOINT }] : issues);
}

/**
 * Throws `EcsValidationError` unless `options` are valid options of one call, or of pagination (`page`) or item
 * iteration (`list`) of the paged action `op`.
 */
export function assertCallOptions(options: unknown, kind?: 'page' | 'list', op?: OperationSpec): void {
  const rules = kind === 'list' ? { ...page(op!), maxItems: { type: 'integer', minimum: 1, maximum: Number.MAX_SAFE_INTEGER } } : kind ? page(op!) : CALL;
  if (options !== undefined) refuse(checkSchema(closed(rules as Record<string, SchemaNode>), options, '', 'options'));
}
