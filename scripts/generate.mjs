#!/usr/bin/env node
// Regenerates everything derived from spec/openapi.yaml:
//   packages/core/src/generated/schema.gen.ts   types (openapi-typescript)
//   packages/core/src/generated/spec.gen.ts     runtime rules: parameters, limits, repeat-list styles,
//                                               response schema, error codes (read by validation,
//                                               serialization, normalization and the emulator)
//   packages/client/src/generated/**            the @hey-api/openapi-ts SDK (operations take their client
//                                               as an argument) and the types of its fetch runtime
// `--check` generates into a temporary folder and fails when the committed files differ (drift check).
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const specPath = join(root, 'spec/openapi.yaml');
const HEADER = '// auto-generated from spec/openapi.yaml by scripts/generate.mjs — do not edit.\n';
const CORE_OUT = 'packages/core/src/generated';
const CLIENT_OUT = 'packages/client/src/generated';

/** Keys of a schema that carry rules the runtime needs; prose and examples stay in the spec. */
const RULE_KEYS = new Set([
  'type', 'properties', 'items', 'required', 'minimum', 'maximum', 'minLength', 'maxLength', 'minItems',
  'maxItems', 'pattern', 'default', 'enum', 'additionalProperties', 'x-acs-list-wrapper', 'x-acs-identity',
]);

function deref(spec, node) {
  if (Array.isArray(node)) return node.map((n) => deref(spec, n));
  if (!node || typeof node !== 'object') return node;
  if (typeof node.$ref === 'string') {
    const target = node.$ref.replace(/^#\//, '').split('/').reduce((o, k) => o?.[k], spec);
    if (!target) throw new Error(`unresolved $ref ${node.$ref}`);
    return deref(spec, target);
  }
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, deref(spec, v)]));
}

/** Strips a dereferenced schema down to its rules (keeps the bundle small). */
function rules(schema) {
  if (Array.isArray(schema)) return schema.map(rules);
  if (!schema || typeof schema !== 'object') return schema;
  const out = {};
  for (const [k, v] of Object.entries(schema)) {
    if (!RULE_KEYS.has(k)) continue;
    if (k === 'properties') out[k] = Object.fromEntries(Object.entries(v).map(([p, s]) => [p, rules(s)]));
    else if (k === 'items' || k === 'additionalProperties') out[k] = typeof v === 'object' ? rules(v) : v;
    else out[k] = v;
  }
  return out;
}

function specMeta(spec) {
  const pathItem = spec.paths['/'];
  const op = pathItem.get;
  const params = deref(spec, [...(pathItem.parameters ?? []), ...(op.parameters ?? [])]);
  const methods = ['get', 'post', 'put', 'delete', 'patch'].filter((m) => pathItem[m]).map((m) => m.toUpperCase());
  const errorCodes = {};
  for (const [status, response] of Object.entries(deref(spec, op.responses))) {
    for (const code of response['x-acs-error-codes'] ?? []) errorCodes[code] = Number(status);
  }
  const success = deref(spec, op.responses['200']).content['application/json'].schema;
  const errorBody = deref(spec, spec.components.schemas.EcsErrorBody);
  const parameters = params.map((p) => ({
    name: p.name,
    required: p.required === true,
    style: p['x-acs-style'] ?? 'plain',
    schema: rules(p.schema),
  }));
  return {
    // The request as one closed object schema, in parameter order: what validation walks, with the RPC
    // action and version it is sent as. `operation` refers to the same schema objects, so neither is
    // written twice.
    requestSchema: {
      'x-acs-action': op['x-acs-action'],
      'x-acs-version': op['x-acs-version'],
      type: 'object',
      required: parameters.filter((p) => p.required).map((p) => p.name),
      additionalProperties: false,
      properties: Object.fromEntries(parameters.map((p) => [p.name, p.schema])),
    },
    operation: {
      action: op['x-acs-action'],
      version: op['x-acs-version'],
      path: '/',
      methods,
      parameters,
    },
    responseSchema: rules(success),
    errorBodySchema: rules(errorBody),
    errorCodes,
  };
}

