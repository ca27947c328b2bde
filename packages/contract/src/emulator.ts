// The emulator: a fetch handler `(Request) => Promise<Response>` with no Node-only code, so it runs in Node,
// Deno, Workers and Bun alike. It checks requests as the gateway does (size, path, method, action, signature,
// timestamp, nonce, token), answers DescribeImagePipelines from its data, and injects faults on request.
import { operation, parseQuery, type WireParams } from '@org/ecs-pipelines-core';
import { authenticate } from './auth.js';
import { handleControl } from './control.js';
import type { PipelineData } from './data.js';
import { describeImagePipelines } from './describe.js';
import { actionNotFound, apiNotFound, internalError, invalidParameter, missingParameter, serviceUnavailable, throttled, unsupportedMethod, type ServiceError } from './errors.js';
import { FaultInjector, type FaultController, type FaultSpec } from './faults.js';
import { appendBounded, redactParams, type LogEntry } from './log.js';
import { NonceStore } from './nonces.js';
import { resolveOptions, type EmulatorOptions } from './options.js';
import { isForm, OversizedError, readBody } from './read-request.js';
import { corsHeaders, droppedResponse, errorResponse, html502Response, successResponse, truncate, type ResponseContext } from './respond.js';

/**
 * A running emulator: call it with a `Request` (it is a fetch handler), inspect `.log`, script `.faults`.
 */
export interface Emulator {
  (request: Request): Promise<Response>;
  /** The request log, oldest first (a live, bounded array). */
  readonly log: readonly LogEntry[];
  /** Fault injection: scripted sequence, seeded rate, counts. */
  readonly faults: FaultController;
  /** Back to the start: empty log, the start options' faults, no remembered nonces. */
  reset(): void;
  /** Served regions. */
  readonly regions: readonly string[];
  /** Served pipelines by region, in the order pages list them. */
  readonly pipelines: Readonly<PipelineData>;
}

const ACTION = operation.action;
const VERSION = operation.version;

interface Outcome {
  response: Response;
  code?: string;
  fault?: FaultSpec['kind'];
  algorithm?: 'v3' | 'v1';
  accessKeyId?: string;
}

