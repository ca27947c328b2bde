// A @hey-api/openapi-ts plugin of our own: for every operation hey-api parses, it emits the runtime rules of
// the ACS RPC action (action, version, request and response rules, wire styles, errors, pagination) as one
// `as const` object, and the request type over the `@hey-api/typescript` types of the same run, so types and
// rules come from one parser and one source. Validation, flattening, normalization, the client, the emulator
// and the CLI read what this emits; nothing per operation is written by hand.
//
// It also hands the collected operations to the caller (`onOperations`), so scripts/generate.mjs writes the
// few per-package files (client commands and paginators, CLI help, emulator handler table) from the same list.
import { $, definePluginConfig } from '@hey-api/openapi-ts';

/** Keys of a schema that carry rules the runtime needs; prose and examples stay in the spec. */
const RULE_KEYS = new Set([
  'type', 'properties', 'items', 'required', 'minimum', 'maximum', 'minLength', 'maxLength', 'minItems',
  'maxItems', 'pattern', 'default', 'enum', 'additionalProperties', 'x-acs-list-wrapper', 'x-acs-style',
  // `title`: what is allowed, in words, where a pattern would not say it (`Tag.N.Key`'s rules).
  'title',
]);

/** Resolves every `$ref` of `node` against the raw spec. */
export function deref(spec, node) {
  if (Array.isArray(node)) return node.map((n) => deref(spec, n));
  if (!node || typeof node !== 'object') return node;
  if (typeof node.$ref === 'string') {
    const target = node.$ref.replace(/^#\//, '').split('/').reduce((o, k) => o?.[k], spec);
    if (!target) throw new Error(`unresolved $ref ${node.$ref}`);
    return deref(spec, target);
  }
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, deref(spec, v)]));
}

/** Strips a dereferenced schema down to its rules (keeps bundles small). */
export function rules(schema) {
  if (Array.isArray(schema)) return schema.map(rules);
  if (!schema || typeof schema !== 'object') return schema;
  const out = {};
  for (const [k, v] of Object.entries(schema)) {
    if (!RULE_KEYS.has(k)) continue;
    if (k === 'properties') out[k] = Object.fromEntries(Object.entries(v).map(([p, s]) => [p, rules(s)]));
    else if (k === 'items' || k === 'additionalProperties') out[k] = typeof v === 'object' ? rules(v) : v;
    else out[k] = v;
  }
  return out;
}

const lowerFirst = (s) => s[0].toLowerCase() + s.slice(1);

/** The description of every field of a struct parameter, by wire path without list indexes (`ImageOptions.ImageTags.Key`). */
function fieldDescriptions(schema, path, out = {}) {
  const s = schema.type === 'array' ? (schema.items ?? {}) : schema;
  for (const [name, field] of Object.entries(s.properties ?? {})) {
    const at = `${path}.${name}`;
    if (field.description) out[at] = field.description.trim();
    fieldDescriptions(field, at, out);
  }
  return out;
}

/**
 * Everything the generators need of one operation, read from the raw spec at the operation's path and method
 * (hey-api's IR gives the operation; its raw form keeps every vendor extension and JSON Schema rule as written).
 */
export function describeOperation(spec, path, method) {
  const pathItem = spec.paths[path];
  const op = pathItem[method];
  const action = op['x-acs-action'];
  if (!action) throw new Error(`${method.toUpperCase()} ${path} has no x-acs-action`);
  if (path !== `/${action}`) throw new Error(`${action}: its pseudo-path must be /${action}, not ${path}`);
  const params = deref(spec, [...(pathItem.parameters ?? []), ...(op.parameters ?? [])]).map((p) => {
    const style = p['x-acs-style'];
    return {
      name: p.name,
      required: p.required === true,
      schema: style ? { ...rules(p.schema), 'x-acs-style': style } : rules(p.schema),
      description: (p.description ?? p.schema?.description ?? '').trim(),
      example: p.example, // for the generated doc examples (scripts/generate.mjs), never for rules
      ...(style === 'flat' ? { fields: fieldDescriptions(p.schema, p.name) } : {}),
    };
  });
  // The action's own documented codes; the codes every action shares (its responses' lists) are emitted once.
  const errors = { ...(op['x-acs-error-codes'] ?? {}) };
  const success = deref(spec, op.responses['200']).content['application/json'].schema;
  const pagination = op['x-acs-pagination'];
  if (pagination) {
    for (const key of ['inputToken', 'pageSize']) {
      if (!params.some((p) => p.name === pagination[key])) throw new Error(`${action}: x-acs-pagination.${key} names no parameter`);
    }
    const [wrapper, list] = pagination.items.split('.');
    if (success.properties?.[wrapper]?.properties?.[list]?.type !== 'array') throw new Error(`${action}: x-acs-pagination.items is not a list of the response`);
  }
  const token = op['x-acs-idempotency-token'];
  if (token && !params.some((p) => p.name === token)) throw new Error(`${action}: x-acs-idempotency-token names no parameter`);
  if (op['x-acs-waiters'] && !pagination) throw new Error(`${action}: x-acs-waiters needs x-acs-pagination (the items it reads)`);
  return {
    id: op.operationId,
    action,
    method: lowerFirst(action),
    version: op['x-acs-version'],
    summary: (op.summary ?? '').trim(),
    description: (op.description ?? '').trim(),
    params,
    anyRequired: op['x-acs-any-required'],
    idempotencyToken: op['x-acs-idempotency-token'],
    readOnly: op['x-acs-read-only'] === true,
    waiters: op['x-acs-waiters'] && Object.entries(op['x-acs-waiters']).map(([name, w]) => ({ name, description: w.description ?? '', input: w.input, item: w.item, success: w.success, failure: w.failure })),
    errors,
    response: rules(success),
    pagination: pagination && { ...pagination, items: pagination.items.split('.') },
  };
}

