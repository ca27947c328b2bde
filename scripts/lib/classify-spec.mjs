// Classifies every difference between two versions of the OpenAPI description as major, minor or patch:
// operations, their request parameters, responses, error codes (`x-acs-error-codes`), the operation
// extensions the generators read (`x-acs-pagination`, `x-acs-any-required`, `x-acs-idempotency-token`,
// `x-acs-read-only`, `x-acs-waiters`; a parameter's `x-acs-style` is its wire form), and the top-level parts
// the SDK reads (servers, security). Schemas are compared by ./schema-diff.mjs. Pure: specs in,
// changes out.
//
// Components are not walked on their own: what matters to a user is what an operation sends and returns,
// and every component that matters is reached (through `$ref`) from an operation. An unused component
// changes no generated code a user calls.
import { createLog, deepEqual, show } from './changes.mjs';
import { resolveRef } from './refs.mjs';
import { DOC_KEYS, diffSchema, typeLabel } from './schema-diff.mjs';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
/** Request parameter keys that decide the wire form; changing one breaks callers. */
const WIRE_KEYS = ['style', 'explode', 'x-acs-style', 'allowReserved', 'allowEmptyValue', 'content'];
/** Operation keys that name the call; changing one breaks generated code or the wire. */
const IDENTITY_KEYS = ['operationId', 'x-acs-action', 'x-acs-version', 'security', 'requestBody', 'servers'];

/**
 * Every classified difference between two parsed OpenAPI documents, most severe first.
 * @returns {import('./changes.mjs').Change[]}
 */
export function classifySpecChanges(oldSpec, newSpec) {
  const log = createLog();
  const ctx = { oldSpec, newSpec, log };
  diffTopLevel(ctx);
  const oldOps = operations(oldSpec);
  const newOps = operations(newSpec);
  for (const key of oldOps.keys()) if (!newOps.has(key)) log.add('major', `operation ${key}`, 'removed');
  for (const [key, n] of newOps) {
    const o = oldOps.get(key);
    if (o) diffOperation(ctx, key, o, n);
    else log.add('minor', `operation ${key}`, 'new operation');
  }
  return log.list();
}

/** `GET /` → the operation, its path item and its parameters (path-level ones overridden by its own). */
function operations(spec) {
  const out = new Map();
  for (const [path, rawItem] of Object.entries(spec.paths ?? {})) {
    const item = resolveRef(spec, rawItem).node;
    for (const m of METHODS) {
      if (!item[m]) continue;
      const params = new Map();
      for (const raw of [...(item.parameters ?? []), ...(item[m].parameters ?? [])]) {
        const p = resolveRef(spec, raw).node;
        params.set(`${p.in}:${p.name}`, p);
      }
      out.set(`${m.toUpperCase()} ${path}`, { path, item, op: item[m], params });
    }
  }
  return out;
}

function diffOperation(ctx, key, o, n) {
  const at = `operation ${key}`;
  for (const k of ['summary', 'description']) {
    if (!deepEqual(o.item[k], n.item[k])) ctx.log.add('patch', `path ${o.path}`, `${k} changed`);
  }
  for (const k of new Set([...Object.keys(o.op), ...Object.keys(n.op)])) {
    const [va, vb] = [o.op[k], n.op[k]];
    // Error codes (the operation's own `x-acs-error-codes` too) are compared code by code below.
    if (k === 'parameters' || k === 'responses' || k === 'x-acs-error-codes' || deepEqual(va, vb)) continue;
    if (k === 'x-acs-any-required') diffAnyRequired(ctx, at, va, vb);
    else if (k === 'x-acs-pagination') diffPagination(ctx, at, va, vb);
    else if (k === 'x-acs-idempotency-token') diffIdempotencyToken(ctx, at, va, vb);
    else if (k === 'x-acs-read-only') diffReadOnly(ctx, at, va, vb);
    else if (k === 'x-acs-waiters') diffWaiters(ctx, at, va, vb);
    else if (DOC_KEYS.has(k) || k === 'tags') ctx.log.add('patch', at, `${k} changed`);
    else if (k === 'deprecated') ctx.log.add('minor', at, vb ? 'deprecated' : 'no longer deprecated');
    else if (IDENTITY_KEYS.includes(k)) ctx.log.add('major', at, `${k} changed ${show(va)} → ${show(vb)}`);
    else ctx.log.add('major', at, `${k} changed ${show(va)} → ${show(vb)} (not classified; treated as breaking)`);
  }
  diffParameters(ctx, o.params, n.params);
  diffResponses(ctx, o.op.responses ?? {}, n.op.responses ?? {});
  diffErrorCodes(ctx, errorCodes(ctx.oldSpec, o.op), errorCodes(ctx.newSpec, n.op));
}

