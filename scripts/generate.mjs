#!/usr/bin/env node
// Regenerates everything derived from spec/openapi.yaml, with one parser (@hey-api/openapi-ts):
//   packages/core/src/generated/types.gen.ts           types of every action (@hey-api/typescript)
//   packages/core/src/generated/acs-operations.gen.ts  per action: runtime rules (request, response, wire styles,
//                                                       errors, pagination), request type, and the `operations`
//                                                       map (our hey-api plugin, scripts/hey-api/acs-operations.mjs)
//   packages/client/src/generated/operations.gen.ts    per action: a standalone command, and for paged actions a
//                                                       paginator; the client's method table and its types
//   packages/cli/src/generated/commands.gen.ts          per action: the subcommand, its flags and help text
//   packages/contract/src/generated/handlers.gen.ts     the emulator's Action → handler table (the handlers
//                                                       themselves are hand-written, one file per action in
//                                                       packages/contract/src/handlers/, scaffolded when missing)
// `--check` generates into a temporary folder and fails when the committed files differ (drift check).
import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { acsOperations } from './hey-api/acs-operations.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const specPath = join(root, 'spec/openapi.yaml');
const HEADER = '// auto-generated from spec/openapi.yaml by scripts/generate.mjs — do not edit.\n';
const CORE_OUT = 'packages/core/src/generated';
const CLIENT_OUT = 'packages/client/src/generated';
const CLI_OUT = 'packages/cli/src/generated';
const CONTRACT_OUT = 'packages/contract/src/generated';
const OUTPUTS = [CORE_OUT, CLIENT_OUT, CLI_OUT, CONTRACT_OUT];
const HANDLERS = 'packages/contract/src/handlers';

/** `DescribeImagePipelines` → `describe-image-pipelines` (CLI subcommands and flags, handler files). */
export const kebab = (s) => s.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2').toLowerCase();
/** `ImagePipeline` (the list wrapper) → `ImagePipelines`: the name of `list<Items>`. */
const plural = (s) => (s.endsWith('s') ? s : `${s}s`);
const doc = (text, indent = '') => `${indent}/**\n${text.split('\n').map((l) => `${indent} *${l ? ` ${l}` : ''}`).join('\n')}\n${indent} */`;

/** Runs hey-api into core: the types and our plugin's rules; resolves with the operations it described. */
async function generateCore(outRoot) {
  const { createClient } = await import('@hey-api/openapi-ts');
  const dir = join(outRoot, CORE_OUT);
  await rm(dir, { recursive: true, force: true });
  let operations = [];
  await createClient({
    input: specPath,
    output: { path: dir, module: { extension: '.js' }, indexFile: false },
    plugins: ['@hey-api/typescript', acsOperations({ onOperations: (ops) => (operations = ops) })],
    logs: { level: 'silent' },
  });
  return operations;
}

/** A TypeScript literal of a spec example, in the repository's spelling (single-quoted strings). */
const literal = (v) =>
  typeof v === 'string' ? `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`
  : Array.isArray(v) ? `[${v.map(literal).join(', ')}]`
  : v && typeof v === 'object' ? `{ ${Object.entries(v).map(([k, x]) => `${k}: ${literal(x)}`).join(', ')} }`
  : String(v);

/** The input of a doc example: the parameters `names` with the spec's examples (RegionId comes from the client). */
function exampleInput(o, names) {
  const given = o.params.filter((p) => names.includes(p.name) && p.name !== 'RegionId' && p.example !== undefined);
  return given.length ? `{ ${given.map((p) => `${p.name}: ${literal(p.example)}`).join(', ')} }` : '{}';
}

/** The parameters a call of `o` cannot do without: the required ones and the first of an any-required set. */
const needed = (o) => [...o.params.filter((p) => p.required).map((p) => p.name), ...(o.anyRequired?.[0] ? [o.anyRequired[0]] : [])];

