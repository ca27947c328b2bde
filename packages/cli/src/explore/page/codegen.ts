// The page's request as code: our client (TypeScript), the `ecs-pipelines` command (its flags from the same
// generated table and rules the CLI parses them with), and Alibaba's SDK (@alicloud/ecs20140526). Pure
// functions of the request: the page shows them, tests compile and run them. None of them ever holds a secret:
// credentials come from the environment.
import { type OperationSpec, operations, type SchemaNode } from '@org/ecs-pipelines-core';
import { commands, findCommand } from '../../commands/catalog.js';
import { isPair } from '../../commands/param-values.js';
import { type ParamFlag, paramFlags, REGION_PARAM } from '../../commands/param-flags.js';

/** Where the call goes and how it is signed. */
export interface CodeTarget {
  /** The emulator's origin (`http://127.0.0.1:PORT`); absent: the region's ECS endpoint. */
  endpoint?: string | undefined;
  signatureVersion?: 'v3' | 'v1';
  method?: 'GET' | 'POST';
}

type Json = Record<string, unknown>;

const lowerFirst = (s: string) => s[0]!.toLowerCase() + s.slice(1);
const IDENT = /^[A-Za-z_$][\w$]*$/;
const opOf = (action: string): OperationSpec => (operations as Record<string, OperationSpec>)[action]!;

