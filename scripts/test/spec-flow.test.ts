// Issue 10, "Prove it": spec changes flow through with no hand edits. The repository is copied to a temporary
// git repo (node_modules symlinked, so nothing is installed), the spec is edited by script, and the real
// `scripts/generate.mjs`, `scripts/spec-diff.mjs`, `scripts/check-changeset.mjs` and `changeset version` run
// there. Core's runtime (flattening, parsing, validation, normalization) is loaded from the copy's source, so
// it reads the regenerated rules (packages/core/src/generated/acs-operations.gen.ts, one rules object per
// action; the client's types come from core's generated types.gen.ts).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { copyRepo, env, type RepoCopy, root } from './helpers/repo-copy.js';

const SPEC = 'spec/openapi.yaml';
const TAG = '@org/ecs-pipelines-core@0.1.0';
const PACKAGES = ['core', 'client', 'contract', 'cli'];

// Core's runtime API is being written alongside this test; each check of it runs once core exports it.
const coreIndex = readFileSync(join(root, 'packages/core/src/index.ts'), 'utf8');
const coreExports = new Set(
  [...coreIndex.matchAll(/^export\s*\{([^}]*)\}/gm)].flatMap((m) => m[1]!.split(',').map((s) => s.trim().split(/\s+as\s+/).pop()!)),
);
const lacks = (name: string) => !coreExports.has(name);

/** The copy's end-to-end test of the new `Foo` list (written into the copy; run by the copy's vitest). */
const E2E_TEST = `import { expect, it } from 'vitest';
import { createClient } from '../src/index.js';
import { DEFAULT_CREDENTIALS, startEmulator } from './helpers/emulator.js';

for (const signatureVersion of ['v3', 'v1'] as const) {
  it(\`Foo reaches the emulator (\${signatureVersion})\`, async () => {
    const server = await startEmulator();
    try {
      const client = createClient({ credentials: DEFAULT_CREDENTIALS, endpoint: server.url, regionId: 'cn-hangzhou', signatureVersion });
      const page = await client.describeImagePipelines({ Foo: ['a b', '部门'] } as never);
      expect(page.$metadata.httpStatusCode).toBe(200);
      const entry = server.emulator.log.at(-1)!;
      expect(entry).toMatchObject({ status: 200, algorithm: signatureVersion });
      expect(entry.params).toMatchObject({ 'Foo.1': 'a b', 'Foo.2': '部门' });
      await expect(client.describeImagePipelines({ Foo: Array(101).fill('x') } as never)).rejects.toMatchObject({ name: 'EcsValidationError', parameter: 'Foo' });
    } finally {
      await server.close();
    }
  });
}
`;

let repo: RepoCopy;
let copy = '';
let baseSpec: any;

const git = (...args: string[]) => repo.git(...args);
/** Runs a node script of the copy; returns its exit code and output, never throws. */
const node = (...args: string[]) => repo.node(...args);
function generate() {
  const r = node('scripts/generate.mjs');
  expect(r.status, r.stderr).toBe(0);
}
/** Writes the base spec changed by `edit` into the copy. */
async function setSpec(edit: (s: any) => void) {
  const spec = structuredClone(baseSpec);
  edit(spec);
  await repo.write(SPEC, stringify(spec));
}
const read = (rel: string) => repo.read(rel);
/** Imports a TypeScript module of the copy fresh (the query defeats the module cache after a regeneration). */
const load = (rel: string): Promise<any> => repo.load(rel);
/** Core of the copy, with every module re-read, so it sees the latest generated rules. */
const copiedCore = (): Promise<any> => repo.core();

/** Core of this checkout (generated from the unchanged spec): the control for the copy's. */
const originalCore = (): Promise<any> => import(/* @vite-ignore */ pathToFileURL(join(root, 'packages/core/src/index.ts')).href);

const ImagePipeline = (s: any) => s.components.schemas.ImagePipeline;
/** The DescribeImagePipelines operation of a spec (one pseudo-path per action; parameters at operation level). */
const describeImagePipelines = (s: any) => s.paths['/DescribeImagePipelines'].get;
const RULES = 'packages/core/src/generated/acs-operations.gen.ts';
const TYPES = 'packages/core/src/generated/types.gen.ts';

beforeAll(async () => {
  repo = await copyRepo('spec-flow-');
  copy = repo.dir;
  baseSpec = parse(await read(SPEC));
  git('tag', TAG);
  git('checkout', '-q', '-b', 'feature');
}, 60_000);

afterAll(async () => {
  await repo?.remove();
});

