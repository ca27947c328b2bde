// A small validator for the JSON-Schema subset the spec's generated rules use (type, required, properties,
// items, min/max, length, pattern). The contract suite runs where ajv is not installed (Workers, browsers),
// so it checks bodies against core's `responseSchema` / `errorBodySchema` with this; the package's tests also
// validate every answer with ajv compiled from spec/openapi.yaml.

/** A schema node of the generated rules. */
export interface RuleSchema {
  type?: string;
  required?: readonly string[];
  properties?: Readonly<Record<string, RuleSchema>>;
  items?: RuleSchema;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
}

/** Every mismatch of `value` against `schema`, as `path: problem`; empty when it validates. */
export function checkSchema(schema: RuleSchema, value: unknown, path = '$'): string[] {
  const problems: string[] = [];
  const t = schema.type;
  if (t && !hasType(t, value)) return [`${path}: expected ${t}, got ${describe(value)}`];
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) problems.push(`${path}: ${value} < minimum ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) problems.push(`${path}: ${value} > maximum ${schema.maximum}`);
  }
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && value.length < schema.minLength) problems.push(`${path}: shorter than ${schema.minLength}`);
    if (schema.maxLength !== undefined && value.length > schema.maxLength) problems.push(`${path}: longer than ${schema.maxLength}`);
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) problems.push(`${path}: does not match ${schema.pattern}`);
  }
  if (Array.isArray(value) && schema.items) value.forEach((v, i) => problems.push(...checkSchema(schema.items!, v, `${path}[${i}]`)));
  if (isObject(value)) {
    for (const r of schema.required ?? []) if (!(r in value)) problems.push(`${path}.${r}: required`);
    for (const [k, sub] of Object.entries(schema.properties ?? {})) if (k in value) problems.push(...checkSchema(sub, value[k], `${path}.${k}`));
  }
  return problems;
}

function hasType(t: string, v: unknown): boolean {
  switch (t) {
    case 'object':
      return isObject(v);
    case 'array':
      return Array.isArray(v);
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v);
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'string':
      return typeof v === 'string';
    case 'boolean':
      return typeof v === 'boolean';
    default:
      return true;
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}