/** The runtime rules of one operation, as emitted: no prose. */
function ruleObject(o) {
  return {
    action: o.action,
    version: o.version,
    request: {
      type: 'object',
      additionalProperties: false,
      required: o.params.filter((p) => p.required).map((p) => p.name),
      ...(o.anyRequired ? { 'x-acs-any-required': o.anyRequired } : {}),
      properties: Object.fromEntries(o.params.map((p) => [p.name, p.schema])),
    },
    response: o.response,
    errors: o.errors,
    ...(o.pagination ? { pagination: o.pagination } : {}),
    ...(o.idempotencyToken ? { idempotencyToken: o.idempotencyToken } : {}),
    ...(o.readOnly ? { readOnly: true } : {}),
    ...(o.waiters ? { waiters: Object.fromEntries(o.waiters.map(({ name, description: _d, ...w }) => [name, w])) } : {}),
  };
}

const handler = ({ plugin }) => {
  const spec = plugin.context.spec;
  const collected = [];
  const symbols = [];
  plugin.forEach('operation', (event) => {
    const { operation } = event;
    const o = describeOperation(spec, operation.path, operation.method);
    collected.push(o);
    const data = plugin.querySymbol({ category: 'type', resource: 'operation', resourceId: operation.id, role: 'data', tool: 'typescript' });
    const request = plugin.symbol(`${o.action}Request`);
    plugin.node(
      $.type.alias(request)
        .export()
        .doc([`The request of ${o.action}, in wire spelling (${o.summary}).`])
        .type($.type.idx($.type(data), $.type.literal('query'))),
    );
    const rulesSymbol = plugin.symbol(o.action);
    const response = plugin.querySymbol({ category: 'type', resource: 'operation', resourceId: operation.id, role: 'response' });
    symbols.push([o, rulesSymbol, request, response]);
    plugin.node(
      $.const(rulesSymbol)
        .export()
        .doc([`${o.action}: ${o.summary}. The action's runtime rules (no prose).`])
        .assign($.as($.fromValue(ruleObject(o)), 'const')),
    );
  });
  // Every operation in one map, for code that serves or lists all of them (the emulator, the CLI).
  const all = $.object();
  for (const [o, symbol] of symbols) all.prop(o.action, $(symbol));
  // The request and response type of every action, for code generic over actions (`Request<A>`, `Response<A>`).
  const types = $.type.object();
  for (const [o, , request, response] of symbols) {
    types.prop(o.action, (p) => p.type($.type.object().prop('request', (q) => q.type($.type(request))).prop('response', (q) => q.type($.type(response)))));
  }
  plugin.node($.type.alias(plugin.symbol('OperationTypes')).export().doc(['The request and response types of every action.']).type(types));
  plugin.node($.const(plugin.symbol('operations')).export().doc(['Every operation of the spec, by action.']).assign(all));
  // Parameters every action has with the same rules (`RegionId`): what the client checks its `regionId` option
  // against without naming an action.
  const [first, ...rest] = collected;
  const shared = Object.fromEntries(
    (first?.params ?? [])
      .filter((p) => rest.every((o) => o.params.some((q) => q.name === p.name && JSON.stringify(q.schema) === JSON.stringify(p.schema))))
      .map((p) => [p.name, p.schema]),
  );
  plugin.node($.const(plugin.symbol('sharedParameters')).export().doc(['The parameters every action has, with their common rules.']).assign($.as($.fromValue(shared), 'const')));
  // The error codes of the shared responses (`x-acs-error-codes` lists), with their HTTP status.
  const common = {};
  for (const o of collected) {
    const op = spec.paths[`/${o.action}`].get;
    for (const [status, response] of Object.entries(deref(spec, op.responses))) {
      for (const code of response['x-acs-error-codes'] ?? []) common[code] = Number(status);
    }
  }
  plugin.node($.const(plugin.symbol('commonErrors')).export().doc(['Error codes any action may answer, with their HTTP status; each action lists its own in `errors`.']).assign($.as($.fromValue(common), 'const')));
  const errorBody = rules(deref(spec, spec.components.schemas.EcsErrorBody));
  plugin.node($.const(plugin.symbol('errorBodySchema')).export().doc(['The error body of every action (rules only).']).assign($.as($.fromValue(errorBody), 'const')));
  plugin.config.onOperations?.(collected);
};

/** `acs-operations`: emits `operations.gen.ts`. `onOperations` receives the operations it described. */
export const acsOperations = definePluginConfig({
  name: 'acs-operations',
  output: 'operations',
  config: {},
  dependencies: ['@hey-api/typescript'],
  handler,
});