/**
 * `x-acs-any-required: [A, B]` (at least one of A, B): a new rule, or a name dropped from it, can refuse a call
 * that was valid (major); a name added to it, or the rule removed, only accepts more (minor).
 */
function diffAnyRequired(ctx, at, a, b) {
  if (!a) return ctx.log.add('major', at, `x-acs-any-required ${show(b)} added (narrowed)`);
  if (!b) return ctx.log.add('minor', at, `x-acs-any-required ${show(a)} removed (widened)`);
  const removed = a.filter((x) => !b.includes(x));
  const added = b.filter((x) => !a.includes(x));
  if (removed.length) ctx.log.add('major', at, `x-acs-any-required no longer accepts ${removed.join(', ')} (narrowed)`);
  if (added.length) ctx.log.add('minor', at, `x-acs-any-required also accepts ${added.join(', ')} (widened)`);
}

/**
 * `x-acs-pagination` decides the generated paginators and item iterators: a new one adds methods (minor);
 * removing or changing one removes or changes generated code callers use (major).
 */
function diffPagination(ctx, at, a, b) {
  if (!a) ctx.log.add('minor', at, 'x-acs-pagination added (new paginator)');
  else if (!b) ctx.log.add('major', at, 'x-acs-pagination removed (its paginator is gone)');
  else {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (!deepEqual(a[k], b[k])) ctx.log.add('major', at, `x-acs-pagination ${k} changed ${show(a[k])} → ${show(b[k])}`);
    }
  }
}

/**
 * `x-acs-idempotency-token` names the parameter that makes a write idempotent: the service answers a repeat
 * carrying the same token with the first outcome, and the client fills one in per call and resends it on every
 * retry. A new token only adds a guarantee (retries of that write become safe; a caller's code is unchanged):
 * minor. Removing it takes the guarantee away from callers who resend with their own token and from the
 * client's retries; naming another parameter moves it to a parameter callers have not been sending: major.
 */
function diffIdempotencyToken(ctx, at, a, b) {
  if (a === undefined) ctx.log.add('minor', at, `x-acs-idempotency-token ${show(b)} added (the client fills it in; retries become safe)`);
  else if (b === undefined) ctx.log.add('major', at, `x-acs-idempotency-token ${show(a)} removed (the write is no longer idempotent)`);
  else ctx.log.add('major', at, `x-acs-idempotency-token changed ${show(a)} → ${show(b)}`);
}

/**
 * `x-acs-read-only: true` says the action changes nothing, so the client retries any failed attempt, even one
 * the service may have executed. What breaks a client?
 * - Added: the spec now promises what it did not before. The client retries more (an outcome-unknown failure
 *   is resent instead of reported), which is harmless for an action that changes nothing; a caller's code
 *   compiles and behaves as before, only failing less. A new action with the flag is a minor change too, so the
 *   flag alone cannot make one breaking: minor. (The danger of a wrong flag, resending a write, is a spec error
 *   that review of the action must catch, not a release class.)
 * - Removed: a promise is withdrawn: the action may now change something. Callers that retry it themselves
 *   because it was read-only may now repeat a side effect, and the client stops retrying it when the outcome is
 *   unknown (it reports `outcomeUnknown` errors that callers never saw for this action): major.
 * Only `true` counts (the generators read `=== true`), so `false` and an absent key are the same.
 */
function diffReadOnly(ctx, at, a, b) {
  if ((a === true) === (b === true)) ctx.log.add('patch', at, `x-acs-read-only changed ${show(a)} → ${show(b)} (no effect: only true counts)`);
  else if (b === true) ctx.log.add('minor', at, 'x-acs-read-only added (the client may retry any failed attempt)');
  else ctx.log.add('major', at, 'x-acs-read-only removed (the action may change something; retried only when not executed)');
}