/** A value as a TypeScript literal, two-space indented from `indent`. */
export function literal(value: unknown, indent = '', key: (k: string) => string = (k) => k): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value !== 'object' || value === null) return String(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const items = value.map((v) => literal(v, inner, key));
    const flat = `[${items.join(', ')}]`;
    return flat.length <= 80 && !flat.includes('\n') ? flat : `[\n${items.map((i) => `${inner}${i},`).join('\n')}\n${indent}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  const parts = entries.map(([k, v]) => `${IDENT.test(key(k)) ? key(k) : JSON.stringify(key(k))}: ${literal(v, inner, key)}`);
  const flat = `{ ${parts.join(', ')} }`;
  return flat.length <= 80 && !flat.includes('\n') ? flat : `{\n${parts.map((p) => `${inner}${p},`).join('\n')}\n${indent}}`;
}

/** TypeScript with @org/ecs-pipelines-client: createClient, then the action's method. */
export function clientCode(action: string, request: Json, target: CodeTarget = {}): string {
  const options = [
    '  credentials: fromEnv(process.env),',
    ...(target.endpoint ? [`  endpoint: ${JSON.stringify(target.endpoint)},`] : []),
    ...(target.signatureVersion === 'v1' ? ["  signatureVersion: 'v1',"] : []),
    ...(target.method === 'POST' ? ["  method: 'POST',"] : []),
  ];
  return [
    "import { createClient, fromEnv } from '@org/ecs-pipelines-client';",
    '',
    '// ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET (and ALIBABA_CLOUD_SECURITY_TOKEN for STS)',
    'const client = createClient({',
    ...options,
    '});',
    '',
    `const result = await client.${lowerFirst(action)}(${literal(request)});`,
    'console.log(JSON.stringify(result, null, 2), result.$metadata);',
    '',
  ].join('\n');
}

/** A word for a POSIX shell: as it is when it is safe, else single-quoted. */
export function shellQuote(word: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The text of one flag value as the CLI parses it back (param-values.ts), or undefined when it cannot say it. */
function flagText(schema: SchemaNode, value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return String(value);
  if (schema.type !== 'object' || Array.isArray(value)) return undefined;
  const record = value as Json;
  const fields = Object.keys(schema.properties ?? {});
  if (Object.keys(record).some((k) => !fields.includes(k))) return undefined;
  if (isPair(schema)) {
    const [first, second] = fields as [string, string];
    const k = record[first];
    const v = record[second];
    if (typeof k !== 'string' || k.includes('=') || (v !== undefined && typeof v !== 'string')) return undefined;
    return v === undefined ? k : `${k}=${v}`;
  }
  const parts: string[] = [];
  for (const [k, v] of Object.entries(record)) {
    if (typeof v === 'object' && v !== null) return undefined;
    const text = String(v);
    if (text.includes(',')) return undefined;
    parts.push(`${k}=${text}`);
  }
  return parts.length > 0 ? parts.join(',') : undefined;
}

const valueAt = (request: Json, path: readonly string[]): unknown =>
  path.reduce<unknown>((at, key) => (at && typeof at === 'object' && !Array.isArray(at) ? (at as Json)[key] : undefined), request);

/** The words after `ecs-pipelines <name>` that set `request`'s parameters, or undefined when a value needs --file. */
export function cliFlags(action: string, request: Json): string[] | undefined {
  const command = commands.find((c) => c.action === action);
  const resolved = command && findCommand(command.name);
  if (!resolved) return undefined;
  const words: string[] = [];
  if (request[REGION_PARAM] !== undefined) {
    if (typeof request[REGION_PARAM] !== 'string') return undefined;
    words.push('--region', request[REGION_PARAM]);
  }
  const flags = paramFlags(resolved);
  // Every parameter is some flag's (a struct through its fields' flags); anything else needs the file.
  const covered = new Set([REGION_PARAM, ...flags.map((f) => f.param)]);
  if (Object.keys(request).some((k) => !covered.has(k))) return undefined;
  for (const f of flags) {
    const value = valueAt(request, f.path);
    if (value === undefined) continue;
    const set = flagWords(f, value);
    if (set === undefined) return undefined;
    words.push(...set);
  }
  // A struct given with fields no flag sets (a typo in it), or not as an object: only the file can say it.
  if (!structsCovered(request, flags)) return undefined;
  return words;
}

function flagWords(f: ParamFlag, value: unknown): string[] | undefined {
  const name = `--${f.spec.name}`;
  if (f.spec.kind === 'boolean') return typeof value === 'boolean' ? [value ? name : `--no-${f.spec.name}`] : undefined;
  const one = (text: string) => (text.startsWith('-') ? [`${name}=${text}`] : [name, text]);
  if (f.schema.type === 'array') {
    if (!Array.isArray(value)) return undefined;
    const texts = value.map((v) => flagText(f.schema.items ?? {}, v));
    return texts.every((t): t is string => t !== undefined) ? texts.flatMap(one) : undefined;
  }
  const text = flagText(f.schema, value);
  return text === undefined ? undefined : one(text);
}

/** Whether every leaf of every struct parameter is some flag's (no unknown field, no list where a field is). */
function structsCovered(request: Json, flags: readonly ParamFlag[]): boolean {
  const leafPaths = new Set(flags.filter((f) => f.path.length > 1).map((f) => f.path.join('.')));
  const walk = (value: unknown, path: string[]): boolean => {
    if (leafPaths.has(path.join('.'))) return true;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    return Object.entries(value).every(([k, v]) => walk(v, [...path, k]));
  };
  return flags.filter((f) => f.path.length > 1).every((f) => request[f.param] === undefined || walk(request[f.param], [f.param]));
}

/** The `ecs-pipelines` command: one flag per parameter, or the request from a file when a value cannot be a flag. */
export function cliCode(action: string, request: Json, target: CodeTarget = {}, credentialsNote?: string): string {
  const command = commands.find((c) => c.action === action);
  const name = command?.name ?? action;
  const common = [
    ...(target.endpoint ? ['--endpoint', target.endpoint] : []),
    ...(target.signatureVersion === 'v1' ? ['--signature-version', 'v1'] : []),
    ...(target.method === 'POST' ? ['--method', 'POST'] : []),
    '-o',
    'json',
  ];
  const note = `# credentials: ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET${credentialsNote ? ` (${credentialsNote})` : ''}`;
  const flags = cliFlags(action, request);
  if (flags !== undefined) return `${note}\n${['ecs-pipelines', name, ...flags, ...common].map(shellQuote).join(' ')}\n`;
  return [
    note,
    "cat > request.json <<'EOF'",
    JSON.stringify(request, null, 2),
    'EOF',
    ['ecs-pipelines', name, '--file', 'request.json', ...common].map(shellQuote).join(' '),
    '',
  ].join('\n');
}

