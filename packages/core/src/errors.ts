// One error family. Every string an error holds is redacted when the error is built, and `toJSON` lists only
// those fields, so `String(e)`, `JSON.stringify(e)` and `util.inspect(e)` are safe to log.
import { redact } from './redact.js';
import type { ValidationIssue } from './types.js';

// `Symbol.for` is shared by every copy of this package in one realm, so `isInstance` works when an app ends
// up with two installed versions (where `instanceof` fails).
const BRAND = Symbol.for('@org/ecs-pipelines-core/error-kinds');

type Kind = 'EcsError' | 'EcsApiError' | 'EcsValidationError' | 'EcsResponseError' | 'EcsNetworkError' | 'EcsTimeoutError' | 'EcsAbortError';

function brand(cls: { prototype: object }, kinds: Kind[]): void {
  Object.defineProperty(cls.prototype, BRAND, { value: kinds, enumerable: false });
  Object.defineProperty(cls.prototype, 'name', { value: kinds[kinds.length - 1], enumerable: false, writable: true, configurable: true });
}

/** The base of every error this SDK throws. `retryable` says whether sending the same request again can help. */
export class EcsError extends Error {
  /** Set by the subclass from the HTTP status, the service code or the kind of failure. */
  readonly retryable: boolean;

  /** Builds an error whose message is redacted; `cause` is kept only after the same treatment. */
  constructor(message: string, options: { retryable?: boolean; cause?: unknown } = {}) {
    super(redact(message));
    this.retryable = options.retryable ?? false;
    if (options.cause !== undefined) {
      Object.defineProperty(this, 'cause', { value: safeCause(options.cause), enumerable: false, writable: true, configurable: true });
    }
  }

  /**
   * `true` when `e` is an error of this class (or a subclass) from any installed copy of this package.
   * Prefer it to `instanceof`, which fails across copies.
   */
  static isInstance<T extends abstract new (...args: never[]) => EcsError>(this: T, e: unknown): e is InstanceType<T> {
    const kinds = (e as { [BRAND]?: unknown } | null | undefined)?.[BRAND];
    const own = (this.prototype as { [BRAND]?: Kind[] })[BRAND];
    const kind = own?.[own.length - 1];
    return Array.isArray(kinds) && kind !== undefined && kinds.includes(kind);
  }

  /** The safe, serialisable view: name, message, retryable and the subclass's fields (never a secret). */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = { name: this.name, message: this.message, retryable: this.retryable };
    for (const [k, v] of Object.entries(this)) if (v !== undefined && !(k in out)) out[k] = v;
    return out;
  }
}
brand(EcsError, ['EcsError']);

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
  readonly code: string;
  /** The service's own message (the `message` property adds the code and request ID for logs). */
  readonly serviceMessage: string;
  readonly httpStatus: number;
  declare readonly requestId?: string;
  declare readonly hostId?: string;
  /** A troubleshooting URL for this request, when the service gives one. */
  declare readonly recommend?: string;
  /** With RAM denials: which policy denied which action (JSON text). */
  declare readonly accessDeniedDetail?: string;
  /** How long the service asked to wait before a retry, in milliseconds. */
  declare readonly retryAfterMs?: number;

  constructor(init: EcsApiErrorInit) {
    const rid = init.requestId ? `, request id ${init.requestId}` : '';
    super(`${init.code}: ${init.message} (HTTP ${init.httpStatus}${rid})`, {
      retryable: init.httpStatus >= 500 || isRetryableCode(init.code),
    });
    this.code = redact(init.code);
    this.serviceMessage = redact(init.message);
    this.httpStatus = init.httpStatus;
    if (init.requestId !== undefined) this.requestId = redact(init.requestId);
    if (init.hostId !== undefined) this.hostId = redact(init.hostId);
    if (init.recommend !== undefined) this.recommend = redact(init.recommend);
    if (init.accessDeniedDetail !== undefined) this.accessDeniedDetail = redact(init.accessDeniedDetail);
    if (init.retryAfterMs !== undefined) this.retryAfterMs = init.retryAfterMs;
  }
}
brand(EcsApiError, ['EcsError', 'EcsApiError']);

