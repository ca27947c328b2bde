// Classifies the differences between two versions of one JSON Schema (a parameter's schema or a response
// body), recursing through properties, items and `$ref`s. Pure: it only writes to the change log it is given.
//
// The rule of thumb: anything that can make a valid old call invalid, or break code that reads an old
// response, is major (removed fields, changed types, narrowed ranges, new requirements); anything that only
// adds or widens is minor; prose is patch. Range rules apply the same way to requests and responses, as the
// release policy in CONTRIBUTING.md states: the generated validators and normalizer enforce both.
import { deepEqual, show } from './changes.mjs';
import { resolveRef } from './refs.mjs';

/**
 * Prose and samples: a change here never changes what the SDK accepts or returns. `title` reaches the generated
 * rules (it words what a pattern allows, in a validation error's `allowed`), but only as text: still patch.
 */
export const DOC_KEYS = new Set(['description', 'title', 'summary', 'example', 'examples', '$comment', 'externalDocs']);
/** Raising one of these narrows what is valid. */
const LOWER_BOUNDS = ['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties'];
/** Lowering one of these narrows what is valid. */
const UPPER_BOUNDS = ['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties'];
const HANDLED = new Set([
  ...DOC_KEYS, ...LOWER_BOUNDS, ...UPPER_BOUNDS,
  '$ref', 'type', 'properties', 'required', 'items', 'additionalProperties', 'enum', 'pattern', 'default', 'deprecated',
]);

/**
 * @typedef {import('./changes.mjs').Level} Level
 * @typedef {{ oldSpec: any, newSpec: any, log: { add(level: Level, subject: string, what: string): void } }} DiffContext
 * @typedef {'request' | 'response'} Direction
 */

/**
 * Logs every classified difference between `oldRaw` and `newRaw` (either may hold a `$ref`).
 * @param {DiffContext} ctx
 * @param {string} subject where the schema sits, e.g. `parameter MaxResults` (replaced by the component
 *   name when both sides are the same `components/schemas` entry, so shared schemas are reported once)
 * @param {Direction} dir whether the schema describes what callers send or what they read
 */
export function diffSchema(ctx, oldRaw, newRaw, subject, dir, stack = new Set()) {
  const o = resolveRef(ctx.oldSpec, oldRaw);
  const n = resolveRef(ctx.newSpec, newRaw);
  if (o.name && o.name === n.name) subject = o.name;
  if (o.ref && n.ref) {
    // Recursive schemas: a pair of references already being compared further up needs no second look.
    const key = `${o.ref}|${n.ref}`;
    if (stack.has(key)) return;
    stack = new Set(stack).add(key);
  }
  const a = o.node ?? {};
  const b = n.node ?? {};
  const add = (level, what, at = subject) => ctx.log.add(level, at, what);
  if (typeof a !== 'object' || typeof b !== 'object') {
    if (!deepEqual(a, b)) add('major', `schema changed ${show(a)} → ${show(b)}`);
    return;
  }

  const ta = typesOf(a);
  const tb = typesOf(b);
  if (!deepEqual(ta, tb)) {
    // Nothing below a type change is worth listing: the field is a different thing now.
    add('major', `type changed ${ta.join('|') || 'any'} → ${tb.join('|') || 'any'}`);
    return;
  }

  for (const k of LOWER_BOUNDS) diffBound(add, k, a[k], b[k], (x, y) => y > x);
  for (const k of UPPER_BOUNDS) diffBound(add, k, a[k], b[k], (x, y) => y < x);
  diffEnum(add, a.enum, b.enum);
  diffPattern(add, a.pattern, b.pattern);
  diffDefault(add, a.default, b.default);
  if (Boolean(a.deprecated) !== Boolean(b.deprecated)) add('minor', b.deprecated ? 'deprecated' : 'no longer deprecated');
  for (const k of DOC_KEYS) if (!deepEqual(a[k], b[k])) add('patch', `${k === 'example' ? 'examples' : k} changed`);
  // Anything else (format, x-acs-list-wrapper, oneOf, readOnly, …) changes generated code or runtime rules
  // in ways this table does not model; calling it breaking errs on the side of the user.
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (HANDLED.has(k) || deepEqual(a[k], b[k])) continue;
    add('major', `${k} changed ${show(a[k])} → ${show(b[k])} (not classified; treated as breaking)`);
  }

  diffProperties(ctx, a, b, subject, dir, stack);
  if (a.items !== undefined || b.items !== undefined) {
    if (a.items === undefined || b.items === undefined) add('major', `items ${a.items ? 'removed' : 'added'}`);
    else diffSchema(ctx, a.items, b.items, `${subject}[]`, dir, stack);
  }
  diffAdditional(ctx, a.additionalProperties, b.additionalProperties, subject, dir, stack);
}

