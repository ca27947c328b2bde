// Hooks and the debug logger. Both see only redacted URLs and headers; neither can break a call.
import { type Credentials, redact, redactHeaders } from '@org/ecs-pipelines-core';
import type { Hooks, Logger } from './options.js';

/** Where observations go. */
export interface Observer extends Hooks {
  logger?: Logger | undefined;
}

/**
 * Reports one event of an attempt to its hook and one line to the logger, after redacting the URL, the
 * headers and the line (including the literal secret and token of `credentials`). An observer that throws
 * changes nothing.
 */
export function observe<K extends keyof Hooks>(
  o: Observer,
  hook: K,
  event: Parameters<NonNullable<Hooks[K]>>[0],
  line: string,
  credentials?: Credentials,
): void {
  const f = o[hook] as ((e: unknown) => void) | undefined;
  const { logger } = o;
  if (!f && !logger) return;
  const secrets = [credentials?.accessKeySecret, credentials?.securityToken];
  const e = { ...event, url: redact(event.url, secrets) };
  if ('headers' in e) e.headers = redactHeaders(e.headers);
  try {
    f?.(e);
  } catch {
    // An observer must not change the outcome of a call.
  }
  try {
    logger?.debug(redact(`ecs-pipelines attempt ${event.attempt}: ${line}`, secrets));
  } catch {
    // Nor may a logger.
  }
}