/** The request was refused before anything was sent. `issues` lists every problem; `parameter` is the first. */
export class EcsValidationError extends EcsError {
  readonly issues: ValidationIssue[];
  /** The parameter of the first issue, in wire spelling (`MaxResults`, `Tag.3.Key`). */
  readonly parameter: string;

  constructor(issues: ValidationIssue[]) {
    const list = issues.length > 0 ? issues : [{ parameter: '(request)', problem: 'is not valid', allowed: 'a valid request' }];
    const lines = list.map((i) => `${i.parameter} ${i.problem} (allowed: ${i.allowed})`);
    super(list.length === 1 ? `Invalid parameter ${lines[0]}` : `${list.length} invalid parameters: ${lines.join('; ')}`);
    this.issues = list.map((i) => ({ parameter: redact(i.parameter), problem: redact(i.problem), allowed: redact(i.allowed) }));
    this.parameter = this.issues[0]!.parameter;
  }
}
brand(EcsValidationError, ['EcsError', 'EcsValidationError']);

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

  constructor(message: string, init: EcsResponseErrorInit = {}) {
    super(message, { retryable: init.retryable ?? false });
    if (init.httpStatus !== undefined) this.httpStatus = init.httpStatus;
    if (init.contentType !== undefined) this.contentType = redact(init.contentType).slice(0, 100);
    if (init.excerpt !== undefined) this.excerpt = redact(init.excerpt).slice(0, 200);
    if (init.path !== undefined) this.path = init.path;
  }
}
brand(EcsResponseError, ['EcsError', 'EcsResponseError']);

/** The request did not complete: DNS, connection refused or reset, TLS. Retrying can help. */
export class EcsNetworkError extends EcsError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, { retryable: true, cause: options.cause });
  }
}
brand(EcsNetworkError, ['EcsError', 'EcsNetworkError']);

/** One attempt took longer than its timeout. Retrying can help; the client decides. */
export class EcsTimeoutError extends EcsNetworkError {}
brand(EcsTimeoutError, ['EcsError', 'EcsNetworkError', 'EcsTimeoutError']);

/** The caller aborted (its `AbortSignal` fired). Never retried. */
export class EcsAbortError extends EcsError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, { retryable: false, cause: options.cause });
  }
}
brand(EcsAbortError, ['EcsError', 'EcsAbortError']);

/**
 * Whether a service error code is worth retrying: throttling (`Throttling`, `Throttling.User`, …), and the
 * service's transient failures (`InternalError`, `ServiceUnavailable*`).
 */
export function isRetryableCode(code: string): boolean {
  // Alibaba's SDK treats any code containing "Throttling" as throttling; so do we.
  return code.includes('Throttling') || code === 'InternalError' || code.startsWith('ServiceUnavailable');
}

// A cause is usually a fetch `TypeError` or a `DOMException`; its message can quote a URL that carries a V1
// `Signature=` or `SecurityToken=`. Keep the original when it is clean (callers may check `cause.code`),
// otherwise a redacted copy.
function safeCause(cause: unknown, depth = 0): unknown {
  if (!(cause instanceof Error) || depth > 3) return typeof cause === 'string' ? redact(cause) : cause;
  const message = redact(cause.message);
  const stack = cause.stack === undefined ? undefined : redact(cause.stack);
  const inner = (cause as { cause?: unknown }).cause;
  const safeInner = inner === undefined ? undefined : safeCause(inner, depth + 1);
  if (message === cause.message && stack === cause.stack && safeInner === inner) return cause;
  const copy = new Error(message);
  copy.name = cause.name;
  copy.stack = stack;
  const code = (cause as { code?: unknown }).code;
  if (code !== undefined) Object.defineProperty(copy, 'code', { value: code, enumerable: true });
  if (safeInner !== undefined) Object.defineProperty(copy, 'cause', { value: safeInner, enumerable: false });
  return copy;
}
