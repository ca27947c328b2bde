// Typed request ⇄ wire parameters. On the way back the spec's `x-acs-style: repeatList` decides which
// parameters are lists (`Tag.1.Key`, `ImagePipelineId.1`), so a new repeat-list parameter needs no code here.
import { define, type OperationSpec, own, type SchemaNode } from '../spec.js';
import { isRecord } from '../text.js';
import type { WireParams } from '../types.js';

/**
 * Flattens a request into wire parameters, in the caller's order. Lists become `Name.N` (1-based) and object
 * fields `Name.Field`, so a repeat list of objects is `Tag.N.Key`, as Alibaba's `OpenApiUtil.query` flattens
 * them; that one rule covers every parameter the spec has (its `repeatList` ones are the only lists), so
 * even unvalidated input has one well-defined wire form. Empty strings are kept; `undefined` and `null` are
 * dropped (a dropped list item still uses up its index, as Alibaba's SDK does). Numbers and booleans are sent
 * as `String(value)`. Validate first: this function serializes whatever it is given.
 */
export function toWireParams(input: object): WireParams {
  const out: WireParams = [];
  const add = (name: string, value: unknown): unknown =>
    value == null
      ? 0
      : typeof value !== 'object'
        ? out.push([name, String(value)])
        : Object.entries(value).forEach(([k, v]) => add(`${name}.${Array.isArray(value) ? Number(k) + 1 : k}`, v));
  for (const [name, value] of Object.entries(input)) add(name, value);
  return out;
}

const LIST_ITEM = /^([^.]+)\.([1-9]\d{0,8})(?:\.([^.]+))?$/;

/**
 * Rebuilds a request of `op` from decoded wire parameters (the emulator's side). `Tag.N.*` become `Tag[]`
 * and `ImagePipelineId.N` a `string[]`, ordered by N; integer parameters become numbers when they are decimal
 * digits, booleans `true`/`false` booleans, and other values stay raw strings, so validation can report them;
 * unknown names are kept as they are. A name given twice becomes an array of its values, which validation
 * refuses.
 */
export function fromWireParams(op: OperationSpec, params: WireParams): Record<string, unknown> {
  const props = op.request.properties;
  const out: Record<string, unknown> = {};
  const lists = new Map<string, Map<number, unknown>>();
  for (const [name, value] of params) {
    const m = LIST_ITEM.exec(name);
    const list = m ? own(props, m[1]!) : undefined;
    const itemSchema = list?.['x-acs-style'] === 'repeatList' ? list.items : undefined;
    if (m && itemSchema && (m[3] === undefined || itemSchema.type === 'object')) {
      const items = lists.get(m[1]!) ?? new Map<number, unknown>();
      lists.set(m[1]!, items);
      const index = Number(m[2]);
      if (m[3] === undefined) addItem(items, index, coerce(itemSchema, value));
      else {
        const item = items.get(index);
        const fields = isRecord(item) ? item : {};
        if (!isRecord(item)) addItem(items, index, fields);
        add(fields, m[3], coerce(own(itemSchema.properties, m[3]), value));
      }
      continue;
    }
    add(out, name, coerce(own(props, name), value));
  }
  for (const [name, items] of lists) {
    add(out, name, [...items.entries()].sort((a, b) => a[0] - b[0]).map((e) => e[1]));
  }
  return out;
}

function coerce(schema: SchemaNode | undefined, value: string): unknown {
  if (schema?.type === 'integer' && /^-?\d+$/.test(value)) return Number(value);
  return schema?.type === 'boolean' && (value === 'true' || value === 'false') ? value === 'true' : value;
}

// A repeated name keeps every value (as an array) instead of silently keeping one.
function add(target: Record<string, unknown>, key: string, value: unknown): void {
  if (!Object.prototype.hasOwnProperty.call(target, key)) define(target, key, value);
  else define(target, key, [...[target[key]].flat(), value]);
}

function addItem(items: Map<number, unknown>, index: number, value: unknown): void {
  items.set(index, items.has(index) ? [...[items.get(index)].flat(), value] : value);
}
