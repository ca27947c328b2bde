// The generic part of every action: which action a request names, its version, its parameters read and
// checked from the rules (read-params.ts), ClientToken replays for actions with `x-acs-idempotency-token`,
// the handler from the generated table, and paging (page.ts). Adding an action adds nothing here.
import { operations, validateRequest, type Action, type OperationSpec, type RequestOf, type WireParams } from '@org/ecs-pipelines-core';
import { actionNotFound, documentedCode, serviceError, type ServiceError } from './errors.js';
import { handlers } from './generated/handlers.gen.js';
import { requestFingerprint } from './idempotency.js';
import { pageOf } from './page.js';
import { readParams } from './read-params.js';
import type { BuilderState } from './state.js';
import { regionData, servesRegion, type EmulatorData } from './store.js';

/** A success body, or the service error the request earns. */
export type RouteResult = { ok: true; body: Record<string, unknown> } | { ok: false; error: ServiceError };

/** What answering needs besides the request. */
export interface RouteContext {
  requestId: string;
  data: EmulatorData;
  /** Identifies the data set, so a NextToken of another data set is refused. */
  salt: string;
  /** The live state (`data` is its data set). */
  state: BuilderState;
}

/** True when `name` is an action of the spec. */
export function isAction(name: string): name is Action {
  return Object.hasOwn(operations, name);
}

/** `InvalidAction.NotFound` for a version that has no `action`; undefined when the spec's version is asked for. */
export function checkVersion(action: Action, version: string): ServiceError | undefined {
  const served = operations[action].version;
  if (version !== served) return actionNotFound(`Version ${version.slice(0, 32)} of Ecs has no ${action}; use ${served}.`);
  return undefined;
}

/** Answers one request of `action` (already authenticated) from `ctx.data`. Pure. */
export function route<A extends Action>(action: A, params: WireParams, ctx: RouteContext): RouteResult {
  const op: OperationSpec = operations[action];
  const read = readParams(op, params, (region) => servesRegion(ctx.data, region));
  if (!read.ok) return read;
  const input = validateRequest<OperationSpec, RequestOf<A>>(op, read.input);
  ctx.state.settle();
  // ClientToken (family reference §11): a token seen before answers as the first time, or is refused when
  // the parameters differ; only successes are remembered, so a refused request may be retried with its token.
  const tokenName = op.idempotencyToken;
  const token = tokenName ? read.input[tokenName] : undefined;
  const fingerprint = typeof token === 'string' ? requestFingerprint(read.input, tokenName!) : undefined;
  if (typeof token === 'string') {
    const seen = ctx.state.tokens.get(read.region, action, token);
    if (seen && seen.fingerprint === fingerprint) return { ok: true, body: { RequestId: ctx.requestId, ...seen.body } };
    if (seen) return { ok: false, error: mismatch(op, tokenName!) };
  }
  const handler = handlers[action];
  const result = handler(input, { region: read.region, data: regionData(ctx.data, read.region), state: ctx.state, now: ctx.state.clock.now() });
  if (!result.ok) return result;
  if ('body' in result) {
    if (typeof token === 'string') {
      ctx.state.tokens.set(read.region, action, token, { fingerprint: fingerprint!, body: { ...result.body } });
      ctx.state.changed();
    }
    return { ok: true, body: { RequestId: ctx.requestId, ...result.body } };
  }
  const { pagination } = op;
  // Items without paging rules would have no page size or token: a handler or spec bug, not a request's.
  if (!pagination) throw new Error(`emulator bug: ${action} returned items but has no x-acs-pagination`);
  return pageOf({ ...op, pagination }, read.input, result.items, ctx);
}

function mismatch(op: OperationSpec, tokenName: string): ServiceError {
  const code = documentedCode(op, ['IdempotentParameterMismatch'], 'InvalidParameter');
  return serviceError(code, `The specified parameter "${tokenName}" was used before with other parameters; use a new ${tokenName} for a different request.`);
}
