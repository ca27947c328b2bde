// Request validation before any I/O, driven by the rules generated from the spec (required, types, ranges,
// lengths, patterns, list limits, closed objects). Reports every problem of an input at once.
import { EcsValidationError } from './errors.js';
import { define, own, paramByName, params, type SchemaNode } from './spec.js';
import { nearestName } from './suggest.js';
import type { DescribeImagePipelinesRequest, ValidationIssue } from './types.js';
import { loneSurrogateIssue, loneSurrogateIndex } from './wire/percent.js';

export type { ValidationIssue } from './types.js';

const NAMES = params.map((p) => p.name);

/**
 * Every problem of a request, in parameter order, or `[]` when it is valid. Parameters are named in wire
 * spelling, 1-based for list items (`Tag.3.Key`). `undefined` and `null` count as absent.
 */
export function checkRequest(input: unknown): ValidationIssue[] {
  if (!isPlainObject(input)) {
    return [{ parameter: '(request)', problem: `must be an object, got ${describe(input)}`, allowed: `an object with ${NAMES.join(', ')}` }];
  }
  const issues: ValidationIssue[] = [];
  for (const key of Object.keys(input)) {
    if (paramByName.has(key)) continue;
    const near = nearestName(key, NAMES);
    issues.push({
      parameter: shorten(key),
      problem: `is not a parameter of DescribeImagePipelines${near ? `; did you mean "${near}"?` : ''}`,
      allowed: `one of ${NAMES.join(', ')}`,
    });
  }
  for (const p of params) {
    const value = own(input, p.name);
    if (value === undefined || value === null) {
      if (p.required) issues.push({ parameter: p.name, problem: 'is required', allowed: allowed(p.schema) });
    } else checkValue(p.schema, value, p.name, issues);
  }
  return issues;
}

/**
 * Returns the request (a copy without `undefined`/`null` parameters) when it is valid; otherwise throws
 * `EcsValidationError` listing every issue.
 */
export function validateRequest(input: unknown): DescribeImagePipelinesRequest {
  const issues = checkRequest(input);
  if (issues.length > 0) throw new EcsValidationError(issues);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(input as Record<string, unknown>)) if (v !== undefined && v !== null) define(out, k, v);
  return out as DescribeImagePipelinesRequest;
}

