// Validation before any I/O, driven by the rules generated from the spec (required, types, ranges, lengths,
// patterns, list limits, closed objects). Reports every problem of an input at once. The same walker checks
// the client's options against its own rule schemas (`checkSchema`), so every refusal reads alike.
import { EcsValidationError } from './errors.js';
import type { OperationSpec, SchemaNode } from './spec.js';
import { nearestName } from './suggest.js';
import { describe, kind, quote } from './text.js';
import type { RequestOfOp, ValidationIssue } from './types.js';
import { loneSurrogateIndex, loneSurrogateIssue } from './wire/percent.js';

export type { ValidationIssue } from './types.js';

/**
 * Every problem of a request of `op`, in parameter order, or `[]` when it is valid. Parameters are named in
 * wire spelling, 1-based for list items (`Tag.3.Key`); a non-object input is `(request)`. `undefined` and
 * `null` count as absent. Values are quoted (at most 40 characters) only in type and format problems. A
 * misspelt name gets the nearest parameter, and the page-size and token names other ECS actions use
 * (`PageSize`, `PageNumber`) point to this action's (from its pagination rules).
 */
export function checkRequest(op: OperationSpec, input: unknown): ValidationIssue[] {
  const paging = op.pagination;
  const aliases = paging ? { pagesize: paging.pageSize, pagenumber: paging.inputToken } : undefined;
  return checkSchema(op.request, input, '', '(request)', true, aliases);
}

/**
 * Returns the request (a copy without `undefined`/`null` parameters) when it is valid for `op`; otherwise
 * throws `EcsValidationError` listing every issue.
 */
export function validateRequest<O extends OperationSpec, T = RequestOfOp<O>>(op: O, input: unknown): T {
  const issues = checkRequest(op, input);
  if (issues.length) throw new EcsValidationError(issues);
  return Object.fromEntries(Object.entries(input as object).filter(([, v]) => v != null)) as T;
}

// Patterns compiled once each (the signers check five header values per request). Bounded, for callers
// that pass checkSchema rules of their own.
const patterns = new Map<string, RegExp>();
const compiled = (pattern: string): RegExp => {
  let re = patterns.get(pattern);
  if (!re) {
    if (patterns.size > 63) patterns.clear();
    patterns.set(pattern, (re = new RegExp(pattern, 'u')));
  }
  return re;
};

/**
 * Every problem of `value` against a rule schema: the subset of JSON Schema the spec uses (`type`, `enum`,
 * lengths, `pattern`, ranges, `maxItems`, `required`, closed objects), plus `type: 'function'` and a `title`
 * that replaces the generated description of what is allowed. Issues are named `path.field` (`label` for
 * `value` itself); with `quoted`, type and format problems quote the value, which option checks never do
 * (a misplaced secret must not reach a message). Unknown fields of a closed object are issues, with the
 * nearest known name (or its `aliases` entry, by lower-case name). A `value` of `undefined` is reported as
 * missing; inside an object, `undefined` and `null` fields count as absent. `x-acs-any-required` asks for at
 * least one of its fields.
 */
