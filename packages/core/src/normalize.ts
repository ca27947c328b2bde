// Response normalization, driven by the response schema generated from the spec: tolerant of the shapes the
// service and its docs produce, never silent about a value it cannot coerce.
import { EcsResponseError, type EcsResponseErrorInit } from './errors.js';
import type { OperationSpec, SchemaNode } from './spec.js';
import { define, describe, isRecord, kind } from './text.js';
import type { ResponseOfOp } from './types.js';

/** Where a response came from, added to the errors normalization raises. */
export type ResponseContext = Pick<EcsResponseErrorInit, 'httpStatus' | 'contentType'>;

/**
 * Coerces a parsed success body of `op` to the spec's types, keeping the wire structure (list wrappers stay):
 * `"1"` → `1` for integers, `"true"`/`"false"`/`1`/`0` → booleans, numbers → strings for string fields; a list
 * wrapper that is `{}`, `""`, a bare array, holds a JSON-encoded array string (`"[\"1234567890\"]"`, as on the
 * API page), a single scalar or a single object becomes a real array; `null` counts as absent; unknown fields
 * are kept as they are. A value that cannot be coerced throws `EcsResponseError` naming its path
 * (`ImagePipeline.ImagePipelineSet[0].SystemDiskSize`); never `NaN`, never a silent drop.
 */
export function normalizeResponse<O extends OperationSpec, T = ResponseOfOp<O>>(op: O, body: unknown, context: ResponseContext = {}): T {
  const root = op.response;
  try {
    if (!isRecord(body)) fail('', 'a JSON object', body);
    // The usual page is already well-typed: one check without allocations, then the body as it is.
    const out = (conforms(root, body) ? body : value(root, body, '')) as Record<string, unknown>;
    for (const name of root.required ?? []) if (out[name] === undefined) throw new EcsResponseError(`The response has no ${name}`, { path: name });
    return out as T;
  } catch (e) {
    // Add where the body came from; and, as a last line of defence, turn anything unexpected (a RangeError
    // from absurd nesting, say) into the one error type callers handle.
    const r = e instanceof EcsResponseError ? e : undefined;
    throw new EcsResponseError(r?.message ?? 'The response could not be normalized', { ...context, path: r?.path });
  }
}

/** The usual case: a scalar that already has its schema's type (and range) is kept as it is, uncopied. */
function fits(s: SchemaNode, v: unknown): boolean {
  const { type } = s;
  switch (typeof v) {
    case 'string':
      return type === 'string';
    case 'boolean':
      return type === 'boolean';
    case 'number':
      return (type === 'number' ? Number.isFinite(v) : type === 'integer' && Number.isInteger(v)) && !(v < s.minimum!) && !(v > s.maximum!);
    default:
      return false;
  }
}

// The array property of each list wrapper, found once per schema node rather than once per value.
const listKeys = new WeakMap<SchemaNode, string>();
const listKey = (s: SchemaNode): string => {
  let key = listKeys.get(s);
  if (key === undefined) listKeys.set(s, (key = Object.keys(s.properties!).find((k) => s.properties![k]!.type === 'array')!));
  return key;
};

/**
 * Whether `v` would come out of `value` unchanged: every known field already has its type, no `null`, every
 * list wrapper holds its list. No path strings, no copies: the
 * normal page costs one walk (the full normalizer runs only when something needs coercing).
 */
export function conforms(s: SchemaNode, v: unknown): boolean {
  if (fits(s, v)) return true;
  const { type, properties } = s;
  if (type === 'object' && isRecord(v)) {
    if (s['x-acs-list-wrapper'] && !Array.isArray(v[listKey(s)])) return false;
    for (const key in v) {
      const sub = properties && Object.hasOwn(properties, key) ? properties[key] : undefined;
      if (sub && !conforms(sub, v[key])) return false;
    }
    return true;
  }
  if (type === 'array' && Array.isArray(v)) {
    const item = s.items ?? {};
    for (const x of v) if (!conforms(item, x)) return false;
    return true;
  }
  return !type && v !== null;
}