/**
 * A TSDoc `@example` (TypeDoc shows it on the page of each command, paginator, lister and waiter): a bare client,
 * then `lines`. `@function` makes TypeDoc document the constant as the function it is, with its signature.
 */
const example = (name, lines) => [
  '@function',
  '@example',
  '```ts',
  `import { createBareClient, fromEnv, ${name} } from '@org/ecs-pipelines-client';`,
  '',
  "const client = createBareClient({ regionId: 'cn-hangzhou', credentials: fromEnv(process.env) });",
  ...lines,
  '```',
].join('\n');

/** The client's per-action code: standalone commands and paginators (tree-shakeable), and the method table. */
function renderClient(ops) {
  const paged = ops.filter((o) => o.pagination);
  const lines = [
    HEADER,
    '// Per action: a standalone command over a bare client (a bundle that imports one pays for that one), a',
    '// paginator for paged actions, and the method table `createClient` binds. Each constant states its type:',
    '// JSR refuses inferred types in a public API ("slow types").',
    `import { ${ops.map((o) => o.action).join(', ')} } from '@org/ecs-pipelines-core';`,
    `import type { ${ops.map((o) => `${o.action}Request`).join(', ')} } from '@org/ecs-pipelines-core';`,
    "import { command, lister, paginator, type Command, type Input, type Item, type Lister, type Output, type Paginator } from '../operation.js';",
    `export { ${ops.map((o) => o.action).join(', ')} } from '@org/ecs-pipelines-core';`,
    `export type { ${ops.flatMap((o) => [`${o.action}Request`, `${o.action}Response`]).join(', ')} } from '@org/ecs-pipelines-core';`,
    "import type { CallOptions, ListOptions, PaginateOptions } from '../options.js';",
    ...(ops.some((o) => o.waiters) ? ["import { waiter, type Waiter, type WaiterOptions } from '../waiter.js';"] : []),
    '',
  ];
  for (const o of ops) {
    const shown = o.pagination ? `answer.${o.pagination.items.join('.')}` : 'answer.$metadata.requestId';
    const use = example(o.method, [`const answer = await ${o.method}(client, ${exampleInput(o, needed(o))});`, `console.log(${shown});`]);
    lines.push(doc(`${o.summary}.\n\n${o.description}\n\nOne call of \`${o.action}\` (retried as the client's policy says); rejects with core's error family, the\nerror carrying \`$metadata\` too.\n\n${use}`));
    lines.push(`export const ${o.method}: Command<'${o.action}'> = /* @__PURE__ */ command<'${o.action}'>(${o.action});`, '');
    lines.push(`/** The input of \`${o.method}\`: ${o.action}'s request; \`RegionId\` may be left to the client's \`regionId\`. */`);
    lines.push(`export type ${o.action}Input = Input<${o.action}Request>;`);
    lines.push(`/** One answer of \`${o.method}\`, normalized, with \`$metadata\`${o.pagination ? `; the list \`${o.pagination.items.join('.')}\` is always there` : ''}. */`);
    lines.push(`export type ${o.action}Output = Output<'${o.action}'>;`, '');
  }
  for (const o of paged) {
    const [wrapper] = o.pagination.items;
    const pages = example(`paginate${o.action}`, [`for await (const page of paginate${o.action}(client, ${exampleInput(o, needed(o))}, { pageSize: 50 })) {`, `  console.log(page.${o.pagination.items.join('.')}.length);`, '}']);
    lines.push(doc(`Every page of \`${o.action}\`, in order, following \`${o.pagination.outputToken}\`. \`pageSize\` sets \`${o.pagination.pageSize}\`;\n\`startingToken\` resumes where an earlier run stopped. A token the service repeats ends with \`EcsResponseError\`\ninstead of a loop.\n\n${pages}`));
    lines.push(`export const paginate${o.action}: Paginator<'${o.action}'> = /* @__PURE__ */ paginator<'${o.action}'>(${o.action});`, '');
    const items = example(`list${plural(wrapper)}`, [`for await (const item of list${plural(wrapper)}(client, ${exampleInput(o, needed(o))}, { maxItems: 200 })) console.log(item);`]);
    lines.push(doc(`Each item of \`${o.pagination.items.join('.')}\` across pages, one at a time; stops after \`maxItems\` without fetching more.\n\n${items}`));
    lines.push(`export const list${plural(wrapper)}: Lister<'${o.action}'> = /* @__PURE__ */ lister<'${o.action}'>(${o.action});`, '');
    lines.push(`/** One item of \`${o.pagination.items.join('.')}\`. */`);
    lines.push(`export type ${wrapper}Item = Item<'${o.action}'>;`, '');
  }
  const waiters = ops.flatMap((o) => (o.waiters ?? []).map((w) => ({ o, w })));
  for (const { o, w } of waiters) {
    const wait = example(`waitUntil${w.name}`, [`const item = await waitUntil${w.name}(client, ${exampleInput(o, w.input?.[0] ?? needed(o))}, { maxWaitMs: 60 * 60_000 });`, 'console.log(item);']);
    lines.push(doc(`Polls \`${o.action}\` until the first item's \`${w.item}\` is final: resolves with the item on ${w.success.map((x) => `\`${x}\``).join(' or ')},\nrejects with \`EcsWaiterError\` (\`reason: 'failure'\`) on ${w.failure.map((x) => `\`${x}\``).join(', ')}, or (\`reason: 'timeout'\`) after \`maxWaitMs\`.\n${w.description}\n\n${wait}`));
    lines.push(`export const waitUntil${w.name}: Waiter<'${o.action}'> = /* @__PURE__ */ waiter<'${o.action}'>(${o.action}, '${w.name}');`, '');
  }
  lines.push('/** The methods of a client made by `createClient`: one per action, and `list<Items>` per paged action. */');
  lines.push('export interface OperationMethods {');
  for (const o of ops) {
    lines.push(`  /** ${o.summary}: one call of \`${o.action}\`. */`);
    lines.push(`  ${o.method}(input: ${o.action}Input, options?: CallOptions): Promise<${o.action}Output>;`);
  }
  for (const o of paged) {
    const [wrapper] = o.pagination.items;
    lines.push(`  /** Each item of \`${o.action}\` across pages; stops after \`maxItems\`. */`);
    lines.push(`  list${plural(wrapper)}(input: ${o.action}Input, options?: ListOptions): AsyncGenerator<${wrapper}Item, void, undefined>;`);
  }
  for (const { o, w } of waiters) {
    lines.push(`  /** Waits until \`${o.action}\`'s first item is final (see the standalone \`waitUntil${w.name}\`). */`);
    lines.push(`  waitUntil${w.name}(input: ${o.action}Input, options?: WaiterOptions): Promise<${o.pagination.items[0]}Item>;`);
  }
  lines.push('}', '');
  lines.push('/** The commands and item iterators `createClient` binds as methods. */');
  lines.push('export const methods = {');
  for (const o of ops) lines.push(`  ${o.method},`);
  for (const o of paged) lines.push(`  list${plural(o.pagination.items[0])},`);
  for (const { w } of waiters) lines.push(`  waitUntil${w.name},`);
  lines.push('} as const;', '');
  lines.push('export type { PaginateOptions };', '');
  return lines.join('\n');
}

