// What the form holds, as text, shaped like the request (scalars as typed, lists as lists, structs as objects),
// and the request it stands for: each text read by the parameter's rule in core, as the CLI reads a flag's
// value (param-values.ts), so "abc" for an integer reaches core's validation as typed and is reported there
// under its wire name. Nothing here checks anything: core does, in the page and again in the client.
import type { SchemaNode } from '@org/ecs-pipelines-core';
import { parseValue } from '../../commands/param-values.js';

/** The form's value of a parameter: text for a scalar, a list for a repeat list, fields for a struct. */
export type Draft = string | Draft[] | { [field: string]: Draft };

const isObject = (s: SchemaNode) => s.type === 'object';

/** An empty draft of `schema`: '' for a scalar, [] for a list, each field empty for a struct. */
export function emptyDraft(schema: SchemaNode): Draft {
  if (schema.type === 'array') return [];
  if (isObject(schema)) return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([k, s]) => [k, emptyDraft(s)]));
  return '';
}

/** Whether nothing was typed anywhere in `draft`. */
export function isBlank(draft: Draft): boolean {
  if (typeof draft === 'string') return draft === '';
  if (Array.isArray(draft)) return draft.length === 0;
  return Object.values(draft).every(isBlank);
}

/**
 * The request value of `draft` by `schema`, or undefined when nothing was typed. An empty scalar is absent, a
 * struct with nothing typed is absent; a list item stays where it is, even empty, so `Tag.2` in the form is
 * `Tag.2` on the wire and in core's findings (an empty `Tag.2` is reported: `Tag.2.Key` is required).
 */
export function toValue(schema: SchemaNode, draft: Draft): unknown {
  if (schema.type === 'array') {
    const items = Array.isArray(draft) ? draft : [];
    if (items.length === 0) return undefined;
    const rule = schema.items ?? {};
    return items.map((item) => (isObject(rule) ? (toValue(rule, item) ?? {}) : typeof item === 'string' ? parseValue(rule, item) : item));
  }
  if (isObject(schema)) {
    if (typeof draft !== 'object' || Array.isArray(draft)) return undefined;
    const out: Record<string, unknown> = {};
    for (const [field, rule] of Object.entries(schema.properties ?? {})) {
      const value = draft[field] === undefined ? undefined : toValue(rule, draft[field]!);
      if (value !== undefined) out[field] = value;
    }
    return Object.keys(out).length > 0 ? out : undefined;
  }
  if (typeof draft !== 'string' || draft === '') return undefined;
  return parseValue(schema, draft);
}

/** The request of a whole form: every parameter with something typed, in the spec's order. */
export function toRequest(request: SchemaNode, drafts: Readonly<Record<string, Draft>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, rule] of Object.entries(request.properties ?? {})) {
    const value = drafts[name] === undefined ? undefined : toValue(rule, drafts[name]!);
    if (value !== undefined) out[name] = value;
  }
  return out;
}

/** The draft of a request value (to fill a form from a request: the next page's token, a test's input). */
export function fromValue(schema: SchemaNode, value: unknown): Draft {
  if (value === undefined || value === null) return emptyDraft(schema);
  if (schema.type === 'array') return Array.isArray(value) ? value.map((v) => fromValue(schema.items ?? {}, v)) : [];
  if (isObject(schema)) {
    const record = typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
    return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([k, s]) => [k, fromValue(s, record[k])]));
  }
  return String(value);
}
