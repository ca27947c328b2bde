// Hooks and the debug logger. Both see only redacted URLs and headers; neither can break a call.
import { type Credentials, redact, redactHeaders } from '@org/ecs-pipelines-core';
import type { ErrorHookEvent, Hooks, Logger, RequestHookEvent, ResponseHookEvent } from './options.js';

/** Where observations go. */
export interface Observer extends Hooks {
  logger?: Logger;
}

const secretsOf = (c?: Credentials) => [c?.accessKeySecret, c?.securityToken];

function safely(run: () => void): void {
  try {
    run();
  } catch {
    // An observer must not change the outcome of a call.
  }
}

const log = (o: Observer, line: string, c?: Credentials) => {
  const logger = o.logger;
  if (logger) safely(() => logger.debug(redact(`ecs-pipelines ${line}`, secretsOf(c))));
};

/** Reports attempts to hooks and logger, redacting first. */
export const observe = {
  request(o: Observer, e: RequestHookEvent, c?: Credentials): void {
    if (!o.onRequest && !o.logger) return;
    const event = { ...e, url: redact(e.url, secretsOf(c)), headers: redactHeaders(e.headers) };
    if (o.onRequest) safely(() => o.onRequest?.(event));
    log(o, `attempt ${e.attempt}: ${e.method} ${event.url}`, c);
  },
  response(o: Observer, e: ResponseHookEvent, c?: Credentials): void {
    if (!o.onResponse && !o.logger) return;
    const event = { ...e, url: redact(e.url, secretsOf(c)) };
    if (o.onResponse) safely(() => o.onResponse?.(event));
    log(o, `attempt ${e.attempt}: HTTP ${e.status} RequestId=${e.requestId ?? '-'} in ${e.durationMs} ms`, c);
  },
  error(o: Observer, e: ErrorHookEvent, c?: Credentials): void {
    if (!o.onError && !o.logger) return;
    const event = { ...e, url: redact(e.url, secretsOf(c)) };
    if (o.onError) safely(() => o.onError?.(event));
    const next = e.willRetry ? `retrying in ${e.delayMs} ms` : 'giving up';
    log(o, `attempt ${e.attempt}: ${e.error.name}: ${e.error.message} (${next})`, c);
  },
};