describe('flow: a clean clone', () => {
  it('passes the changeset check: the base equals HEAD and spec/ is unchanged', () => {
    const r = node('scripts/check-changeset.mjs');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('the base equals HEAD');
  });

  it('spec:diff against the last release tag by default: no changes, bump: none', () => {
    const r = node('scripts/spec-diff.mjs');
    expect(r.lines[0]).toBe(`${SPEC} compared with ${TAG}:`);
    expect(r.lines.at(-1)).toBe('bump: none');
  });
});

describe('flow: a new optional response field (ImagePipeline.BuildTimeout, integer)', () => {
  beforeAll(async () => {
    await setSpec((s) => {
      ImagePipeline(s).properties.BuildTimeout = { type: 'integer', description: 'The build timeout, in seconds.' };
    });
    generate();
  }, 60_000);

  it("reaches core's generated types, which the client's generated operations import", async () => {
    const types = await read(TYPES);
    const pipeline = types.slice(types.indexOf('export type ImagePipeline = {'));
    expect(pipeline.slice(0, pipeline.indexOf('\n};') + 1)).toMatch(/\n\s+BuildTimeout\?: number;\n/);
    expect(await read('packages/client/src/generated/operations.gen.ts')).toMatch(/^import type \{[^}]*DescribeImagePipelinesRequest[^}]*\} from '@org\/ecs-pipelines-core';$/m);
  });

  it("reaches the normalizer's rules (DescribeImagePipelines.response in acs-operations.gen.ts)", async () => {
    const { DescribeImagePipelines } = await load(RULES);
    const item = DescribeImagePipelines.response.properties.ImagePipeline.properties.ImagePipelineSet.items;
    expect(item.properties.BuildTimeout).toEqual({ type: 'integer' });
  });

  it.skipIf(lacks('normalizeResponse'))('is coerced by the normalizer (an integer sent as a string)', async () => {
    const body = { RequestId: 'r', ImagePipeline: { ImagePipelineSet: [{ BuildTimeout: '30' }] } };
    const core = await copiedCore();
    const out = core.normalizeResponse(core.DescribeImagePipelines, structuredClone(body));
    expect(out.ImagePipeline.ImagePipelineSet[0].BuildTimeout).toBe(30);
    // Control: the checkout's core, generated from the unchanged spec, has no rule for the field.
    const original = await originalCore();
    const before = original.normalizeResponse(original.DescribeImagePipelines, structuredClone(body));
    expect(before.ImagePipeline.ImagePipelineSet[0].BuildTimeout).not.toBe(30);
  });

  it('spec:diff says minor', () => {
    const r = node('scripts/spec-diff.mjs');
    expect(r.status).toBe(0);
    expect(r.lines).toContain('  minor  ImagePipeline.BuildTimeout: new response field (integer)');
    expect(r.lines.at(-1)).toBe('bump: minor');
  });
});

describe('flow: a removed response field', () => {
  it('spec:diff says major', async () => {
    await setSpec((s) => delete ImagePipeline(s).properties.NvmeSupport);
    const r = node('scripts/spec-diff.mjs');
    expect(r.lines).toContain('  major  ImagePipeline.NvmeSupport: response field removed');
    expect(r.lines.at(-1)).toBe('bump: major');
  });
});

describe('flow: MaxResults narrowed to 100', () => {
  beforeAll(async () => {
    await setSpec((s) => {
      s.components.parameters.MaxResults.schema.maximum = 100;
    });
    generate();
  }, 60_000);

  it("shows up in the generated rules of every action that has the parameter (the paged ones: it is their page size), and of no other", async () => {
    const { operations } = await load(RULES);
    const ops = Object.values<any>(baseSpec.paths).map((item) => item.get);
    const having = ops.filter((o) => o.parameters.some((p: any) => p.$ref === '#/components/parameters/MaxResults')).map((o) => o['x-acs-action']);
    // The premise: MaxResults is the page size of exactly the paged actions, and there are several of them.
    expect(having).toEqual(ops.filter((o) => o['x-acs-pagination']?.pageSize === 'MaxResults').map((o) => o['x-acs-action']));
    expect(having.length).toBeGreaterThan(1);
    expect(Object.keys(operations)).toEqual(ops.map((o) => o['x-acs-action']));
    for (const op of Object.values<any>(operations)) {
      if (having.includes(op.action)) expect(op.request.properties.MaxResults, op.action).toMatchObject({ type: 'integer', minimum: 1, maximum: 100 });
      else expect(op.request.properties, op.action).not.toHaveProperty('MaxResults');
    }
  });

  it.skipIf(lacks('checkRequest'))('is enforced by core validation: 101 refused, 100 accepted', async () => {
    const core = await copiedCore();
    const op = core.DescribeImagePipelines;
    const issues = core.checkRequest(op, { RegionId: 'cn-hangzhou', MaxResults: 101 });
    expect(issues.map((i: any) => i.parameter)).toEqual(['MaxResults']);
    expect(issues[0].allowed).toContain('100');
    expect(core.checkRequest(op, { RegionId: 'cn-hangzhou', MaxResults: 100 })).toEqual([]);
    expect(core.checkRequest(core.DescribeImageComponents, { RegionId: 'cn-hangzhou', MaxResults: 101 }).map((i: any) => i.parameter)).toEqual(['MaxResults']);
    // Control: the checkout's core, generated from the unchanged spec, still allows up to 500.
    const original = await originalCore();
    expect(original.checkRequest(original.DescribeImagePipelines, { RegionId: 'cn-hangzhou', MaxResults: 101 })).toEqual([]);
  });

  it('spec:diff says major', () => {
    const r = node('scripts/spec-diff.mjs');
    expect(r.lines).toContain('  major  parameter MaxResults: maximum narrowed 500 → 100');
    expect(r.lines.at(-1)).toBe('bump: major');
  });
});

