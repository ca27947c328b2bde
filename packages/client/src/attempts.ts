// The retry loop: credentials → sign → send → decode, again with a fresh signature while the error is
// retryable and the budget lasts. Everything a call does on the network happens here.
import {
  type Credentials,
  decodeResponse,
  EcsAbortError,
  EcsError,
  EcsNetworkError,
  EcsTimeoutError,
  isThrottlingCode,
  type OperationSpec,
  signRequest,
  type SignTools,
  type WireParams,
} from '@org/ecs-pipelines-core';
import type { CredentialSource } from './credentials.js';
import { aborted, attemptSignal, TIMED_OUT } from './deadline.js';
import { type Observer, observe } from './observe.js';
import type { Hooks } from './options.js';
import { backoffDelay, parseRetryAfter, type RetryPolicy, sleep } from './retry.js';
import type { Transport, TransportResponse } from './transport.js';

/** What a call reports besides the page: the `$metadata` of a result or of the error a call threw. */
export interface ResponseMetadata {
  /** The service's RequestId of the last attempt, when it answered with one. */
  requestId?: string;
  /** The HTTP status of the last attempt, when it got an answer. */
  httpStatusCode?: number;
  /** Attempts made, the first included. */
  attempts: number;
  /** Milliseconds spent waiting between attempts. */
  totalRetryDelayMs: number;
}

/** The client-wide part of sending: fixed when the client is created. */
export interface SendSettings {
  credentials: CredentialSource;
  signatureVersion: 'v3' | 'v1';
  transport: Transport;
  headers: Record<string, string>;
  observer: Observer;
  /** Hash, HMAC and nonces for signing; WebCrypto when absent. */
  tools: SignTools;
}

/** The per-call part. */
export interface CallSettings {
  signal?: AbortSignal | undefined;
  timeoutMs: number;
  retry: RetryPolicy;
}

/** A decoded answer with how it was obtained in a non-enumerable `$metadata`. */
export type Answer = Record<string, unknown> & { readonly $metadata: ResponseMetadata };

/** Attaches `$metadata` (not enumerable, so JSON and spreads do not carry it). */
const withMetadata = <T extends object>(target: T, metadata: ResponseMetadata): T =>
  Object.defineProperty(target, '$metadata', { value: metadata, configurable: true, writable: true });

const message = (e: unknown) => (e as Error | undefined)?.message ?? e;

/**
 * Whether a failed attempt certainly did not reach the service's logic: it was throttled, or the connection
 * was refused (nothing was sent). Timeouts, resets, 5xx answers and unreadable bodies may follow an executed
 * request.
 */
function notExecuted(error: EcsError): boolean {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') return isThrottlingCode(code);
  for (let c: unknown = error.cause, depth = 0; c && depth < 4; c = (c as { cause?: unknown }).cause, depth++) {
    if ((c as { code?: unknown }).code === 'ECONNREFUSED') return true;
  }
  return false;
}

function markOutcomeUnknown(error: EcsError, action: string): void {
  Object.defineProperty(error, 'outcomeUnknown', { value: true, enumerable: true, configurable: true });
  Object.defineProperty(error, 'message', {
    value: `${error.message}${/[.!?]$/.test(error.message) ? '' : '.'} The outcome of ${action} is unknown: it has no idempotency token and may have been executed, so it was not retried; check the resource before trying again.`,
    writable: true,
    configurable: true,
  });
}

/** The caller's abort, as core's error: a `TimeoutError` reason (AbortSignal.timeout) is a deadline. */
export function abortError(reason: unknown): EcsError {
  if (EcsError.isInstance(reason)) return reason;
  const deadline = (reason as Error | undefined)?.name === 'TimeoutError';
  return new (deadline ? EcsTimeoutError : EcsAbortError)(`The call was ${deadline ? 'past the deadline of its signal' : 'aborted'}.`, { cause: reason });
}

/**
 * Sends `method url` (a request of `op`) until it yields an answer, a non-retryable error, or the retry budget
 * runs out. `params` are the URL's query as wire parameters.
 */