/** The CLI's per-action subcommands: names, flags and help text from the spec. */
function renderCli(ops) {
  const commands = ops.map((o) => ({
    name: kebab(o.action),
    action: o.action,
    summary: o.summary,
    description: o.description,
    ...(o.pagination ? { items: o.pagination.items } : {}),
    flags: o.params.map((p) => ({ flag: `--${kebab(p.name)}`, param: p.name, required: p.required, description: p.description, ...(p.fields ? { fields: p.fields } : {}) })),
  }));
  return `${HEADER}// One subcommand per action (kebab-case of the action, flags kebab-case of the parameters), with the spec's
// descriptions as help text. The CLI reads each parameter's type and wire style from core's rules.

/** A subcommand of \`ecs-pipelines\`, generated from one operation of the spec. */
export interface GeneratedCommand {
  readonly name: string;
  readonly action: string;
  readonly summary: string;
  readonly description: string;
  /** For paged actions: the path of the item list in a page. */
  readonly items?: readonly [string, string];
  /** Per request parameter; a struct's \`fields\` hold each field's description by wire path without list indexes. */
  readonly flags: readonly { readonly flag: string; readonly param: string; readonly required: boolean; readonly description: string; readonly fields?: Readonly<Record<string, string>> }[];
}

/** Every generated subcommand. */
export const commands: readonly GeneratedCommand[] = ${JSON.stringify(commands, null, 2)};
`;
}