/**
 * Alibaba's SDK spells a wire name in lower camel case, except names that start with the acronym OS
 * (`OSType`, `OSSBucket`), which it keeps; a test checks this against the SDK's own `names()` for every
 * parameter of every action.
 */
export const sdkName = (wire: string): string => (/^OS[A-Z]/.test(wire) ? wire : lowerFirst(wire));

/** The SDK's class for the struct or list item at `path` of `action`'s request: `DescribeImagePipelinesRequestTag`. */
export const sdkClass = (action: string, path: readonly string[]): string => `${action}Request${path.join('')}`;

/** Wire paths whose SDK type is a number list although the spec says digit strings (account IDs). */
export const SDK_NUMBER_LISTS: ReadonlySet<string> = new Set(['AddAccount']);

function sdkValue(action: string, schema: SchemaNode, value: unknown, path: string[], indent: string): string {
  if (schema.type === 'array' && Array.isArray(value)) {
    const item = schema.items ?? {};
    const numeric = SDK_NUMBER_LISTS.has(path.join('.'));
    const items = value.map((v) => (numeric && typeof v === 'string' && /^\d+$/.test(v) ? v : sdkValue(action, item, v, path, `${indent}  `)));
    const flat = `[${items.join(', ')}]`;
    return flat.length <= 80 && !flat.includes('\n') ? flat : `[\n${items.map((i) => `${indent}  ${i},`).join('\n')}\n${indent}]`;
  }
  if (schema.type === 'object' && typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const props = schema.properties ?? {};
    const parts = Object.entries(value).map(([k, v]) => `${sdkName(k)}: ${sdkValue(action, props[k] ?? {}, v, [...path, k], `${indent}  `)}`);
    const body = parts.length === 0 ? '{}' : `{\n${parts.map((p) => `${indent}  ${p},`).join('\n')}\n${indent}}`;
    return `new $Ecs.${sdkClass(action, path)}(${body})`;
  }
  return literal(value);
}

/** TypeScript with Alibaba's @alicloud/ecs20140526: a Config, the client, the action's request class. */
export function sdkCode(action: string, request: Json, target: CodeTarget & { regionEndpoint?: string } = {}): string {
  const op = opOf(action);
  const props = op.request.properties ?? {};
  const fields = Object.entries(request).map(([k, v]) => `  ${sdkName(k)}: ${sdkValue(action, props[k] ?? {}, v, [k], '  ')},`);
  const endpoint = target.endpoint ? new URL(target.endpoint) : undefined;
  const config = [
    '  accessKeyId: process.env.ALIBABA_CLOUD_ACCESS_KEY_ID,',
    '  accessKeySecret: process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET,',
    '  securityToken: process.env.ALIBABA_CLOUD_SECURITY_TOKEN,',
    ...(endpoint
      ? [`  endpoint: ${JSON.stringify(endpoint.host)},`, `  protocol: ${JSON.stringify(endpoint.protocol.replace(':', ''))},`]
      : target.regionEndpoint ? [`  endpoint: ${JSON.stringify(target.regionEndpoint.replace(/^https:\/\//, ''))},`] : []),
    ...(target.signatureVersion === 'v1' ? ["  signatureAlgorithm: 'v2', // HMAC-SHA1"] : []),
  ];
  return [
    "import Ecs, * as $Ecs from '@alicloud/ecs20140526';",
    "import { $OpenApiUtil } from '@alicloud/openapi-core';",
    '',
    'const client = new Ecs(new $OpenApiUtil.Config({',
    ...config,
    '}));',
    '',
    `const response = await client.${lowerFirst(action)}(new $Ecs.${action}Request(${fields.length ? `{\n${fields.join('\n')}\n}` : '{}'}));`,
    'console.log(JSON.stringify(response.body, null, 2));',
    '',
  ].join('\n');
}