function checkValue(schema: SchemaNode, value: unknown, path: string, issues: ValidationIssue[]): void {
  const issue = (problem: string) => issues.push({ parameter: path, problem, allowed: allowed(schema) });
  switch (schema.type) {
    case 'string': {
      if (typeof value !== 'string') return void issue(`must be a string, got ${describe(value)}`);
      if (loneSurrogateIndex(value) >= 0) return void issues.push(loneSurrogateIssue(path, value));
      const length = codePoints(value);
      if (schema.minLength !== undefined && length < schema.minLength) issue(length === 0 ? 'must not be empty' : `is too short (${length} characters)`);
      // A too-long value is not also matched against the pattern: one clear problem, and no regex over megabytes.
      if (schema.maxLength !== undefined && length > schema.maxLength) issue(`is too long (${length} characters)`);
      else if (schema.pattern !== undefined && length > 0 && !new RegExp(schema.pattern, 'u').test(value)) issue(`${quote(value)} has the wrong format`);
      return;
    }
    case 'integer':
    case 'number': {
      const isInt = schema.type === 'integer';
      if (typeof value !== 'number' || Number.isNaN(value) || (isInt && !Number.isInteger(value))) {
        return void issue(`must be ${isInt ? 'an integer' : 'a number'}, got ${describe(value)}`);
      }
      if (schema.minimum !== undefined && value < schema.minimum) issue(`must be at least ${schema.minimum}, got ${value}`);
      if (schema.maximum !== undefined && value > schema.maximum) issue(`must be at most ${schema.maximum}, got ${value}`);
      return;
    }
    case 'boolean':
      if (typeof value !== 'boolean') issue(`must be a boolean, got ${describe(value)}`);
      return;
    case 'array': {
      if (!Array.isArray(value)) return void issue(`must be a list, got ${describe(value)}`);
      if (schema.minItems !== undefined && value.length < schema.minItems) issue(`has ${value.length} items, fewer than ${schema.minItems}`);
      if (schema.maxItems !== undefined && value.length > schema.maxItems) issue(`has ${value.length} items, more than ${schema.maxItems}`);
      // Past the limit the items are not worth reporting one by one (a 10,000-item list would drown the message).
      const items = schema.items;
      if (items) value.slice(0, (schema.maxItems ?? value.length) + 1).forEach((v, i) => v != null ? checkValue(items, v, `${path}.${i + 1}`, issues) : issues.push({ parameter: `${path}.${i + 1}`, problem: 'is null', allowed: allowed(items) }));
      return;
    }
    case 'object': {
      if (!isPlainObject(value)) return void issue(`must be an object, got ${describe(value)}`);
      const props = schema.properties ?? {};
      const names = Object.keys(props);
      for (const key of Object.keys(value)) {
        if (own(props, key) !== undefined || schema.additionalProperties !== false) continue;
        const near = nearestName(key, names);
        issues.push({ parameter: `${path}.${shorten(key)}`, problem: `is not a field of ${path}${near ? `; did you mean "${near}"?` : ''}`, allowed: `the fields ${names.join(', ')}` });
      }
      for (const [key, sub] of Object.entries(props)) {
        const v = own(value, key);
        if (v === undefined || v === null) {
          if (schema.required?.includes(key)) issues.push({ parameter: `${path}.${key}`, problem: 'is required', allowed: allowed(sub) });
        } else checkValue(sub, v, `${path}.${key}`, issues);
      }
      return;
    }
  }
}

/** What a schema accepts, in words: "an integer from 1 to 500", "a string of 1 to 128 characters". */
export function allowed(schema: SchemaNode): string {
  switch (schema.type) {
    case 'string': {
      const { minLength: min, maxLength: max, pattern } = schema;
      const size =
        min !== undefined && max !== undefined ? ` of ${min} to ${max} characters` : max !== undefined ? ` of at most ${max} characters` : min === 1 ? ' (non-empty)' : min !== undefined ? ` of at least ${min} characters` : '';
      return `a string${size}${pattern ? ` matching ${pattern}` : ''}`;
    }
    case 'integer':
    case 'number': {
      const kind = schema.type === 'integer' ? 'an integer' : 'a number';
      const { minimum: lo, maximum: hi } = schema;
      return lo !== undefined && hi !== undefined ? `${kind} from ${lo} to ${hi}` : lo !== undefined ? `${kind} ≥ ${lo}` : hi !== undefined ? `${kind} ≤ ${hi}` : kind;
    }
    case 'array':
      return `a list of ${schema.maxItems !== undefined ? `at most ${schema.maxItems} ` : ''}items, each ${schema.items ? allowed(schema.items) : 'any value'}`;
    case 'object': {
      const req = schema.required ?? [];
      return `an object with ${Object.keys(schema.properties ?? {}).map((k) => (req.includes(k) ? `${k} (required)` : k)).join(', ')}`;
    }
    default:
      return schema.type ?? 'any value';
  }
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return v.length === 1 ? 'a list' : `a list of ${v.length} values`;
  if (typeof v === 'number') return Number.isNaN(v) ? 'NaN' : `${v}`;
  if (typeof v === 'string') return `the string ${quote(v)}`;
  if (typeof v === 'object') return 'an object';
  return `a ${typeof v}`;
}

// JSON Schema lengths count code points; counted without allocating (values can be megabytes long).
function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n--;
      i++;
    }
  }
  return n;
}

function quote(s: string): string {
  return JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);
}

function shorten(name: string): string {
  return name.length > 64 ? `${name.slice(0, 64)}…` : name;
}