describe('flow: a new optional repeat-list request parameter (Foo, string[] up to 100)', () => {
  let staleCheck: ReturnType<typeof node>;
  beforeAll(async () => {
    await setSpec((s) => {
      s.components.parameters.Foo = {
        name: 'Foo', in: 'query', required: false, description: 'A test list.', style: 'form', explode: true,
        'x-acs-style': 'repeatList', schema: { type: 'array', maxItems: 100, items: { type: 'string', minLength: 1 } },
      };
      describeImagePipelines(s).parameters.push({ $ref: '#/components/parameters/Foo' });
    });
    staleCheck = node('scripts/generate.mjs', '--check');
    generate();
  }, 60_000);

  // That the regenerated files then pass the check is generate.test.ts's job (generation is deterministic).
  it('makes the drift check (`pnpm generate:check`, run by CI) fail until regenerated', () => {
    expect(staleCheck.status).toBe(1);
    expect(staleCheck.stderr).toContain(`${RULES} (differs)`);
    expect(staleCheck.stderr).toContain(`${TYPES} (differs)`);
    expect(staleCheck.stderr).toContain('packages/cli/src/generated/commands.gen.ts (differs)');
  });

  it("appears in DescribeImagePipelines' generated rules and request type, and in no other action's", async () => {
    const { DescribeImagePipelines, operations } = await load(RULES);
    expect(DescribeImagePipelines.request.properties.Foo).toEqual({
      type: 'array', maxItems: 100, items: { type: 'string', minLength: 1 }, 'x-acs-style': 'repeatList',
    });
    expect(DescribeImagePipelines.request.required).toEqual(['RegionId']);
    expect(Object.keys(DescribeImagePipelines.request.properties).at(-1)).toBe('Foo');
    for (const op of Object.values<any>(operations)) if (op !== DescribeImagePipelines) expect(op.request.properties, op.action).not.toHaveProperty('Foo');
    const types = await read(TYPES);
    const data = types.slice(types.indexOf('export type DescribeImagePipelinesData = {'));
    expect(data.slice(0, data.indexOf('\n};') + 1)).toMatch(/\n\s+Foo\?: Array<string>;\n/);
    // The CLI gets a flag for it, from the same run.
    const { commands } = await load('packages/cli/src/generated/commands.gen.ts');
    expect(commands.find((c: any) => c.action === 'DescribeImagePipelines').flags).toContainEqual({ flag: '--foo', param: 'Foo', required: false, description: 'A test list.' });
  });

  it.skipIf(lacks('toWireParams'))('is flattened by core as Foo.1, Foo.2', async () => {
    const core = await copiedCore();
    expect(core.toWireParams({ RegionId: 'cn-hangzhou', Foo: ['a', 'b'] })).toEqual([['RegionId', 'cn-hangzhou'], ['Foo.1', 'a'], ['Foo.2', 'b']]);
  });

  it.skipIf(lacks('fromWireParams'))("is parsed back by core's emulator side (ordered by N)", async () => {
    const wire = [['RegionId', 'cn-hangzhou'], ['Foo.2', 'b'], ['Foo.1', 'a']];
    const core = await copiedCore();
    expect(core.fromWireParams(core.DescribeImagePipelines, wire)).toEqual({ RegionId: 'cn-hangzhou', Foo: ['a', 'b'] });
    // Control: the checkout's core, generated from the unchanged spec, does not know Foo as a list.
    const original = await originalCore();
    expect(original.fromWireParams(original.DescribeImagePipelines, wire)).not.toHaveProperty('Foo');
  });

  it.skipIf(lacks('checkRequest'))('is accepted by core validation, with its list limit', async () => {
    const core = await copiedCore();
    const op = core.DescribeImagePipelines;
    expect(core.checkRequest(op, { RegionId: 'cn-hangzhou', Foo: ['a'] })).toEqual([]);
    expect(core.checkRequest(op, { RegionId: 'cn-hangzhou', Foo: Array(101).fill('a') }).map((i: any) => i.parameter)).toEqual(['Foo']);
    // Another action of the same copy does not take it.
    expect(core.checkRequest(core.DescribeImageComponents, { RegionId: 'cn-hangzhou', Foo: ['a'] }).map((i: any) => i.parameter)).toEqual(['Foo']);
    // Control: the checkout's core, generated from the unchanged spec, refuses Foo as an unknown parameter.
    const original = await originalCore();
    expect(original.checkRequest(original.DescribeImagePipelines, { RegionId: 'cn-hangzhou', Foo: ['a'] }).map((i: any) => i.parameter)).toEqual(['Foo']);
  });

  // End to end in the copy: its own vitest (config and source aliases of the copy) runs the copy's client
  // against the copy's emulator over loopback; nothing is built. Both read the regenerated rules.
  it('goes end to end: the client validates, flattens and signs it, the emulator verifies and accepts it (V3 and V1)', async () => {
    await writeFile(join(copy, 'packages/client/test/spec-flow-e2e.test.ts'), E2E_TEST);
    const r = spawnSync(process.execPath, [join(copy, 'node_modules/vitest/vitest.mjs'), 'run', '--project', 'client', 'test/spec-flow-e2e.test.ts'], {
      cwd: join(copy, 'packages/client'),
      env,
      encoding: 'utf8',
    });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Tests\s+.*2 passed/);
  }, 120_000);

  it('spec:diff says minor', () => {
    const r = node('scripts/spec-diff.mjs');
    expect(r.lines).toContain('  minor  parameter Foo: new optional parameter (string[], repeatList)');
    expect(r.lines.at(-1)).toBe('bump: minor');
  });
});