export async function sendWithRetries(s: SendSettings, op: OperationSpec, call: CallSettings, method: string, url: string, params: WireParams): Promise<Answer> {
  const { signal, timeoutMs, retry } = call;
  let attempts = 0;
  let totalRetryDelayMs = 0;
  for (;;) {
    if (signal?.aborted) throw withMetadata(abortError(signal.reason), { attempts, totalRetryDelayMs });
    const attempt = ++attempts;
    const started = Date.now();
    const att = attemptSignal(signal, timeoutMs);
    let response: TransportResponse | undefined;
    let page: Record<string, unknown> | undefined;
    let error: EcsError | undefined;
    let secrets: Credentials | undefined;
    // Every hook event names the attempt; the line is what the debug logger writes.
    // The event and its line are built only when a hook or a logger will see them (lines are thunks).
    const report = <K extends keyof Hooks>(hook: K, event: () => object, line: () => string) =>
      (s.observer[hook] || s.observer.logger) &&
      observe(s.observer, hook, { attempt, method, url, durationMs: Date.now() - started, ...event() } as never, line(), secrets);
    try {
      // Fixed credentials are at hand: no race (and no abort listener) is needed for them.
      const pending = s.credentials();
      secrets = await (s.credentials.fixed ? pending : Promise.race([pending, aborted(att.signal)])).catch((e: unknown) => {
        throw att.signal.aborted || EcsError.isInstance(e) ? e : new EcsError(`The credentials provider failed: ${message(e)}`, { cause: e });
      });
      const signed = await signRequest({ signatureVersion: s.signatureVersion, method, url, headers: s.headers, credentials: secrets, action: op.action, version: op.version, params, tools: s.tools });
      report('onRequest', () => signed, () => `${method} ${signed.url}`);
      response = await s.transport({ method, ...signed, signal: att.signal });
      page = decodeResponse<OperationSpec, Record<string, unknown>>(op, response);
    } catch (e) {
      error = EcsError.isInstance(e)
        ? e
        : att.signal.reason === TIMED_OUT
          ? new EcsTimeoutError(`No complete answer within ${timeoutMs} ms.`, { cause: e })
          : signal?.aborted
            ? abortError(signal.reason)
            : new EcsNetworkError(`The request failed on the network: ${message(e)}`, { cause: e });
    } finally {
      att.done();
    }
    // Status and RequestId describe the last attempt only.
    const status = response?.status;
    const requestId = (page?.['RequestId'] as string | undefined) || (error as { requestId?: string } | undefined)?.requestId || response?.headers.get('x-acs-request-id') || undefined;
    const metadata: ResponseMetadata = { requestId, httpStatusCode: status, attempts, totalRetryDelayMs };
    if (response) report('onResponse', () => ({ status, requestId }), () => `HTTP ${status} RequestId=${requestId ?? '-'}`);
    if (page) {
      // The normalizer fills a wrapper's list; a page without the wrapper gets an empty one, so the items of a
      // paged action are always at `Wrapper.List` (the page is the client's own parse result).
      if (op.pagination) {
        const [wrapper, list] = op.pagination.items;
        page[wrapper] ??= { [list]: [] };
      }
      return withMetadata(page, metadata) as Answer;
    }
    // A write without an idempotency token is retried only when it cannot have been executed; otherwise its
    // outcome is unknown, and the caller is told so rather than risking a second delete or cancel.
    const unsafe = !op.readOnly && !op.idempotencyToken && error!.retryable && !notExecuted(error!);
    if (unsafe) markOutcomeUnknown(error!, op.action);
    const willRetry = error!.retryable && !unsafe && attempt < retry.maxAttempts && !signal?.aborted;
    const delayMs = willRetry ? backoffDelay(attempt, retry, (error as { retryAfterMs?: number }).retryAfterMs ?? parseRetryAfter(response?.headers.get('x-acs-retry-after'))) : undefined;
    report('onError', () => ({ error, willRetry, delayMs }), () => `${error!.name}: ${error!.message} (${willRetry ? `retrying in ${delayMs} ms` : 'giving up'})`);
    if (!willRetry) throw withMetadata(error!, metadata);
    try {
      await sleep(delayMs!, signal);
    } catch (reason) {
      throw withMetadata(abortError(reason), metadata);
    }
    totalRetryDelayMs += delayMs!;
  }
}