export function checkSchema(
  schema: SchemaNode,
  value: unknown,
  path = '',
  label = path,
  quoted = false,
  aliases?: Readonly<Record<string, string>>,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const issue = (parameter: string, problem: string, s: SchemaNode) => issues.push({ parameter, problem, allowed: allowed(s) });
  const walk = (s: SchemaNode, v: unknown, at: string): unknown => {
    const name = at || label;
    const add = (problem: string) => issue(name, problem, s);
    const { type, minimum: lo, maximum: hi, maxItems, minItems, items = {}, properties = {} } = s;
    // The value's own type; an integer is also a number.
    const t = v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : v !== v ? 'NaN' : typeof v;
    if (s.enum ? !s.enum.includes(v) : type && type !== t && !(type === 'number' && t === 'integer')) {
      return add(`must be ${s.enum ? 'one of the allowed values' : kind(type!)}, got ${describe(v, quoted)}`);
    }
    if (type === 'string') {
      const text = v as string;
      if (loneSurrogateIndex(text) >= 0) return issues.push(loneSurrogateIssue(name, text));
      // JSON Schema lengths count code points; the iterator counts them without copying a huge value.
      let n = 0;
      for (const _ of text) n++;
      if (n < (s.minLength ?? 0)) add(n ? `is too short (${n} characters)` : 'must not be empty');
      // A too-long value is not also matched against the pattern: one clear problem, and no regex over megabytes.
      if (n > s.maxLength!) add(`is too long (${n} characters)`);
      else if (n && s.pattern && !compiled(s.pattern).test(text)) add(`${quoted ? `${quote(text)} ` : ''}has the wrong format`);
    }
    if (typeof v === 'number') {
      if (v < lo!) add(`must be at least ${lo}, got ${v}`);
      if (v > hi!) add(`must be at most ${hi}, got ${v}`);
    }
    if (type === 'array') {
      const list = v as unknown[];
      if (list.length < minItems!) add(`has ${list.length} items, fewer than ${minItems}`);
      if (list.length > maxItems!) add(`has ${list.length} items, more than ${maxItems}`);
      // Past the limit the items are not worth reporting one by one (10,000 items would drown the message).
      list.slice(0, (maxItems ?? list.length) + 1).forEach((x, i) => (x == null ? issue(`${name}.${i + 1}`, 'is null', items) : walk(items, x, `${name}.${i + 1}`)));
    }
    if (type === 'object') {
      const names = Object.keys(properties);
      const prefix = at && `${at}.`;
      for (const key of Object.keys(v as object)) {
        if (s.additionalProperties !== false || Object.hasOwn(properties, key)) continue;
        const near = nearestName(key, names, aliases);
        issues.push({
          parameter: prefix + (key.length > 64 ? `${key.slice(0, 64)}…` : key),
          problem: `is unknown${near ? `; did you mean "${near}"?` : ''}`,
          allowed: `one of ${names.join(', ')}`,
        });
      }
      for (const key of names) {
        const x = (v as Record<string, unknown>)[key];
        if (x != null) walk(properties[key]!, x, prefix + key);
        else if (s.required?.includes(key)) issue(prefix + key, 'is required', properties[key]!);
      }
      const anyOf = s['x-acs-any-required'];
      if (anyOf && !anyOf.some((k) => (v as Record<string, unknown>)[k] != null)) {
        issues.push({ parameter: prefix + anyOf[0]!, problem: `is required when ${anyOf.slice(1).join(' and ')} is not given`, allowed: `at least one of ${anyOf.join(', ')}` });
      }
    }
  };
  if (value === undefined) issue(label, 'is required', schema);
  else walk(schema, value, path);
  return issues;
}

/** What a schema accepts, in words: "an integer from 1 to 500", "a string of 1 to 128 characters". */
export function allowed(schema: SchemaNode): string {
  const { type, minLength: min, maxLength: max, pattern, minimum: lo, maximum: hi, maxItems, required = [], title, enum: values } = schema;
  if (title || values) return title ?? values!.map((v) => `'${v}'`).join(' or ');
  if (!type) return 'any value';
  if (type === 'string' && min === 1 && max === undefined && !pattern) return 'a non-empty string';
  return (
    kind(type) +
    (type === 'string'
      ? `${max !== undefined ? ` of ${min ? `${min} to` : 'at most'} ${max} characters` : min ? ` of at least ${min} characters` : ''}${pattern ? ` matching ${pattern}` : ''}`
      : type === 'array'
        ? ` of ${maxItems !== undefined ? `at most ${maxItems} ` : ''}items, each ${allowed(schema.items ?? {})}`
        : type === 'object'
          ? ` with ${Object.keys(schema.properties ?? {}).map((k) => (required.includes(k) ? `${k} (required)` : k)).join(', ')}`
          : lo !== undefined || hi !== undefined
            ? ` from ${lo ?? '-∞'} to ${hi ?? '∞'}`
            : '')
  );
}