/** The emulator's handler table: one hand-written handler per action, imported from its own file. */
function renderContract(ops) {
  const file = (o) => `../handlers/${kebab(o.action)}.js`;
  return `${HEADER}// The emulator's Action → handler table. Each handler is hand-written in src/handlers/<action>.ts (the
// generator scaffolds a missing one); routing, signature checks, faults and decoding are generic.
${ops.map((o) => `import { handle${o.action} } from '${file(o)}';`).join('\n')}
import type { Handlers } from '../handler.js';

/** Every action of the spec with its handler. */
export const handlers: Handlers = {
${ops.map((o) => `  ${o.action}: handle${o.action},`).join('\n')}
};
`;
}

/** A handler for an action that has none yet: answers that the emulator does not implement it. */
function scaffoldHandler(o) {
  return `// The emulator's ${o.action}. Scaffolded by scripts/generate.mjs; write the behaviour here (it is never
// overwritten).
import type { Handler } from '../handler.js';
import { notImplemented } from '../errors.js';

/** ${o.summary}. */
export const handle${o.action}: Handler<'${o.action}'> = () => ({ ok: false, error: notImplemented('${o.action}') });
`;
}

async function writeGenerated(outRoot, rel, text) {
  await mkdir(dirname(join(outRoot, rel)), { recursive: true });
  await writeFile(join(outRoot, rel), text);
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

async function generate(outRoot, { scaffold = true } = {}) {
  const ops = await generateCore(outRoot);
  for (const dir of [CLIENT_OUT, CLI_OUT, CONTRACT_OUT]) await rm(join(outRoot, dir), { recursive: true, force: true });
  await writeGenerated(outRoot, `${CLIENT_OUT}/operations.gen.ts`, renderClient(ops));
  await writeGenerated(outRoot, `${CLI_OUT}/commands.gen.ts`, renderCli(ops));
  await writeGenerated(outRoot, `${CONTRACT_OUT}/handlers.gen.ts`, renderContract(ops));
  // The one hand-written part of a new action: its emulator handler, scaffolded once, never overwritten.
  if (scaffold) {
    for (const o of ops) {
      const path = join(outRoot, HANDLERS, `${kebab(o.action)}.ts`);
      if (!existsSync(path)) await writeGenerated(outRoot, relative(outRoot, path), scaffoldHandler(o));
    }
  }
  for (const dir of OUTPUTS) {
    for (const file of await listFiles(join(outRoot, dir))) {
      const text = await readFile(file, 'utf8');
      const body = text.replace(/^\/\/ This file is auto-generated by @hey-api\/openapi-ts\n\n?/, '');
      if (!text.startsWith(HEADER)) await writeFile(file, HEADER + body);
    }
  }
  return ops;
}

async function check() {
  const tmp = await mkdtemp(join(tmpdir(), 'ecs-generate-'));
  try {
    await generate(tmp, { scaffold: false });
    const stale = [];
    for (const sub of OUTPUTS) {
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

export { CLIENT_OUT, CORE_OUT, CLI_OUT, CONTRACT_OUT, OUTPUTS, generate, listFiles };

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain && process.argv.includes('--check')) await check();
else if (isMain) {
  await generate(root);
  console.log(`generated ${OUTPUTS.join(', ')} from spec/openapi.yaml`);
}
