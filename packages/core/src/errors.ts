// One error family. Every string an error holds is redacted when the error is built, and `toJSON` lists only
// those fields, so `String(e)`, `JSON.stringify(e)` and `util.inspect(e)` are safe to log.
import { redact } from './redact.js';
import { define } from './text.js';
import type { ValidationIssue } from './types.js';

// `Symbol.for` is shared by every copy of this package in one realm, so `isInstance` works when an app ends
// up with two installed versions (where `instanceof` fails). Each class's prototype lists its kinds,
// `['EcsError', 'EcsNetworkError', 'EcsTimeoutError']`: that list is the contract between copies.
const BRAND = Symbol.for('@org/ecs-pipelines-core/error-kinds');

type Branded = { [BRAND]?: unknown };

export function brand(cls: { prototype: object }, name: string): void {
  const proto = cls.prototype as Branded;
  Object.defineProperty(proto, BRAND, { value: [...((Object.getPrototypeOf(proto) as Branded)[BRAND] as string[] | undefined ?? []), name] });
  Object.defineProperty(proto, 'name', { value: name, writable: true, configurable: true });
}

/** Sets the defined fields on an error, strings redacted. */
export function setFields(target: object, fields: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) define(target, k, typeof v === 'string' ? redact(v) : v);
}

/** The base of every error this SDK throws. `retryable` says whether sending the same request again can help. */
export class EcsError extends Error {
  /** Set by the subclass from the HTTP status, the service code or the kind of failure. */
  declare readonly retryable: boolean;
  /**
   * `true` when the failed request was a write without an idempotency token that the service may have
   * executed (the connection broke after sending, or the service failed while answering): the client did not
   * retry it, and the caller must check the resource's state before trying again.
   */
  declare readonly outcomeUnknown?: boolean;

  /** Builds an error whose message is redacted; `cause` is kept only after the same treatment. */
  constructor(message: string, options: { retryable?: boolean | undefined; cause?: unknown } = {}) {
    super(redact(message));
    this.retryable = options.retryable ?? false;
    if (options.cause !== undefined) hide(this, 'cause', safeCause(options.cause));
  }

  /**
   * `true` when `e` is an error of this class (or a subclass) from any installed copy of this package.
   * Prefer it to `instanceof`, which fails across copies.
   */
  static isInstance<T extends abstract new (...args: never[]) => EcsError>(this: T, e: unknown): e is InstanceType<T> {
    const kinds = (e as Branded | null | undefined)?.[BRAND];
    return Array.isArray(kinds) && kinds.includes((this.prototype as { name: string }).name);
  }

  /** The safe, serialisable view: name, message, retryable and the subclass's fields (never a secret). */
  toJSON(): Record<string, unknown> {
    return Object.assign({ name: this.name, message: this.message }, this as object);
  }
}
brand(EcsError, 'EcsError');

/** What the service's error body said (`Code`, `Message`, `RequestId`, …), with the HTTP status. */
export interface EcsApiErrorInit {
  code: string;
  message: string;
  httpStatus: number;
  requestId?: string | undefined;
  hostId?: string | undefined;
  recommend?: string | undefined;
  accessDeniedDetail?: string | undefined;
  /** From the `x-acs-retry-after` header, in milliseconds. */
  retryAfterMs?: number | undefined;
}

/** The service refused the request: a service error code with its message and request ID. */
export class EcsApiError extends EcsError {
  /** The service's error code, for example `InvalidParameter` or `Throttling.User`. */
  declare readonly code: string;
  /** The service's own message (the `message` property adds the code and request ID for logs). */
  declare readonly serviceMessage: string;
  declare readonly httpStatus: number;
  declare readonly requestId?: string;
  declare readonly hostId?: string;
  /** A troubleshooting URL for this request, when the service gives one. */
  declare readonly recommend?: string;
  /** With RAM denials: which policy denied which action (JSON text). */
  declare readonly accessDeniedDetail?: string;
  /** How long the service asked to wait before a retry, in milliseconds. */
  declare readonly retryAfterMs?: number;

  constructor({ message, ...init }: EcsApiErrorInit) {
    const { code, httpStatus, requestId } = init;
    super(`${code}: ${message} (HTTP ${httpStatus}${requestId ? `, request id ${requestId}` : ''})`, {
      retryable: httpStatus >= 500 || isRetryableCode(code),
    });
    setFields(this, { ...init, serviceMessage: message });
  }
}
brand(EcsApiError, 'EcsApiError');

