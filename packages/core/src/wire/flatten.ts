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

const INDEX = /^[1-9]\d{0,8}$/;

/** A list being rebuilt: its items by 1-based wire index, made an array (ordered by index) at the end. */
class Slots extends Map<number, unknown> {}

/**
 * Rebuilds a request of `op` from decoded wire parameters (the emulator's side), following the request's
 * rules: `Tag.N.*` become `Tag[]`, `ImagePipelineId.N` a `string[]`, `ImageOptions.ImageTags.N.Key` a nested
 * object with a list, lists ordered by N (1 to 999999999, no leading zeros). Only parameters with a wire style
 * (`repeatList`, `flat`) are rebuilt; integer values become numbers when they are decimal digits, booleans
 * `true`/`false` booleans, and other values stay raw strings, so validation can report them. A name that does
 * not fit the rules (`RegionId.1`, `Tag.0.Key`) is kept as it is, and so refused as unknown. A name given twice
 * becomes an array of its values, which validation refuses.
 */
export function fromWireParams(op: OperationSpec, params: WireParams): Record<string, unknown> {
  const props = op.request.properties;
  const out: Record<string, unknown> = {};
  for (const [name, value] of params) {
    const parts = name.split('.');
    const path = parts.length > 1 ? schemaPath(own(props, parts[0]!), parts) : undefined;
    if (!path || !place(out, parts, path, value)) add(out, name, coerce(own(props, name), value));
  }
  return finalize(out) as Record<string, unknown>;
}

/** The schema of each segment of `parts` (the parameter's, then each field's or item's), or undefined when they do not fit. */
function schemaPath(top: SchemaNode | undefined, parts: readonly string[]): SchemaNode[] | undefined {
  const style = top?.['x-acs-style'];
  if (style !== 'repeatList' && style !== 'flat') return undefined;
  const path = [top!];
  for (const part of parts.slice(1)) {
    const s = path[path.length - 1]!;
    const next = s.type === 'array' ? (INDEX.test(part) ? s.items : undefined) : s.type === 'object' ? own(s.properties, part) : undefined;
    if (!next) return undefined;
    path.push(next);
  }
  return path;
}

/** Puts `value` at `parts` into `out`, making the objects and lists on the way; false on a clash of shapes. */
function place(out: Record<string, unknown>, parts: readonly string[], path: readonly SchemaNode[], value: string): boolean {
  let container: Record<string, unknown> | Slots = out;
  let key: string | number = parts[0]!;
  for (let i = 1; i < parts.length; i++) {
    const list = path[i - 1]!.type === 'array';
    const existing: unknown = container instanceof Slots ? container.get(key as number) : own(container, key as string);
    const fits: boolean = list ? existing instanceof Slots : isRecord(existing) && !(existing instanceof Slots);
    if (existing !== undefined && !fits) return false;
    const node: Record<string, unknown> | Slots = fits ? (existing as Record<string, unknown> | Slots) : list ? new Slots() : {};
    if (!fits) set(container, key, node);
    container = node;
    key = list ? Number(parts[i]) : parts[i]!;
  }
  const leaf = coerce(path[path.length - 1], value);
  if (container instanceof Slots) container.set(key as number, container.has(key as number) ? [...[container.get(key as number)].flat(), leaf] : leaf);
  else add(container, key as string, leaf);
  return true;
}

function set(container: Record<string, unknown> | Slots, key: string | number, value: unknown): void {
  if (container instanceof Slots) container.set(key as number, value);
  else define(container, key as string, value);
}

/** Lists in wire order, recursively. */
function finalize(v: unknown): unknown {
  if (v instanceof Slots) return [...v.entries()].sort((a, b) => a[0] - b[0]).map((e) => finalize(e[1]));
  if (isRecord(v)) for (const k of Object.keys(v)) if (v[k] instanceof Slots || isRecord(v[k])) define(v, k, finalize(v[k]));
  return v;
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
