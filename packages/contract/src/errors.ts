// Service error bodies: the codes, statuses and message texts the real service answers with. Every status
// comes from the spec (each action's `errors`), never from this file.
import { commonErrors, operations, type OperationSpec } from '@org/ecs-pipelines-core';

/** An error the emulator answers with; `status` is the one the spec lists for `code`. */
export interface ServiceError {
  code: string;
  message: string;
  status: number;
  /** Extra response headers (for example `x-acs-retry-after`). */
  headers?: Record<string, string>;
}

// Every code with its status: the common ones (`commonErrors`) and each action's own. A code of one action
// only (`Invalid.NextToken`) has one status too, so one table serves the gateway's errors and the actions'.
const STATUS: ReadonlyMap<string, number> = new Map([
  ...Object.entries(commonErrors),
  ...Object.values(operations).flatMap((op: OperationSpec) => Object.entries(op.errors)),
]);

/** Builds a {@link ServiceError}; the HTTP status is the one the spec lists for `code`. */
export function serviceError(code: string, message: string, headers?: Record<string, string>): ServiceError {
  const status = STATUS.get(code);
  // A code missing from the spec is a bug in the emulator, not in the request: fail loudly in tests.
  if (status === undefined) throw new Error(`emulator bug: error code ${code} is not in the spec`);
  return headers ? { code, message, status, headers } : { code, message, status };
}

// Message texts follow the service's (docs and the POP gateway's error page, see reference/api-facts.md §3).
/** The parameter is required and absent; `code` is an action's own variant (`MissingParameter.ImagePipelineId`). */
export const missingParameter = (name: string, code = 'MissingParameter'): ServiceError =>
  serviceError(code, `The input parameter "${name}" that is mandatory for processing this request is not supplied.`);

/** The parameter is present but not acceptable; `why` says what is allowed; `code` as for {@link missingParameter}. */
export const invalidParameter = (name: string, why?: string, code = 'InvalidParameter'): ServiceError =>
  serviceError(code, `The specified parameter "${name}" is not valid.${why ? ` ${why}` : ''}`);

/**
 * The first of `candidates` that `op` documents (its own codes or the common ones), else `fallback`: the
 * service answers with an action's own code where the action has one (`InvalidParameter.Status`,
 * `Invalid.NextToken`), with a specific common one where there is one (`InvalidNextToken`), and a generic one
 * otherwise.
 */
export function documentedCode(op: OperationSpec, candidates: readonly string[], fallback: string): string {
  return candidates.find((c) => Object.hasOwn(op.errors, c) || Object.hasOwn(commonErrors, c)) ?? fallback;
}

/** The action is in the spec, but this emulator has no behaviour for it yet (its handler is the scaffold). */
export const notImplemented = (action: string): ServiceError =>
  serviceError('InvalidAction.NotFound', `Specified api is not found, please check your url and method. The emulator does not implement ${action} yet.`);

/** An `ImagePipelineId` that names no template of the region (DescribeImagePipelineExecutions). */
export const imagePipelineNotFound = (id: string): ServiceError =>
  serviceError('InvalidImagePipeline.NotFound', `The specified image pipeline ${id.slice(0, 64)} does not exist.`);

/** The region is not one the emulator serves. */
export const regionNotFound = (): ServiceError => serviceError('InvalidRegionId.NotFound', 'The specified RegionId does not exist.');

/** The `NextToken` was not issued for this query; `code` is the action's own spelling (`Invalid.NextToken`). */
export const invalidNextToken = (name: string, why: string, code = 'InvalidNextToken'): ServiceError =>
  serviceError(code, `The specified parameter "${name}" is not valid: ${why}.`);

/** The signature is missing or not in the service's format. */
export const incompleteSignature = (why?: string): ServiceError =>
  serviceError('IncompleteSignature', `The request signature does not conform to Aliyun standards.${why ? ` ${why}` : ''}`);

/** The action (or version) is not served here. */
export const actionNotFound = (what: string): ServiceError =>
  serviceError('InvalidAction.NotFound', `Specified api is not found, please check your url and method. ${what}`);

/** The path is not the RPC root. */
export const apiNotFound = (): ServiceError => serviceError('InvalidApi.NotFound', 'Specified api is not found, please check your url and method.');

/** A method other than GET and POST (and OPTIONS with CORS). */
export const unsupportedMethod = (method: string): ServiceError =>
  serviceError('UnsupportedHTTPMethod', `This action does not support the HTTP method ${method.slice(0, 16)}; use GET or POST.`);

/** Throttling, as the gateway sends it: 400 with `x-acs-retry-after` in milliseconds. */
export const throttled = (retryAfterMs: number): ServiceError =>
  serviceError('Throttling.User', 'Request was denied due to user flow control.', { 'x-acs-retry-after': String(retryAfterMs) });

/** A 500. */
export const internalError = (): ServiceError => serviceError('InternalError', 'The request processing has failed due to some unknown error.');

/** A 503. */
export const serviceUnavailable = (): ServiceError =>
  serviceError('ServiceUnavailable', 'The request has failed due to a temporary failure of the server.');

/** The error body's fields, in the service's order. */
export interface ErrorBody {
  RequestId: string;
  HostId: string;
  Code: string;
  Message: string;
  Recommend: string;
}

/** The body of an error response. */
export function errorBody(error: ServiceError, requestId: string, hostId: string): ErrorBody {
  return {
    RequestId: requestId,
    HostId: hostId,
    Code: error.code,
    Message: error.message,
    Recommend: `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(error.code)}&product=Ecs&requestId=${requestId}`,
  };
}