function renderSpecMeta(meta) {
  const json = (v) => JSON.stringify(v, null, 2);
  const indent = (text) => text.replace(/\n/g, '\n  ');
  const { parameters, ...head } = meta.operation;
  const { properties, ...request } = meta.requestSchema;
  // Each parameter's rules are one constant that requestSchema and operation both refer to: written once,
  // and a bundle that needs only requestSchema drops operation (a reference to a constant has no side
  // effect, a property read could).
  const rule = (name) => `rule${name.replace(/[^A-Za-z0-9_$]/g, '_')}`;
  const rules = parameters.map((p) => `const ${rule(p.name)} = ${json(properties[p.name])} as const;\n`).join('\n');
  const param = ({ schema: _schema, ...p }) =>
    ['{', ...Object.entries(p).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`), `  "schema": ${rule(p.name)}`, '}'];
  const requestSchema = [
    '{',
    ...Object.entries(request).map(([k, v]) => `  ${JSON.stringify(k)}: ${indent(json(v))},`),
    '  "properties": {',
    parameters.map((p) => `    ${JSON.stringify(p.name)}: ${rule(p.name)}`).join(',\n'),
    '  }',
    '}',
  ].join('\n');
  const operation = [
    '{',
    ...Object.entries(head).map(([k, v]) => `  ${JSON.stringify(k)}: ${indent(json(v))},`),
    '  "parameters": [',
    parameters.map((p) => param(p).map((line) => `    ${line}`).join('\n')).join(',\n'),
    '  ]',
    '}',
  ].join('\n');
  return `${HEADER}// Runtime rules read from the spec; validation, serialization, normalization and the emulator use them.

${rules}
/**
 * Every request parameter as one closed object schema (rules only, parameter order): what validation walks,
 * with the RPC action and version (\`x-acs-action\`, \`x-acs-version\`) the request is sent as.
 */
export const requestSchema = ${requestSchema} as const;

/** The RPC operation: action, version, and every request parameter with its rules and wire style. */
export const operation = ${operation} as const;

/** The success body's schema (rules only), used by the response normalizer. */
export const responseSchema = ${json(meta.responseSchema)} as const;

/** The error body's schema (rules only). */
export const errorBodySchema = ${json(meta.errorBodySchema)} as const;

/** Service error codes the spec lists, with the HTTP status each comes with. */
export const errorCodes: Readonly<Record<string, number>> = ${json(meta.errorCodes)};
`;
}

async function generateCore(spec, outRoot) {
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const dir = join(outRoot, CORE_OUT);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const ast = await openapiTS(new URL(`file://${specPath}`), { alphabetize: false });
  await writeFile(join(dir, 'schema.gen.ts'), `${HEADER}${astToString(ast)}`);
  await writeFile(join(dir, 'spec.gen.ts'), renderSpecMeta(specMeta(spec)));
}

async function generateClient(outRoot) {
  const { createClient } = await import('@hey-api/openapi-ts');
  const dir = join(outRoot, CLIENT_OUT);
  await rm(dir, { recursive: true, force: true });
  await createClient({
    input: specPath,
    output: { path: dir, module: { extension: '.js' } },
    // `client: false`: the operation functions take the client as an argument instead of importing hey-api's
    // fetch runtime, so the edge bundle carries only what the client package passes in (about 4 KiB gzip
    // less); `@hey-api/client-fetch` still generates the `Client` and `Options` types they are typed with.
    plugins: ['@hey-api/typescript', { name: '@hey-api/sdk', client: false, auth: false }, '@hey-api/client-fetch'],
    logs: { level: 'silent' },
  });
  for (const file of await listFiles(dir)) {
    const text = await readFile(file, 'utf8');
    if (!text.startsWith(HEADER)) await writeFile(file, HEADER + text);
  }
}

async function listFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(p)));
    else out.push(p);
  }
  return out.sort();
}

async function generate(outRoot) {
  const spec = parse(await readFile(specPath, 'utf8'));
  await generateCore(spec, outRoot);
  await generateClient(outRoot);
}

async function check() {
  const tmp = await mkdtemp(join(tmpdir(), 'ecs-generate-'));
  try {
    await generate(tmp);
    const stale = [];
    for (const sub of [CORE_OUT, CLIENT_OUT]) {
      const want = await listFiles(join(tmp, sub)).catch(() => []);
      const have = await listFiles(join(root, sub)).catch(() => []);
      const rel = (base) => (f) => relative(base, f);
      const wantSet = new Set(want.map(rel(tmp)));
      for (const f of have.map(rel(root))) if (!wantSet.has(f)) stale.push(`${f} (not generated by the spec)`);
      for (const f of wantSet) {
        const a = await readFile(join(tmp, f), 'utf8');
        const b = await readFile(join(root, f), 'utf8').catch(() => null);
        if (a !== b) stale.push(b === null ? `${f} (missing)` : `${f} (differs)`);
      }
    }
    if (stale.length) {
      console.error(`generated code is stale; run \`pnpm generate\` and commit:\n  ${stale.join('\n  ')}`);
      process.exitCode = 1;
    } else {
      console.log('generated code matches spec/openapi.yaml');
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

export { CLIENT_OUT, CORE_OUT, generate, listFiles, specMeta };

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain && process.argv.includes('--check')) await check();
else if (isMain) {
  await generate(root);
  console.log(`generated ${CORE_OUT} and ${CLIENT_OUT} from spec/openapi.yaml`);
}