/**
 * `x-acs-waiters`: each waiter generates `waitUntil<Name>`. A new waiter adds a method (minor); a removed one
 * takes a method away (major). Within a waiter, its states decide when a wait resolves (`success`) or rejects
 * (`failure`), and `input`/`item` what it sends and reads: changing any of them changes what callers' waits
 * return (major). Its description is prose (patch).
 */
function diffWaiters(ctx, at, a = {}, b = {}) {
  for (const name of Object.keys(a)) if (!(name in b)) ctx.log.add('major', at, `waiter ${name} removed (waitUntil${name} is gone)`);
  for (const [name, wb] of Object.entries(b)) {
    const wa = a[name];
    if (!wa) {
      ctx.log.add('minor', at, `new waiter ${name} (waitUntil${name})`);
      continue;
    }
    for (const k of new Set([...Object.keys(wa), ...Object.keys(wb)])) {
      if (deepEqual(wa[k], wb[k])) continue;
      if (k === 'description') ctx.log.add('patch', at, `waiter ${name} description changed`);
      else if (k === 'success' || k === 'failure') ctx.log.add('major', at, `waiter ${name} ${k} states changed ${show(wa[k])} → ${show(wb[k])}`);
      else if (k === 'input' || k === 'item') ctx.log.add('major', at, `waiter ${name} ${k} changed ${show(wa[k])} → ${show(wb[k])}`);
      else ctx.log.add('major', at, `waiter ${name} ${k} changed ${show(wa[k])} → ${show(wb[k])} (not classified; treated as breaking)`);
    }
  }
}

function diffParameters(ctx, oldParams, newParams) {
  const subject = (p) => `parameter ${p.name}${p.in === 'query' ? '' : ` (in ${p.in})`}`;
  for (const [k, p] of oldParams) if (!newParams.has(k)) ctx.log.add('major', subject(p), 'removed');
  for (const [k, b] of newParams) {
    const a = oldParams.get(k);
    const at = subject(b);
    if (!a) {
      const style = b['x-acs-style'] ? `, ${b['x-acs-style']}` : '';
      const type = `${typeLabel(ctx.newSpec, b.schema)}${style}`;
      if (b.required) ctx.log.add('major', at, `new required parameter (${type})`);
      else ctx.log.add('minor', at, `new optional parameter (${type})`);
      continue;
    }
    if (Boolean(a.required) !== Boolean(b.required)) {
      ctx.log.add(b.required ? 'major' : 'minor', at, b.required ? 'became required' : 'became optional');
    }
    if (Boolean(a.deprecated) !== Boolean(b.deprecated)) ctx.log.add('minor', at, b.deprecated ? 'deprecated' : 'no longer deprecated');
    for (const w of WIRE_KEYS) {
      if (!deepEqual(a[w], b[w])) ctx.log.add('major', at, `${w} changed ${show(a[w])} → ${show(b[w])} (wire form)`);
    }
    for (const d of DOC_KEYS) if (!deepEqual(a[d], b[d])) ctx.log.add('patch', at, `${d === 'example' ? 'examples' : d} changed`);
    diffSchema(ctx, a.schema, b.schema, at, 'request');
  }
}

function diffResponses(ctx, oldResponses, newResponses) {
  for (const status of Object.keys(oldResponses)) {
    if (!(status in newResponses)) ctx.log.add('major', `response ${status}`, 'removed');
  }
  for (const [status, rawB] of Object.entries(newResponses)) {
    const at = `response ${status}`;
    if (!(status in oldResponses)) {
      ctx.log.add('minor', at, 'new response');
      continue;
    }
    const a = resolveRef(ctx.oldSpec, oldResponses[status]).node;
    const b = resolveRef(ctx.newSpec, rawB).node;
    if (!deepEqual(a.description, b.description)) ctx.log.add('patch', at, 'description changed');
    diffMap(ctx, a.headers, b.headers, `${at} header`, (ha, hb, hat) => {
      const [x, y] = [resolveRef(ctx.oldSpec, ha).node, resolveRef(ctx.newSpec, hb).node];
      if (!deepEqual(x.description, y.description)) ctx.log.add('patch', hat, 'description changed');
      diffSchema(ctx, x.schema, y.schema, hat, 'response');
    });
    diffMap(ctx, a.content, b.content, `${at} media type`, (ma, mb, mat) => {
      if (!deepEqual(ma.examples, mb.examples) || !deepEqual(ma.example, mb.example)) ctx.log.add('patch', at, 'examples changed');
      diffSchema(ctx, ma.schema, mb.schema, `${at} body`, 'response');
      if (!deepEqual(ma.encoding, mb.encoding)) ctx.log.add('major', mat, 'encoding changed');
    });
    if (!deepEqual(a.links, b.links)) ctx.log.add('minor', at, 'links changed');
  }
}

