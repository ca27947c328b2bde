// The retry loop: credentials → sign → send → decode, again with a fresh signature while the error is
// retryable and the budget lasts. Everything a call does on the network happens here.
import {
  type Credentials,
  type DescribeImagePipelinesResponse,
  decodeResponse,
  EcsAbortError,
  EcsError,
  EcsNetworkError,
  EcsTimeoutError,
} from '@org/ecs-pipelines-core';
import { AttemptTimeout, attemptSignal, raceAbort } from './deadline.js';
import { type Observer, observe } from './observe.js';
import { backoffDelay, parseRetryAfter, type RetryPolicy, sleep } from './retry.js';
import { signAttempt } from './sign-attempt.js';
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
  credentials: () => Promise<Credentials>;
  signatureVersion: 'v3' | 'v1';
  transport: Transport;
  headers: Record<string, string>;
  observer: Observer;
}

/** The per-call part (a type, not an interface: it travels as hey-api's `meta` record). */
export type CallSettings = {
  signal?: AbortSignal | undefined;
  timeoutMs: number;
  retry: RetryPolicy;
};

/** A decoded page and how it was obtained. */
export interface SendResult {
  body: DescribeImagePipelinesResponse;
  metadata: ResponseMetadata;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The caller's abort, as core's error: a `TimeoutError` reason (AbortSignal.timeout) is a deadline. */
export function abortError(reason: unknown): EcsError {
  if (EcsError.isInstance(reason)) return reason;
  if ((reason as { name?: unknown } | undefined)?.name === 'TimeoutError') {
    return new EcsTimeoutError('The call ran past the deadline of its signal.', { cause: reason });
  }
  return new EcsAbortError('The call was aborted.', { cause: reason });
}

function attemptError(e: unknown, signal: AbortSignal, call: CallSettings): EcsError {
  if (EcsError.isInstance(e)) return e;
  const reason: unknown = signal.aborted ? signal.reason : undefined;
  if (reason instanceof AttemptTimeout) {
    return new EcsTimeoutError(`No complete answer within ${reason.timeoutMs} ms.`, { cause: e });
  }
  if (call.signal?.aborted) return abortError(call.signal.reason);
  return new EcsNetworkError(`The request failed on the network: ${message(e)}`, { cause: e });
}

const withMetadata = (error: EcsError, metadata: ResponseMetadata): EcsError =>
  Object.defineProperty(error, '$metadata', { value: metadata, enumerable: false, configurable: true, writable: true });

/** Sends `method url` until it yields a page, a non-retryable error, or the retry budget runs out. */
export async function sendWithRetries(s: SendSettings, call: CallSettings, method: string, url: string): Promise<SendResult> {
  const metadata: ResponseMetadata = { attempts: 0, totalRetryDelayMs: 0 };
  for (;;) {
    if (call.signal?.aborted) throw withMetadata(abortError(call.signal.reason), metadata);
    const attempt = ++metadata.attempts;
    // Status and RequestId describe the last attempt only.
    delete metadata.httpStatusCode;
    delete metadata.requestId;
    const started = Date.now();
    let response: TransportResponse | undefined;
    let error: EcsError;
    let secrets: Credentials | undefined;
    const att = attemptSignal(call.signal, call.timeoutMs);
    try {
      secrets = await raceAbort(s.credentials(), att.signal).catch((e: unknown) => {
        throw att.signal.aborted || EcsError.isInstance(e) ? e : new EcsError(`The credentials provider failed: ${message(e)}`, { cause: e });
      });
      const signed = await signAttempt(s.signatureVersion, method, url, s.headers, secrets);
      observe.request(s.observer, { attempt, method, url: signed.url, headers: signed.headers }, secrets);
      response = await s.transport({ method, url: signed.url, headers: signed.headers, signal: att.signal });
      metadata.httpStatusCode = response.status;
      metadata.requestId = response.headers.get('x-acs-request-id') ?? undefined;
      const body = decodeResponse({ status: response.status, contentType: response.headers.get('content-type'), body: response.body, headers: response.headers });
      metadata.requestId = body.RequestId ?? metadata.requestId;
      observe.response(s.observer, { attempt, method, url, status: response.status, requestId: metadata.requestId, durationMs: Date.now() - started }, secrets);
      return { body, metadata };
    } catch (e) {
      error = attemptError(e, att.signal, call);
    } finally {
      att.done();
    }
    const requestId = (error as { requestId?: string }).requestId;
    if (requestId) metadata.requestId = requestId;
    if (response) observe.response(s.observer, { attempt, method, url, status: response.status, requestId: metadata.requestId, durationMs: Date.now() - started }, secrets);
    const willRetry = error.retryable && attempt < call.retry.maxAttempts && !call.signal?.aborted;
    const retryAfter = (error as { retryAfterMs?: number }).retryAfterMs ?? parseRetryAfter(response?.headers.get('x-acs-retry-after'));
    const delayMs = willRetry ? backoffDelay(attempt, call.retry, retryAfter) : undefined;
    observe.error(s.observer, { attempt, method, url, error, willRetry, delayMs, durationMs: Date.now() - started }, secrets);
    if (delayMs === undefined) throw withMetadata(error, metadata);
    try {
      await sleep(delayMs, call.signal);
    } catch (reason) {
      throw withMetadata(abortError(reason), metadata);
    }
    metadata.totalRetryDelayMs += delayMs;
  }
}
