// Response normalization, driven by the response schema generated from the spec: tolerant of the shapes the
// service and its docs produce, never silent about a value it cannot coerce.
import { EcsResponseError, type EcsResponseErrorInit } from './errors.js';
import { define, own, responseRoot, type SchemaNode } from './spec.js';
import type { DescribeImagePipelinesResponse } from './types.js';

/** Where a response came from, added to the errors normalization raises. */
export type ResponseContext = Pick<EcsResponseErrorInit, 'httpStatus' | 'contentType'>;

/**
 * Coerces a parsed success body to the spec's types, keeping the wire structure (list wrappers stay):
 * `"1"` → `1` for integers, `"true"`/`"false"` → booleans, numbers → strings for string fields; a list wrapper
 * that is `{}`, holds a JSON-encoded array string (`"[\"1234567890\"]"`, as on the API page), a single scalar
 * or a single object becomes a real array; `null` counts as absent; unknown fields are kept as they are.
 * A value that cannot be coerced throws `EcsResponseError` naming its path
 * (`ImagePipeline.ImagePipelineSet[0].SystemDiskSize`); never `NaN`, never a silent drop.
 */
export function normalizeResponse(body: unknown, context: ResponseContext = {}): DescribeImagePipelinesResponse {
  try {
    if (!isRecord(body)) fail('', 'a JSON object', body);
    const out = normalizeObject(responseRoot, body, '');
    for (const name of responseRoot.required ?? []) {
      if (out[name] === undefined) throw new EcsResponseError(`The response has no ${name}`, { path: name });
    }
    return out as DescribeImagePipelinesResponse;
  } catch (e) {
    if (e instanceof EcsResponseError && context.httpStatus === undefined && context.contentType === undefined) throw e;
    // Add where the body came from; and, as a last line of defence, turn anything unexpected (a RangeError from
    // absurd nesting, say) into the one error type callers handle.
    const r = e instanceof EcsResponseError ? e : undefined;
    throw new EcsResponseError(r?.message ?? 'The response could not be normalized', { ...context, path: r?.path, retryable: false });
  }
}

function normalizeValue(schema: SchemaNode, value: unknown, path: string): unknown {
  if (value === null) return undefined;
  if (schema['x-acs-list-wrapper']) return normalizeWrapper(schema, value, path);
  switch (schema.type) {
    case 'string':
      if (typeof value === 'string') return value;
      if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean') return String(value);
      return fail(path, 'a string', value);
    case 'integer':
    case 'number': {
      const n = typeof value === 'number' ? value : typeof value === 'string' && NUMERIC[schema.type].test(value.trim()) ? Number(value) : Number.NaN;
      if (!Number.isFinite(n) || (schema.type === 'integer' && !Number.isInteger(n))) return fail(path, `${schema.type === 'integer' ? 'an integer' : 'a number'}`, value);
      if ((schema.minimum !== undefined && n < schema.minimum) || (schema.maximum !== undefined && n > schema.maximum)) {
        return fail(path, `a number in [${schema.minimum ?? '-∞'}, ${schema.maximum ?? '∞'}]`, value);
      }
      return n;
    }
    case 'boolean': {
      const b = typeof value === 'boolean' ? value : BOOLEANS.get(typeof value === 'string' ? value.trim().toLowerCase() : value);
      return b ?? fail(path, 'a boolean', value);
    }
    case 'array':
      if (!Array.isArray(value)) return fail(path, 'a list', value);
      return normalizeItems(schema, value, path);
    case 'object':
      return isRecord(value) ? normalizeObject(schema, value, path) : fail(path, 'an object', value);
    default:
      return value;
  }
}

const NUMERIC = { integer: /^-?\d+$/, number: /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/ };
// Alibaba's SDK also accepts 1/0 for booleans.
const BOOLEANS = new Map<unknown, boolean>([['true', true], ['false', false], [1, true], [0, false], ['1', true], ['0', false]]);

function normalizeObject(schema: SchemaNode, value: Record<string, unknown>, path: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    const sub = own(schema.properties, key);
    // Unknown fields are the service's newer additions: kept verbatim.
    const n = sub === undefined ? v : normalizeValue(sub, v, join(path, key));
    if (n !== undefined) define(out, key, n);
  }
  return out;
}

// An XML-derived list wrapper, `{ "Tag": [ … ] }`. Its single array property is found from the schema.
function normalizeWrapper(schema: SchemaNode, value: unknown, path: string): Record<string, unknown> {
  const [listKey, listSchema] = Object.entries(schema.properties ?? {}).find(([, s]) => s.type === 'array') ?? [];
  if (listKey === undefined || listSchema === undefined) return isRecord(value) ? normalizeObject(schema, value, path) : fail(path, 'an object', value);
  let wrapper = value;
  if (Array.isArray(value)) wrapper = { [listKey]: value };
  else if (typeof value === 'string') {
    // An empty XML element (`<Tags/>`) converts to "", a stringified list to "[…]".
    const parsed = value.trim() === '' ? [] : parseJson(value);
    if (Array.isArray(parsed)) wrapper = { [listKey]: parsed };
    else if (isRecord(parsed)) wrapper = parsed;
    else return fail(path, `a list wrapper {"${listKey}": [...]}`, value);
  }
  if (!isRecord(wrapper)) return fail(path, `a list wrapper {"${listKey}": [...]}`, value);
  const out = normalizeObject({ ...schema, properties: { ...schema.properties, [listKey]: { type: 'any' } } }, wrapper, path);
  define(out, listKey, normalizeItems(listSchema, toList(own(wrapper, listKey)), join(path, listKey)));
  return out;
}

// What a list property may hold on the wire: nothing, an array, a JSON-encoded array, or one item on its own
// (XML-to-JSON converters collapse a one-element list to the element).
function toList(raw: unknown): unknown[] {
  if (raw === undefined || raw === null) return [];
  if (Array.isArray(raw)) return raw;
  if (typeof raw === 'string' && raw.trim().startsWith('[')) {
    const parsed = parseJson(raw);
    if (Array.isArray(parsed)) return parsed;
  }
  return [raw];
}

// The API page's JSON sample splits one template across three elements (its fields in the first, `Tags` in
// the second, `AddAccounts`/`ToRegionIds` in the third), an artifact of the docs' XML-to-JSON conversion.
// An element without the identity field (the spec's `x-acs-identity`) that shares no field with the element
// before it is the rest of that element; real responses give every element its ID, so they are never merged.

function normalizeItems(schema: SchemaNode, raw: readonly unknown[], path: string): unknown[] {
  const items = schema.items;
  const out = raw.flatMap((v, i) => {
    const n = items ? normalizeValue(items, v, `${path}[${i}]`) : v;
    return n === undefined ? [] : [n];
  });
  const identity = items?.['x-acs-identity'];
  if (identity === undefined) return out;
  return out.reduce<unknown[]>((merged, item) => {
    const prev = merged[merged.length - 1];
    if (isRecord(prev) && isRecord(item) && !Object.hasOwn(item, identity) && Object.keys(item).every((k) => !Object.hasOwn(prev, k))) {
      for (const [k, v] of Object.entries(item)) define(prev, k, v);
    } else merged.push(item);
    return merged;
  }, []);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function fail(path: string, expected: string, value: unknown): never {
  const got = typeof value === 'string' ? `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}` : Array.isArray(value) ? 'a list' : value === null ? 'null' : typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
  throw new EcsResponseError(`The response field ${path || '(body)'} should be ${expected}, got ${got}`, { path: path || '(body)', retryable: false });
}