/** The request was refused before anything was sent. `issues` lists every problem; `parameter` is the first. */
export class EcsValidationError extends EcsError {
  declare readonly issues: ValidationIssue[];
  /** The parameter of the first issue, in wire spelling (`MaxResults`, `Tag.3.Key`). */
  declare readonly parameter: string;

  constructor(issues: ValidationIssue[]) {
    const list = issues.length ? issues : [{ parameter: '(request)', problem: 'is not valid', allowed: 'a valid request' }];
    const lines = list.map((i) => `${i.parameter} ${i.problem} (allowed: ${i.allowed})`);
    super(list.length > 1 ? `${list.length} invalid parameters: ${lines.join('; ')}` : `Invalid parameter ${lines[0]}`);
    this.issues = list.map(({ parameter, problem, allowed }) => ({ parameter: redact(parameter), problem: redact(problem), allowed: redact(allowed) }));
    this.parameter = this.issues[0]!.parameter;
  }
}
brand(EcsValidationError, 'EcsValidationError');

/** What is known about a response that could not be read. */
export interface EcsResponseErrorInit {
  httpStatus?: number | undefined;
  contentType?: string | undefined;
  /** The start of the body (redacted, at most 200 characters). */
  excerpt?: string | undefined;
  /** The field that could not be coerced, as `ImagePipeline.ImagePipelineSet[0].SystemDiskSize`. */
  path?: string | undefined;
  /** `true` when the body was not parseable (HTML, truncated): a retry may get a good one. */
  retryable?: boolean | undefined;
}

/** A response that is not what the API returns: not JSON, truncated, or a value of the wrong type. */
export class EcsResponseError extends EcsError {
  declare readonly httpStatus?: number;
  declare readonly contentType?: string;
  declare readonly excerpt?: string;
  declare readonly path?: string;

  constructor(message: string, { retryable, contentType, excerpt, ...init }: EcsResponseErrorInit = {}) {
    super(message, { retryable });
    // Redacted before they are cut, so a cut never splits a secret out of sight of the redactor.
    setFields(this, { ...init, contentType: contentType && redact(contentType).slice(0, 100), excerpt: excerpt && redact(excerpt).slice(0, 200) });
  }
}
brand(EcsResponseError, 'EcsResponseError');

/** The request did not complete: DNS, connection refused or reset, TLS. Retrying can help. */
export class EcsNetworkError extends EcsError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, { ...options, retryable: true });
  }
}
brand(EcsNetworkError, 'EcsNetworkError');

/** One attempt took longer than its timeout. Retrying can help; the client decides. */
export class EcsTimeoutError extends EcsNetworkError {}
brand(EcsTimeoutError, 'EcsTimeoutError');

/** The caller aborted (its `AbortSignal` fired). Never retried (its `retryable` is false). */
export class EcsAbortError extends EcsError {}
brand(EcsAbortError, 'EcsAbortError');

/**
 * Whether a service error code is worth retrying: throttling (`Throttling`, `Throttling.User`, …), and the
 * service's transient failures (`InternalError`, `ServiceUnavailable*`).
 */
export function isRetryableCode(code: string): boolean {
  return isThrottlingCode(code) || /^InternalError$|^ServiceUnavailable/.test(code);
}

/** Whether a service error code says the request was throttled (refused without being executed). */
export function isThrottlingCode(code: string): boolean {
  // Alibaba's SDK treats any code containing "Throttling" as throttling; so do we.
  return /Throttling/.test(code);
}

function hide(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, configurable: true });
}

// A cause is usually a fetch `TypeError` or a `DOMException`; its message can quote a URL that carries a V1
// `Signature=` or `SecurityToken=`. Keep the original when it is clean (callers may check `cause.code`),
// otherwise a redacted copy.
function safeCause(cause: unknown, depth = 0): unknown {
  if (!(cause instanceof Error) || depth > 3) return typeof cause === 'string' ? redact(cause) : cause;
  const { message, stack, name } = cause;
  const { cause: inner, code } = cause as { cause?: unknown; code?: unknown };
  const clean = redact(message);
  const safeStack = stack && redact(stack);
  const safeInner = inner === undefined ? inner : safeCause(inner, depth + 1);
  if (clean === message && safeStack === stack && safeInner === inner) return cause;
  const copy = Object.assign(new Error(clean), { name, stack: safeStack }, code === undefined ? {} : { code });
  if (safeInner !== undefined) hide(copy, 'cause', safeInner);
  return copy;
}