function diffProperties(ctx, a, b, subject, dir, stack) {
  const pa = a.properties ?? {};
  const pb = b.properties ?? {};
  const ra = new Set(a.required ?? []);
  const rb = new Set(b.required ?? []);
  const add = (level, at, what) => ctx.log.add(level, at, what);
  for (const k of Object.keys(pa)) if (!(k in pb)) add('major', `${subject}.${k}`, `${dir} field removed`);
  for (const k of Object.keys(pb)) {
    if (k in pa) continue;
    const type = typeLabel(ctx.newSpec, pb[k]);
    if (dir === 'request' && rb.has(k)) add('major', `${subject}.${k}`, `new required request field (${type})`);
    else add('minor', `${subject}.${k}`, `new ${dir === 'request' ? 'optional request' : 'response'} field (${type})`);
  }
  for (const k of Object.keys(pa)) {
    if (!(k in pb)) continue;
    const at = `${subject}.${k}`;
    if (ra.has(k) !== rb.has(k)) {
      const nowRequired = rb.has(k);
      // A caller must now send more (request) or can no longer rely on a field being there (response).
      const breaking = dir === 'request' ? nowRequired : !nowRequired;
      const what = dir === 'request'
        ? `request field became ${nowRequired ? 'required' : 'optional'}`
        : `response field ${nowRequired ? 'is now always present (required)' : 'may now be absent (no longer required)'}`;
      add(breaking ? 'major' : 'minor', at, what);
    }
    diffSchema(ctx, pa[k], pb[k], at, dir, stack);
  }
}

/** `additionalProperties`: false < a schema < true (absent); moving left narrows what is valid. */
function diffAdditional(ctx, va, vb, subject, dir, stack) {
  if (typeof va === 'object' && typeof vb === 'object') return diffSchema(ctx, va, vb, `${subject}{}`, dir, stack);
  const rank = (v) => (v === false ? 0 : v === undefined || v === true ? 2 : 1);
  if (rank(va) === rank(vb)) return;
  const narrowed = rank(vb) < rank(va);
  ctx.log.add(narrowed ? 'major' : 'minor', subject, `additionalProperties ${narrowed ? 'narrowed' : 'widened'} ${show(va ?? true)} → ${show(vb ?? true)}`);
}

function diffBound(add, key, va, vb, narrows) {
  if (deepEqual(va, vb)) return;
  if (va === undefined) return add('major', `${key} ${show(vb)} added (narrowed)`);
  if (vb === undefined) return add('minor', `${key} ${show(va)} removed (widened)`);
  if (typeof va !== 'number' || typeof vb !== 'number') return add('major', `${key} changed ${show(va)} → ${show(vb)}`);
  const narrowed = narrows(va, vb);
  add(narrowed ? 'major' : 'minor', `${key} ${narrowed ? 'narrowed' : 'widened'} ${va} → ${vb}`);
}

function diffEnum(add, ea, eb) {
  if (deepEqual(ea, eb)) return;
  if (ea === undefined) return add('major', `enum ${show(eb)} added (narrowed)`);
  if (eb === undefined) return add('minor', 'enum removed (widened)');
  const removed = ea.filter((v) => !eb.some((w) => deepEqual(v, w)));
  const added = eb.filter((v) => !ea.some((w) => deepEqual(v, w)));
  if (removed.length) add('major', `enum value${removed.length > 1 ? 's' : ''} removed: ${removed.map(show).join(', ')}`);
  if (added.length) add('minor', `new enum value${added.length > 1 ? 's' : ''}: ${added.map(show).join(', ')}`);
}

function diffPattern(add, pa, pb) {
  if (pa === pb) return;
  if (pa === undefined) add('major', `pattern ${show(pb)} added (narrowed)`);
  else if (pb === undefined) add('minor', 'pattern removed (widened)');
  else add('major', `pattern changed ${show(pa)} → ${show(pb)}`);
}

/** A changed default changes what a call that leaves the value out gets; adding or dropping one documents it. */
function diffDefault(add, da, db) {
  if (deepEqual(da, db)) return;
  if (da === undefined || db === undefined) add('minor', `default ${da === undefined ? `${show(db)} added` : 'removed'}`);
  else add('major', `default changed ${show(da)} → ${show(db)}`);
}

/** The schema's `type` as a sorted list (3.1 allows `type: [string, 'null']`); [] when untyped. */
function typesOf(s) {
  if (s.type === undefined) return [];
  return (Array.isArray(s.type) ? [...s.type] : [s.type]).sort();
}

/** A short type for messages: `integer`, `string[]`, `ResourceTag`, `object`. */
export function typeLabel(spec, raw) {
  const { node, name } = resolveRef(spec, raw);
  if (name) return name;
  if (!node || typeof node !== 'object') return 'any';
  const t = typesOf(node);
  if (t.includes('array')) return `${node.items ? typeLabel(spec, node.items) : 'any'}[]`;
  if (t.length) return t.join('|');
  return node.properties ? 'object' : 'any';
}
