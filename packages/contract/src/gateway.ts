// What the gateway does before an action is looked at, as Hono middleware: the URL, path and method, the
// body (its size limit is Hono's bodyLimit, mounted in app.ts), the parameters, then the injected faults.
import type { MiddlewareHandler } from 'hono';
import { fail, responseContext, type AppEnv } from './app-env.js';
import { apiNotFound, internalError, invalidParameter, serviceUnavailable, throttled, unsupportedMethod } from './errors.js';
import type { FaultInjector } from './faults.js';
import { redactParams } from './log.js';
import type { ResolvedOptions } from './options.js';
import { parseParams, wantsXml } from './params.js';
import { droppedResponse, html502Response, truncate } from './respond.js';
import { sleep } from './util.js';

/** Starts the log entry, then refuses a long URL, a path other than `/`, a method other than GET and POST. */
export function checkRoute(cfg: ResolvedOptions, nextSeq: () => number): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const url = new URL(c.req.url);
    const method = c.req.method;
    const { requestId } = responseContext(c);
    if (c.env) c.env.entry = { seq: nextSeq(), time: isoTime(cfg.now()), method: method.slice(0, 16), path: url.pathname.slice(0, 256), params: {}, requestId, status: 0, durationMs: 0 };
    if (c.req.url.length > cfg.maxUrlBytes) return fail(c, invalidParameter('URL', `The request URL exceeds ${cfg.maxUrlBytes} bytes.`), { connection: 'close' });
    if (url.pathname !== '/') return fail(c, apiNotFound());
    if (method !== 'GET' && method !== 'POST') return fail(c, unsupportedMethod(method));
    await next();
  };
}

/** The refusal of a body over `limit` bytes (Hono's bodyLimit calls it before or while reading). */
export const oversized = (limit: number) => invalidParameter('body', `The request body exceeds ${limit} bytes.`);

/**
 * Reads the body and the parameters. They are parsed before faults are injected, so an injected error comes
 * in the format the client asked for; a parse failure is answered after the faults, as the service would.
 */
export function readRequest(cfg: ResolvedOptions): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    let body: Uint8Array;
    try {
      body = new Uint8Array(await c.req.raw.arrayBuffer());
    } catch {
      return fail(c, invalidParameter('body', 'The request body could not be read.'));
    }
    // bodyLimit trusts a declared Content-Length; an in-process Request may declare less than it carries.
    if (body.byteLength > cfg.maxBodyBytes) return fail(c, oversized(cfg.maxBodyBytes), { connection: 'close' });
    const parsed = parseParams(new URL(c.req.url), c.req.method, c.req.header('content-type') ?? null, body);
    const isV3 = c.req.header('authorization') !== undefined;
    if (parsed.ok) {
      if (c.env?.entry) c.env.entry.params = redactParams(parsed.params);
      responseContext(c).xml = !isV3 && wantsXml(parsed.params);
    }
    c.set('body', body);
    c.set('parsed', parsed);
    c.set('isV3', isV3);
    await next();
  };
}

/**
 * Injects the next scripted or drawn fault: an error or a broken answer instead of the real one, or a delay
 * before it; `truncated-json` cuts whatever answer the request earns. Then the configured latency.
 */
export function injectFaults(cfg: ResolvedOptions, faults: FaultInjector): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const fault = faults.next();
    const signal = c.req.raw.signal;
    if (fault && fault.kind !== 'none' && c.env) c.env.fault = fault.kind;
    switch (fault?.kind) {
      case 'throttling':
        return fail(c, throttled(fault.ms ?? cfg.retryAfterMs));
      case 'internal-error':
        return fail(c, internalError());
      case 'service-unavailable':
        return fail(c, serviceUnavailable());
      case 'html-502':
        return html502Response();
      case 'drop':
        // The emulator swaps in a fresh dropped response (Hono copies the one returned here).
        return droppedResponse();
      case 'latency':
        await sleep(fault.ms ?? cfg.slowMs, signal);
        break;
      default:
    }
    if (cfg.latencyMs > 0) await sleep(cfg.latencyMs, signal);
    await next();
    if (fault?.kind === 'truncated-json') c.res = await truncate(c.res);
  };
}

function isoTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
