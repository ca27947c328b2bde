// The types the emulator's Hono app and its middleware share: the per-request state the emulator logs
// (passed in as Hono's `env`), and the variables middleware hand on to the next.
import type { Action, WireParams } from '@org/ecs-pipelines-core';
import type { Context } from 'hono';
import type { ServiceError } from './errors.js';
import type { FaultKind } from './faults.js';
import type { LogEntry } from './log.js';
import type { Parsed } from './params.js';
import { errorResponse, type ResponseContext } from './respond.js';

/** What one request did, filled in by the middleware and read by the emulator for its log. */
export interface RequestState {
  /** Set once the request reaches the API (control and preflight requests are not logged). */
  entry?: LogEntry;
  code?: string;
  fault?: FaultKind;
  algorithm?: 'v3' | 'v1';
  accessKeyId?: string;
}

/** The Hono environment of the emulator's app. */
export interface AppEnv {
  Bindings: RequestState;
  Variables: {
    requestId: string;
    rctx: ResponseContext;
    body: Uint8Array;
    parsed: Parsed;
    isV3: boolean;
    action: Action;
    params: WireParams;
  };
}

/** The response context of this request: request ID, host, and whether it answers in XML. */
export function responseContext(c: Context<AppEnv>): ResponseContext {
  let rctx = c.get('rctx');
  if (!rctx) c.set('rctx', (rctx = { requestId: c.get('requestId') ?? crypto.randomUUID().toUpperCase(), hostId: new URL(c.req.url).host, xml: false }));
  return rctx;
}

/** Answers with a service error (in the request's format) and records its code for the log. */
export function fail(c: Context<AppEnv>, error: ServiceError, extra?: Record<string, string>): Response {
  if (c.env) c.env.code = error.code;
  return errorResponse(responseContext(c), error, extra);
}
