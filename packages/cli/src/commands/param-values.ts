// Flag text → a request value, by the parameter's rule in core (the spec's type): integers become numbers,
// list items are parsed by their item rule, objects come as `KEY[=VALUE]` (two string fields, like Tag) or as
// `Field=value,Field=value` (booleans `true`/`false`). Nothing is range-checked here: core's validation does
// that afterwards and names the wire parameter, so "0", "1.5" or "abc" for an integer reach it as a number or
// as the text typed.
import type { SchemaNode } from '@org/ecs-pipelines-core';
import { parseInteger } from '../parse-number.js';

const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** The fields of an object rule, in spec order. */
const fieldsOf = (schema: SchemaNode): string[] => Object.keys(schema.properties ?? {});

/** Whether an object rule is a key/value pair of strings (`Tag`: `Key`, `Value`), typed as `KEY[=VALUE]`. */
export function isPair(schema: SchemaNode): boolean {
  const fields = fieldsOf(schema);
  return schema.type === 'object' && fields.length === 2 && fields.every((f) => schema.properties?.[f]?.type === 'string');
}

/** `text` as a value of `schema`. */
export function parseValue(schema: SchemaNode, text: string): unknown {
  if (schema.type === 'integer' || schema.type === 'number') {
    // "1.5" → 1.5 so core says "must be an integer"; "abc" stays text so it says what it got.
    return parseInteger(text) ?? (NUMERIC.test(text) ? Number(text) : text);
  }
  if (schema.type === 'object') return parseObject(schema, text);
  // Inside `Field=value` text; a boolean flag of its own is --x / --no-x and never gets here.
  if (schema.type === 'boolean' && (text === 'true' || text === 'false')) return text === 'true';
  return text;
}

/** `KEY=VALUE` → {Key, Value}, `KEY` → {Key} (the first `=` splits); else `A=1,B=2` → {A: '1', B: '2'}. */
function parseObject(schema: SchemaNode, text: string): Record<string, unknown> {
  const fields = fieldsOf(schema);
  const props = schema.properties ?? {};
  if (isPair(schema)) {
    const [first, second] = fields as [string, string];
    const eq = text.indexOf('=');
    if (eq < 0) return { [first]: parseValue(props[first]!, text) };
    return { [first]: parseValue(props[first]!, text.slice(0, eq)), [second]: parseValue(props[second]!, text.slice(eq + 1)) };
  }
  const out: Record<string, unknown> = {};
  for (const part of text.split(',')) {
    const eq = part.indexOf('=');
    const name = eq < 0 ? part : part.slice(0, eq);
    const rule = Object.hasOwn(props, name) ? props[name]! : {};
    // An unknown field name stays in, so core reports it with the nearest known one.
    out[name] = parseValue(rule, eq < 0 ? '' : part.slice(eq + 1));
  }
  return out;
}

/** The placeholder a flag's help shows: `N`, `ID`, `KEY[=VALUE]`, `Build|Test`, `NAME`. */
export function placeholder(param: string, schema: SchemaNode): string {
  const rule = schema.type === 'array' ? (schema.items ?? {}) : schema;
  // A long list of values (27 platforms) is left to the help's "Allowed:" line.
  if (rule.enum && rule.enum.join('|').length <= 40) return rule.enum.join('|');
  if (rule.type === 'integer' || rule.type === 'number') return 'N';
  if (rule.type === 'object') {
    const [first = 'KEY', second = 'VALUE'] = fieldsOf(rule);
    return isPair(rule) ? `${first.toUpperCase()}[=${second.toUpperCase()}]` : fieldsOf(rule).map((f) => `${f}=…`).join(',');
  }
  const words = param.match(/[A-Z][a-z0-9]*/g) ?? [param];
  return words[words.length - 1]!.toUpperCase();
}