/** Creates an emulator of ECS DescribeImagePipelines. Bad options throw a `TypeError` naming the option. */
export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const cfg = resolveOptions(options);
  const log: LogEntry[] = [];
  const faults = new FaultInjector({ rate: cfg.faultRate, script: cfg.faultScript });
  const nonces = new NonceStore({ max: cfg.maxNonces, windowMs: cfg.timestampWindowMs });
  let seq = 0;

  const reset = () => {
    log.length = 0;
    faults.clear();
    faults.resetStats();
    faults.setRate(cfg.faultRate);
    faults.queue(...cfg.faultScript);
    nonces.clear();
  };
  const control = {
    log,
    faults,
    reset,
    clearLog: () => void (log.length = 0),
    regions: cfg.regions,
    pipelineCount: () => Object.values(cfg.data).reduce((n, l) => n + l.length, 0),
  };

  async function serve(request: Request, url: URL, entry: LogEntry, ctx: ResponseContext): Promise<Outcome> {
    const fail = (error: ServiceError, extra?: Record<string, string>): Outcome => ({ response: errorResponse(ctx, error, extra), code: error.code });
    if (request.url.length > cfg.maxUrlBytes) return fail(invalidParameter('URL', `The request URL exceeds ${cfg.maxUrlBytes} bytes.`), { connection: 'close' });
    if (url.pathname !== '/') return fail(apiNotFound());
    if (request.method !== 'GET' && request.method !== 'POST') return fail(unsupportedMethod(request.method));

    let body: Uint8Array;
    try {
      body = await readBody(request, cfg.maxBodyBytes);
    } catch (e) {
      if (e instanceof OversizedError) return fail(invalidParameter('body', `The request body exceeds ${e.limit} bytes.`), { connection: 'close' });
      return fail(invalidParameter('body', 'The request body could not be read.'));
    }

    // Parsed before faults are injected, so an injected error comes in the format the client asked for.
    const parsed = parseParams(url, request, body);
    const isV3 = request.headers.has('authorization');
    if (parsed.ok) {
      entry.params = redactParams(parsed.params);
      ctx.xml = !isV3 && wantsXml(parsed.params);
    }

    const fault = faults.next();
    if (fault) {
      const injected = await injectBefore(fault, ctx, request.signal);
      if (injected) return { ...injected, fault: fault.kind };
    }
    if (cfg.latencyMs > 0) await sleep(cfg.latencyMs, request.signal);

    const outcome = parsed.ok ? await answer(request, url, body, parsed.params, isV3, entry, ctx) : fail(parsed.error);
    if (!fault) return outcome;
    // `latency` and `truncated-json` alter the answer the request earns, whatever it is.
    if (fault.kind === 'truncated-json') outcome.response = await truncate(outcome.response);
    return { ...outcome, fault: fault.kind };
  }

  async function answer(request: Request, url: URL, body: Uint8Array, params: WireParams, isV3: boolean, entry: LogEntry, ctx: ResponseContext): Promise<Outcome> {
    const fail = (error: ServiceError): Outcome => ({ response: errorResponse(ctx, error), code: error.code });

    const action = isV3 ? request.headers.get('x-acs-action') : param(params, 'Action');
    const version = isV3 ? request.headers.get('x-acs-version') : param(params, 'Version');
    if (action) entry.action = action;
    if (!action) return fail(missingParameter(isV3 ? 'x-acs-action' : 'Action'));
    if (action !== ACTION) return fail(actionNotFound(`Action ${action.slice(0, 64)} does not exist in Ecs ${VERSION}.`));
    if (!version) return fail(missingParameter(isV3 ? 'x-acs-version' : 'Version'));
    if (version !== VERSION) return fail(actionNotFound(`Version ${version.slice(0, 32)} of Ecs has no ${ACTION}; use ${VERSION}.`));

    let who: Pick<Outcome, 'algorithm' | 'accessKeyId'> = {};
    if (cfg.verifySignatures) {
      const headers = new Headers(request.headers);
      // Some fetch implementations hide `host`; the URL carries what the client addressed, port included.
      if (!headers.has('host')) headers.set('host', url.host);
      const auth = await authenticate(
        { method: request.method, url: request.url, headers, body, params },
        { credentials: cfg.credentials, nonces, nowMs: cfg.now(), windowMs: cfg.timestampWindowMs },
      );
      who = { algorithm: auth.algorithm, accessKeyId: auth.accessKeyId };
      if (!auth.ok) return { ...fail(auth.error), ...who };
    }

    const result = describeImagePipelines(params, { requestId: ctx.requestId, data: cfg.data, salt: cfg.dataSalt });
    if (!result.ok) return { ...fail(result.error), ...who };
    return { response: successResponse(ctx, ACTION, { ...result.body }), ...who };
  }

  async function injectBefore(fault: FaultSpec, ctx: ResponseContext, signal: AbortSignal): Promise<Omit<Outcome, 'fault'> | undefined> {
    switch (fault.kind) {
      case 'throttling': {
        const error = throttled(fault.ms ?? cfg.retryAfterMs);
        return { response: errorResponse(ctx, error), code: error.code };
      }
      case 'internal-error':
        return { response: errorResponse(ctx, internalError()), code: 'InternalError' };
      case 'service-unavailable':
        return { response: errorResponse(ctx, serviceUnavailable()), code: 'ServiceUnavailable' };
      case 'html-502':
        return { response: html502Response(ctx) };
      case 'drop':
        return { response: droppedResponse() };
      case 'latency':
        await sleep(fault.ms ?? cfg.slowMs, signal);
        return undefined;
      default:
        return undefined;
    }
  }

  const handler = async (request: Request): Promise<Response> => {
    const started = Date.now();
    const url = new URL(request.url);
    const cors = corsHeaders(cfg.cors, request);
    if (cfg.cors && request.method === 'OPTIONS') return new Response(null, { status: 204, headers: cors });
    if (cfg.control && url.pathname.startsWith('/__emulator/')) return handleControl(request, url, control, cors);

    const entry: LogEntry = { seq: ++seq, time: isoTime(cfg.now()), method: request.method.slice(0, 16), path: url.pathname.slice(0, 256), params: {}, status: 0, durationMs: 0 };
    const ctx: ResponseContext = { requestId: crypto.randomUUID().toUpperCase(), hostId: url.host, xml: false, cors };
    let outcome: Outcome;
    try {
      outcome = await serve(request, url, entry, ctx);
    } catch {
      // A bug, not a chosen fault: answer like the service would, and let tests see it in the log.
      outcome = { response: errorResponse(ctx, internalError()), code: 'InternalError' };
    }
    entry.requestId = ctx.requestId;
    entry.status = outcome.fault === 'drop' ? 0 : outcome.response.status;
    if (outcome.code) entry.code = outcome.code;
    if (outcome.fault) entry.fault = outcome.fault;
    if (outcome.algorithm) entry.algorithm = outcome.algorithm;
    if (outcome.accessKeyId) entry.accessKeyId = outcome.accessKeyId;
    entry.durationMs = Date.now() - started;
    appendBounded(log, entry, cfg.maxLogEntries);
    try {
      cfg.onRequest?.(entry);
    } catch {
      // A logging callback must not turn an answer into a failure.
    }
    return outcome.response;
  };

  return Object.assign(handler, { log, faults, reset, regions: cfg.regions, pipelines: cfg.data }) as Emulator;
}

type Parsed = { ok: true; params: WireParams } | { ok: false; error: ServiceError };

// Query parameters, then form parameters of a POST (`@alicloud/pop-core` sends everything as a form).
function parseParams(url: URL, request: Request, body: Uint8Array): Parsed {
  try {
    const params = parseQuery(url.search.slice(1));
    if (request.method === 'POST' && body.byteLength > 0 && isForm(request.headers.get('content-type'))) {
      params.push(...parseQuery(new TextDecoder('utf-8', { fatal: true }).decode(body)));
    }
    return { ok: true, params };
  } catch (e) {
    const name = (e as { parameter?: unknown }).parameter;
    return { ok: false, error: invalidParameter(typeof name === 'string' && name ? name.slice(0, 64) : 'query', 'Parameters must be percent-encoded UTF-8.') };
  }
}

function param(params: WireParams, name: string): string | undefined {
  for (let i = params.length - 1; i >= 0; i--) if (params[i]![0] === name) return params[i]![1];
  return undefined;
}

// HMAC-SHA1 requests choose the format; the service's default is XML (reference/api-facts.md §5.1).
function wantsXml(params: WireParams): boolean {
  const format = param(params, 'Format');
  if (format !== undefined) return format.toLowerCase() === 'xml';
  return params.some(([k]) => k === 'Signature' || k === 'SignatureMethod');
}

function isoTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