/** The full normalizer of one value (`path` names it in errors); exported, like `conforms`, for the test that proves them equal. */
export function value(s: SchemaNode, v: unknown, path: string): unknown {
  const { type, minimum: lo, maximum: hi, properties } = s;
  if (fits(s, v)) return v;
  if (v === null) return undefined;
  if (s['x-acs-list-wrapper']) {
    // An XML-derived list wrapper, `{ "Tag": [ … ] }`, its array property named by the schema. An empty XML
    // element (`<Tags/>`) converts to "", a stringified wrapper or list to "{…}" / "[…]", and a converter
    // may drop the wrapper and give the bare list; an absent list is an empty one.
    const key = listKey(s);
    const w = typeof v === 'string' ? (v.trim() ? json(v) : {}) : v;
    const record = Array.isArray(w) ? { [key]: w } : w;
    if (!isRecord(record)) fail(path, `a list wrapper {"${key}": [...]}`, v);
    const out = object(s, record, path);
    // Spread defines own properties (a `__proto__` key stays data), and leaves the caller's object alone.
    return Array.isArray(out[key]) ? out : { ...out, [key]: [] };
  }
  // What a scalar says, as text: numbers as written, strings trimmed (`" 40 "` is 40, `""` is nothing).
  const text = typeof v === 'string' ? v.trim() : typeof v === 'number' ? `${v}` : undefined;
  const parsed = typeof v === 'string' && text![0] === '[' ? json(text!) : undefined;
  const n =
    type === 'string'
      ? typeof v === 'string' || typeof v === 'boolean' || Number.isFinite(v) ? String(v) : undefined
      : type === 'integer' || type === 'number'
        ? typeof v === 'number' || !text ? v : Number(text)
        : type === 'boolean'
          ? // Alibaba's SDK also accepts 1/0 for booleans.
            typeof v === 'boolean' ? v : /^(true|1)$/i.test(text!) ? true : /^(false|0)$/i.test(text!) ? false : undefined
          : type === 'array'
            ? // A list may come JSON-encoded ("[\"1234567890\"]", as on the API page), or as its one item alone
              // (XML-to-JSON converters collapse a one-element list to the element).
              items(s, Array.isArray(v) ? v : Array.isArray(parsed) ? parsed : [v], path)
            : type === 'object'
              ? isRecord(v) ? object(s, v, path) : undefined
              : v;
  if (n === undefined || (typeof n === 'number' ? !Number.isFinite(n) || (type === 'integer' && !Number.isInteger(n)) : type === 'integer' || type === 'number')) {
    fail(path, kind(type!), v);
  }
  return typeof n === 'number' && (n < lo! || n > hi!) ? fail(path, `a number in [${lo ?? '-∞'}, ${hi ?? '∞'}]`, v) : n;
}

// Copy on write: an object (or list) whose every value already has its type is returned as it is, so a
// well-formed page costs little more than JSON.parse; the first value that changes copies its object, and
// the caller's input is never modified.
function object(s: SchemaNode, v: Record<string, unknown>, path: string): Record<string, unknown> {
  let out: Record<string, unknown> | undefined;
  const props = s.properties;
  for (const key of Object.keys(v)) {
    const x = v[key];
    const sub = props && Object.hasOwn(props, key) ? props[key] : undefined;
    // Unknown fields are the service's newer additions: kept verbatim. The path is built only for values
    // that need more than a type check.
    const n = !sub || fits(sub, x) ? x : value(sub, x, path ? `${path}.${key}` : key);
    if (n === x) continue;
    out ??= { ...v };
    // Plain assignment is several times faster than defineProperty; only `__proto__` would hit a setter.
    if (n === undefined) delete out[key];
    else key === '__proto__' ? define(out, key, n) : (out[key] = n);
  }
  return out ?? v;
}

// Each item normalized; the list is copied only when an item changes or drops out (`null`). An item is never
// merged with another: the API page's JSON sample splits one template across three elements (a doc
// generator's artifact), and real responses never do, so a split sample stays split rather than being
// silently restructured.
function items(s: SchemaNode, raw: readonly unknown[], path: string): unknown[] {
  const item = s.items ?? {};
  const out: unknown[] = [];
  let same = true;
  raw.forEach((x, i) => {
    const n = value(item, x, `${path}[${i}]`);
    if (n !== undefined) same = out.push(n) === i + 1 && n === x && same;
    else same = false;
  });
  return same ? (raw as unknown[]) : out;
}

function json(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function fail(path: string, expected: string, v: unknown): never {
  throw new EcsResponseError(`The response field ${path || '(body)'} should be ${expected}, got ${describe(v)}`, { path: path || '(body)' });
}
