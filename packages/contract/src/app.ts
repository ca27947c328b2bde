// The emulator as a Hono app. In order: Hono's cors (when enabled), requestId, the control endpoint, the
// gateway's checks (gateway.ts, with Hono's bodyLimit), faults, then authentication (signature, timestamp,
// nonce, token, as auth.ts checks them) and dispatch on the action through the generated handler table
// (router.ts). Nothing here names an action.
import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { requestId } from 'hono/request-id';
import { fail, responseContext, type AppEnv } from './app-env.js';
import { authenticate } from './auth.js';
import { CONTROL_BODY_LIMIT, controlJson, handleControl, type ControlTarget } from './control.js';
import { actionNotFound, internalError, missingParameter } from './errors.js';
import type { FaultInjector } from './faults.js';
import { checkRoute, injectFaults, oversized, readRequest } from './gateway.js';
import type { NonceStore } from './nonces.js';
import type { ResolvedOptions } from './options.js';
import { param } from './params.js';
import { successResponse } from './respond.js';
import type { BuilderState } from './state.js';
import { checkVersion, isAction, route } from './router.js';

/** What the app acts on: the resolved options and the emulator's live state. */
export interface AppDeps {
  cfg: ResolvedOptions;
  faults: FaultInjector;
  nonces: NonceStore;
  control: ControlTarget;
  /** The image builder's live state (its `data` is `cfg.data`). */
  state: BuilderState;
  /** The next log sequence number. */
  nextSeq(): number;
}

/** Builds the emulator's app; call `app.fetch(request, state)` with a fresh {@link RequestState} per request. */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  const { cfg } = deps;
  const app = new Hono<AppEnv>();
  if (cfg.cors) {
    // Any origin (the emulator is a local tool); the preflight's requested headers are echoed (clients sign
    // with x-acs-* headers), and the service's headers are readable by scripts.
    app.use(cors({ origin: (origin) => origin || '*', allowMethods: ['GET', 'POST', 'OPTIONS'], exposeHeaders: ['x-acs-request-id', 'x-acs-retry-after'], maxAge: 600 }));
  }
  // The service's request IDs are upper-case UUIDs; a client's own X-Request-Id is not echoed (headerName '').
  app.use(requestId({ headerName: '', generator: () => crypto.randomUUID().toUpperCase() }));
  if (cfg.control) {
    const limit = bodyLimit({ maxSize: CONTROL_BODY_LIMIT, onError: () => controlJson(400, { error: `the body exceeds ${CONTROL_BODY_LIMIT} bytes` }) });
    app.all('/__emulator/*', limit, (c) => handleControl(c.req.raw, new URL(c.req.url), deps.control));
  }
  app.use(checkRoute(cfg, deps.nextSeq));
  app.use(bodyLimit({ maxSize: cfg.maxBodyBytes, onError: (c) => fail(c, oversized(cfg.maxBodyBytes), { connection: 'close' }) }));
  app.use(readRequest(cfg));
  app.use(injectFaults(cfg, deps.faults));
  app.use(checkAuth(deps));
  app.all('*', (c) => {
    const result = route(c.get('action'), c.get('params'), { requestId: responseContext(c).requestId, data: cfg.data, salt: cfg.dataSalt, state: deps.state });
    return result.ok ? successResponse(responseContext(c), c.get('action'), result.body) : fail(c, result.error);
  });
  // A bug, not a chosen fault: answer like the service would, and let tests see it in the log.
  app.onError((_, c) => fail(c, internalError()));
  return app;
}

// The action and version (headers with ACS3, parameters with HMAC-SHA1), then the signature.
function checkAuth(deps: AppDeps): MiddlewareHandler<AppEnv> {
  const { cfg } = deps;
  return async (c, next) => {
    const parsed = c.get('parsed');
    if (!parsed.ok) return fail(c, parsed.error);
    const { params } = parsed;
    const isV3 = c.get('isV3');
    const action = isV3 ? c.req.header('x-acs-action') : param(params, 'Action');
    const version = isV3 ? c.req.header('x-acs-version') : param(params, 'Version');
    if (action && c.env?.entry) c.env.entry.action = action;
    if (!action) return fail(c, missingParameter(isV3 ? 'x-acs-action' : 'Action'));
    if (!isAction(action)) return fail(c, actionNotFound(`Action ${action.slice(0, 64)} does not exist in Ecs.`));
    if (!version) return fail(c, missingParameter(isV3 ? 'x-acs-version' : 'Version'));
    const wrongVersion = checkVersion(action, version);
    if (wrongVersion) return fail(c, wrongVersion);

    if (cfg.verifySignatures) {
      const url = new URL(c.req.url);
      const headers = new Headers(c.req.raw.headers);
      // Some fetch implementations hide `host`; the URL carries what the client addressed, port included.
      if (!headers.has('host')) headers.set('host', url.host);
      const auth = await authenticate(
        { method: c.req.method, url: c.req.url, headers, body: c.get('body'), params },
        { credentials: cfg.credentials, nonces: deps.nonces, nowMs: cfg.now(), windowMs: cfg.timestampWindowMs },
      );
      if (c.env) Object.assign(c.env, auth.algorithm ? { algorithm: auth.algorithm } : {}, auth.accessKeyId ? { accessKeyId: auth.accessKeyId } : {});
      if (!auth.ok) return fail(c, auth.error);
    }
    c.set('action', action);
    c.set('params', params);
    await next();
  };
}