/** Compares two name → entry maps: removed is major, new is minor, both present goes to `both`. */
function diffMap(ctx, ma = {}, mb = {}, what, both) {
  for (const k of Object.keys(ma)) if (!(k in mb)) ctx.log.add('major', `${what} ${k}`, 'removed');
  for (const k of Object.keys(mb)) {
    if (k in ma) both(ma[k], mb[k], `${what} ${k}`);
    else ctx.log.add('minor', `${what} ${k}`, 'new');
  }
}

/**
 * Service error code → HTTP status, from the `x-acs-error-codes` of each response (codes every action shares)
 * and of the operation itself (`{ code: status }`, the action's own codes).
 */
function errorCodes(spec, op) {
  const out = new Map();
  for (const [status, raw] of Object.entries(op.responses ?? {})) {
    for (const code of resolveRef(spec, raw).node['x-acs-error-codes'] ?? []) out.set(code, status);
  }
  for (const [code, status] of Object.entries(op['x-acs-error-codes'] ?? {})) out.set(code, String(status));
  return out;
}

function diffErrorCodes(ctx, a, b) {
  for (const [code, status] of a) {
    if (!b.has(code)) ctx.log.add('major', `error code ${code}`, `removed (was HTTP ${status})`);
    else if (b.get(code) !== status) ctx.log.add('major', `error code ${code}`, `HTTP status changed ${status} → ${b.get(code)}`);
  }
  for (const [code, status] of b) if (!a.has(code)) ctx.log.add('minor', `error code ${code}`, `new error code (HTTP ${status})`);
}

function diffTopLevel(ctx) {
  const [a, b] = [ctx.oldSpec, ctx.newSpec];
  for (const k of new Set([...Object.keys(a.info ?? {}), ...Object.keys(b.info ?? {})])) {
    if (!deepEqual(a.info?.[k], b.info?.[k])) ctx.log.add('patch', 'info', `${k} changed`);
  }
  for (const k of ['openapi', 'tags', 'externalDocs', 'jsonSchemaDialect']) {
    if (!deepEqual(a[k], b[k])) ctx.log.add('patch', k, 'changed');
  }
  if (!deepEqual(a.security, b.security)) ctx.log.add('major', 'security', `changed ${show(a.security)} → ${show(b.security)}`);
  if (!deepEqual(a.webhooks, b.webhooks)) ctx.log.add('major', 'webhooks', 'changed (not classified; treated as breaking)');
  const byUrl = (servers = []) => Object.fromEntries(servers.map((s) => [s.url, s]));
  diffMap(ctx, byUrl(a.servers), byUrl(b.servers), 'server', (sa, sb, at) => diffDocsOr(ctx, sa, sb, at, 'minor'));
  diffMap(ctx, a.components?.securitySchemes, b.components?.securitySchemes, 'security scheme', (sa, sb, at) =>
    diffDocsOr(ctx, sa, sb, at, 'major'));
}

/** Patch when only prose differs, else `level`. For flat objects without property maps (servers, schemes). */
function diffDocsOr(ctx, a, b, at, level) {
  if (deepEqual(a, b)) return;
  ctx.log.add(deepEqual(stripDocs(a), stripDocs(b)) ? 'patch' : level, at, 'changed');
}

function stripDocs(v) {
  if (Array.isArray(v)) return v.map(stripDocs);
  if (!v || typeof v !== 'object') return v;
  return Object.fromEntries(Object.entries(v).filter(([k]) => !DOC_KEYS.has(k)).map(([k, x]) => [k, stripDocs(x)]));
}