describe('flow: CI refuses a spec change without a changeset; spec:diff --changeset fixes it', () => {
  it('fails, then passes once the changeset is written, and `changeset version` bumps all four packages', async () => {
    await setSpec((s) => {
      ImagePipeline(s).properties.BuildTimeout = { type: 'integer', description: 'The build timeout, in seconds.' };
    });
    // Uncommitted spec edit on a branch that has not left main yet.
    let r = node('scripts/check-changeset.mjs');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('spec/ changed since');
    expect(r.stderr).toContain('pnpm spec:diff --changeset');
    // Committed on the branch: the merge base with main is the base.
    git('add', SPEC);
    git('commit', '-q', '-m', 'spec: BuildTimeout');
    r = node('scripts/check-changeset.mjs');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('the merge base with main');

    const diff = node('scripts/spec-diff.mjs', '--changeset');
    const file = /changeset: wrote (\.changeset\/spec-[0-9a-f]{8}\.md)/.exec(diff.stdout)?.[1];
    expect(file, diff.stdout).toBeDefined();
    expect(diff.lines.at(-1)).toBe('bump: minor');
    const text = await read(file!);
    for (const p of PACKAGES) expect(text).toContain(`"@org/ecs-pipelines-${p}": minor`);
    expect(text).toContain('- (minor) ImagePipeline.BuildTimeout: new response field (integer)');

    r = node('scripts/check-changeset.mjs');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`${file} was added`);

    // The changeset is valid for changesets itself: all four packages move to the next minor together.
    const v = node(join(copy, 'node_modules/@changesets/cli/bin.js'), 'version');
    expect(v.status, v.stderr).toBe(0);
    for (const p of PACKAGES) expect(JSON.parse(await read(`packages/${p}/package.json`)).version, p).toBe('0.2.0');
    expect(await read('packages/core/CHANGELOG.md')).toContain('ImagePipeline.BuildTimeout: new response field (integer)');
    // The release consumed the changeset; the version bump now answers for the spec change.
    r = node('scripts/check-changeset.mjs');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('versioned 0.1.0 → 0.2.0');
  }, 60_000);

  it('names a CHANGESET_BASE that does not exist instead of passing silently', () => {
    const r = spawnSync(process.execPath, ['scripts/check-changeset.mjs'], { cwd: copy, env: { ...env, CHANGESET_BASE: 'no-such-ref' }, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('CHANGESET_BASE=no-such-ref names no commit');
  });
});
