// Issue 15, "a new action needs no hand edits": an action the code has never seen
// (DescribeImagePipelineTemplates, invented: a required parameter, a repeat list, x-acs-pagination, an error
// code of its own) is added to the spec of a copy of the repository, the copy's `scripts/generate.mjs` runs,
// and every package picks it up: core's rules and types (validated, flattened, parsed, normalized, decoded by
// the copy's core), the client's commands/paginator/lister, the CLI's subcommand, the emulator's route and a
// scaffolded handler. Nothing else in the copy changes. The last part sends it through the copy's client to
// the copy's emulator (both read the regenerated files).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { copyRepo, env, type RepoCopy } from './helpers/repo-copy.js';

const SPEC = 'spec/openapi.yaml';
const ACTION = 'DescribeImagePipelineTemplates';
const KEBAB = 'describe-image-pipeline-templates';
const RULES = 'packages/core/src/generated/acs-operations.gen.ts';
const TYPES = 'packages/core/src/generated/types.gen.ts';
const CLIENT = 'packages/client/src/generated/operations.gen.ts';
const CLI = 'packages/cli/src/generated/commands.gen.ts';
const CONTRACT = 'packages/contract/src/generated/handlers.gen.ts';
const HANDLER = `packages/contract/src/handlers/${KEBAB}.ts`;
const GENERATED = [RULES, TYPES, CLIENT, CLI, CONTRACT];

/** The documented page of the new action, typed. */
const EXAMPLE = {
  TotalCount: 1,
  NextToken: 'AAAAAdDWBF2****',
  RequestId: '473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E',
  MaxResults: 50,
  ImagePipelineTemplate: {
    ImagePipelineTemplateSet: [
      { TemplateId: 'tpl-1', Family: 'web', Revision: 3, Public: true, Tags: { Tag: [{ TagKey: 'TestKey', TagValue: 'TestValue' }] } },
    ],
  },
};

/** Adds the invented action to a parsed spec, the way a maintainer would write it. */
function addAction(s: any): void {
  const ref = (kind: string, name: string) => ({ $ref: `#/components/${kind}/${name}` });
  s.components.parameters.TemplateFamily = {
    name: 'TemplateFamily', in: 'query', required: true, description: 'The template family.',
    schema: { type: 'string', minLength: 1, maxLength: 64 }, example: 'web',
  };
  s.components.parameters.TemplateIds = {
    name: 'TemplateId', in: 'query', required: false, description: 'Template IDs. Wire form `TemplateId.N`, N from 1 to 10.',
    style: 'form', explode: true, 'x-acs-style': 'repeatList',
    schema: { type: 'array', maxItems: 10, items: { type: 'string', minLength: 1 } }, example: ['tpl-1'],
  };
  s.components.schemas.ImagePipelineTemplate = {
    type: 'object', description: 'One pipeline template.',
    properties: {
      TemplateId: { type: 'string', description: 'The template ID.' },
      Family: { type: 'string', description: 'The family.' },
      Revision: { type: 'integer', minimum: 0, description: 'The revision.' },
      Public: { type: 'boolean', description: 'Whether anyone may use it.' },
      Tags: { type: 'object', description: 'Its tags.', 'x-acs-list-wrapper': true, properties: { Tag: { type: 'array', items: ref('schemas', 'ResourceTag') } } },
    },
  };
  s.components.schemas.DescribeImagePipelineTemplatesResponseBody = {
    type: 'object', description: 'One page of pipeline templates.', required: ['RequestId'],
    properties: {
      RequestId: { type: 'string', description: 'The request ID.' },
      TotalCount: { type: 'integer', minimum: 0, description: 'The number of templates (all pages).' },
      MaxResults: { type: 'integer', description: 'The page size used.' },
      NextToken: { type: 'string', description: 'The token of the next page.' },
      ImagePipelineTemplate: {
        type: 'object', description: 'The templates of this page.', 'x-acs-list-wrapper': true,
        properties: { ImagePipelineTemplateSet: { type: 'array', items: ref('schemas', 'ImagePipelineTemplate') } },
      },
    },
  };
  s.components.responses.DescribeImagePipelineTemplatesSuccess = {
    description: 'One page of pipeline templates.',
    content: { 'application/json': { schema: ref('schemas', 'DescribeImagePipelineTemplatesResponseBody'), examples: { typed: { summary: 'One template', value: EXAMPLE } } } },
  };
  const responses = structuredClone(s.paths['/DescribeImagePipelines'].get.responses);
  responses['200'] = ref('responses', 'DescribeImagePipelineTemplatesSuccess');
  s.paths[`/${ACTION}`] = {
    get: {
      operationId: 'describeImagePipelineTemplates',
      summary: 'Query image pipeline templates',
      description: 'Returns the pipeline templates of a family, one page at a time.',
      tags: ['ImageBuilder'],
      'x-acs-action': ACTION,
      'x-acs-version': '2014-05-26',
      'x-acs-pagination': { inputToken: 'NextToken', outputToken: 'NextToken', pageSize: 'MaxResults', items: 'ImagePipelineTemplate.ImagePipelineTemplateSet' },
      'x-acs-error-codes': { 'InvalidTemplateFamily.NotFound': 404 },
      parameters: ['RegionId', 'TemplateFamily', 'TemplateIds', 'Tag', 'NextToken', 'MaxResults'].map((p) => ref('parameters', p)),
      responses,
    },
  };
}

let repo: RepoCopy;
let before: Record<string, string>;
let generated: ReturnType<RepoCopy['node']>;

beforeAll(async () => {
  repo = await copyRepo('new-operation-flow-');
  before = Object.fromEntries(await Promise.all([...GENERATED, SPEC].map(async (f) => [f, await repo.read(f)] as const)));
  const spec = parse(before[SPEC]!);
  addAction(spec);
  await repo.write(SPEC, stringify(spec));
  generated = repo.node('scripts/generate.mjs');
}, 120_000);

afterAll(async () => {
  await repo?.remove();
});

describe(`a new action (${ACTION}) through generation, with no hand edits`, () => {
  it('generates, and only the spec, the generated files and one scaffolded handler change', () => {
    expect(generated.status, generated.stderr).toBe(0);
    const changed = repo.git('status', '--porcelain', '--untracked-files=all').trimEnd().split('\n').map((l) => [l.slice(0, 2).trim(), l.slice(3)]);
    expect(changed.sort()).toEqual([...GENERATED.map((f) => ['M', f]), ['??', HANDLER], ['M', SPEC]].sort());
    // The drift check agrees with what was generated.
    const check = repo.node('scripts/generate.mjs', '--check');
    expect(check.status, check.stderr).toBe(0);
  });

  it("core: the action's rules object (request, pagination, errors) and its types", async () => {
    const { operations, [ACTION]: op } = await repo.load(RULES);
    expect(Object.keys(operations)).toEqual(['DescribeImagePipelines', 'DescribeImagePipelineExecutions', 'DescribeImageComponents', ACTION]);
    expect(operations[ACTION]).toBe(op);
    expect(op).toMatchObject({ action: ACTION, version: '2014-05-26' });
    expect(op.request.required).toEqual(['RegionId', 'TemplateFamily']);
    expect(op.request.additionalProperties).toBe(false);
    expect(Object.keys(op.request.properties)).toEqual(['RegionId', 'TemplateFamily', 'TemplateId', 'Tag', 'NextToken', 'MaxResults']);
    expect(op.request.properties.TemplateId).toEqual({ type: 'array', maxItems: 10, items: { type: 'string', minLength: 1 }, 'x-acs-style': 'repeatList' });
    expect(op.pagination).toEqual({ inputToken: 'NextToken', outputToken: 'NextToken', pageSize: 'MaxResults', items: ['ImagePipelineTemplate', 'ImagePipelineTemplateSet'] });
    expect(op.errors).toMatchObject({ 'InvalidTemplateFamily.NotFound': 404, MissingParameter: 400, Throttling: 400, ServiceUnavailable: 503 });
    const rules = await repo.read(RULES);
    expect(rules).toContain(`export type ${ACTION}Request = ${ACTION}Data['query'];`);
    expect(rules).toMatch(new RegExp(`\\n\\s+${ACTION}: \\{\\n\\s+request: ${ACTION}Request;\\n\\s+response: ${ACTION}Response;`));
    const types = await repo.read(TYPES);
    expect(types).toContain('export type ImagePipelineTemplate = {');
    expect(types).toMatch(/\n\s+TemplateFamily: string;\n/);
    expect(types).toMatch(/\n\s+TemplateId\?: Array<string>;\n/);
  });

  it("the copy's core validates its request: the required parameter, the list limit, the paging hints", async () => {
    const core = await repo.core();
    const op = core[ACTION];
    expect(core.checkRequest(op, { RegionId: 'cn-hangzhou', TemplateFamily: 'web', TemplateId: ['tpl-1'], MaxResults: 10 })).toEqual([]);
    expect(core.checkRequest(op, { RegionId: 'cn-hangzhou' })).toEqual([{ parameter: 'TemplateFamily', problem: 'is required', allowed: 'a string of 1 to 64 characters' }]);
    const issues = core.checkRequest(op, { RegionId: 'cn-hangzhou', TemplateFamily: '', TemplateId: Array(11).fill('t'), PageSize: 5, TemplateIds: ['x'] });
    expect(issues.map((i: any) => [i.parameter, i.problem])).toEqual([
      ['PageSize', 'is unknown; did you mean "MaxResults"?'],
      ['TemplateIds', 'is unknown; did you mean "TemplateId"?'],
      ['TemplateFamily', 'must not be empty'],
      ['TemplateId', 'has 11 items, more than 10'],
    ]);
    expect(() => core.validateRequest(op, { RegionId: 'cn-hangzhou' })).toThrow(core.EcsValidationError);
  });

  it("the copy's core flattens TemplateId.N and parses it back", async () => {
    const core = await repo.core();
    const op = core[ACTION];
    const input = { RegionId: 'cn-hangzhou', TemplateFamily: 'web', TemplateId: ['a b', '部门', 'c'], MaxResults: 20 };
    const wire = core.toWireParams(input);
    expect(wire).toEqual([['RegionId', 'cn-hangzhou'], ['TemplateFamily', 'web'], ['TemplateId.1', 'a b'], ['TemplateId.2', '部门'], ['TemplateId.3', 'c'], ['MaxResults', '20']]);
    expect(core.fromWireParams(op, core.parseQuery(core.encodeQuery(wire)))).toEqual(input);
    // Control: another action of the same core does not know TemplateId as a list.
    expect(core.fromWireParams(core.DescribeImagePipelines, [['TemplateId.1', 'a']])).toEqual({ 'TemplateId.1': 'a' });
  });

  it("the copy's core normalizes and decodes its pages by its own response rules", async () => {
    const core = await repo.core();
    const op = core[ACTION];
    expect(core.normalizeResponse(op, EXAMPLE)).toBe(EXAMPLE);
    const stringly = {
      RequestId: 'R', TotalCount: '1', MaxResults: '50',
      ImagePipelineTemplate: { ImagePipelineTemplateSet: { TemplateId: 'tpl-1', Revision: '3', Public: 'true', Tags: '' } },
    };
    expect(core.normalizeResponse(op, stringly)).toEqual({
      RequestId: 'R', TotalCount: 1, MaxResults: 50,
      ImagePipelineTemplate: { ImagePipelineTemplateSet: [{ TemplateId: 'tpl-1', Revision: 3, Public: true, Tags: { Tag: [] } }] },
    });
    expect(() => core.normalizeResponse(op, { RequestId: 'R', ImagePipelineTemplate: { ImagePipelineTemplateSet: [{ Revision: 'x' }] } })).toThrow(/ImagePipelineTemplate\.ImagePipelineTemplateSet\[0\]\.Revision/);
    const res = { status: 404, contentType: 'application/json', body: JSON.stringify({ RequestId: 'R', Code: 'InvalidTemplateFamily.NotFound', Message: 'no such family' }) };
    expect(() => core.decodeResponse(op, res)).toThrow(expect.objectContaining({ name: 'EcsApiError', code: 'InvalidTemplateFamily.NotFound', httpStatus: 404 }));
    expect(core.decodeResponse(op, { status: 200, body: JSON.stringify(EXAMPLE) })).toEqual(EXAMPLE);
  });

  it("the copy's core still typechecks with the generated rules and types", () => {
    const r = spawnSync(process.execPath, [join(repo.dir, 'node_modules/typescript/bin/tsc'), '-p', 'packages/core/tsconfig.json', '--noEmit'], { cwd: repo.dir, env, encoding: 'utf8' });
    expect(r.status, r.stdout + r.stderr).toBe(0);
  }, 120_000);

  it('client: a command, a paginator and an item lister, bound as methods', async () => {
    const text = await repo.read(CLIENT);
    expect(text).toContain(`import { DescribeImagePipelines, DescribeImagePipelineExecutions, DescribeImageComponents, ${ACTION} } from '@org/ecs-pipelines-core';`);
    expect(text).toContain(`export const describeImagePipelineTemplates = /* @__PURE__ */ command<'${ACTION}'>(${ACTION});`);
    expect(text).toContain(`export const paginate${ACTION} = /* @__PURE__ */ paginator<'${ACTION}'>(${ACTION});`);
    expect(text).toContain(`export const listImagePipelineTemplates = /* @__PURE__ */ lister<'${ACTION}'>(${ACTION});`);
    expect(text).toContain(`export type ${ACTION}Input = Input<${ACTION}Request>;`);
    expect(text).toContain(`  describeImagePipelineTemplates(input: ${ACTION}Input, options?: CallOptions): Promise<${ACTION}Output>;`);
    expect(text).toContain(`  listImagePipelineTemplates(input: ${ACTION}Input, options?: ListOptions): AsyncGenerator<ImagePipelineTemplateItem, void, undefined>;`);
    const methods = text.slice(text.indexOf('export const methods = {'));
    expect(methods.slice(0, methods.indexOf('} as const;'))).toMatch(/\n\s+describeImagePipelineTemplates,\n[\s\S]*\n\s+listImagePipelineTemplates,\n/);
  });

  it('CLI: the kebab-case subcommand with kebab-case flags and the help text of the spec', async () => {
    const { commands } = await repo.load(CLI);
    const cmd = commands.find((c: any) => c.action === ACTION);
    expect(cmd).toMatchObject({ name: KEBAB, summary: 'Query image pipeline templates', description: 'Returns the pipeline templates of a family, one page at a time.', items: ['ImagePipelineTemplate', 'ImagePipelineTemplateSet'] });
    expect(cmd.flags.map((f: any) => [f.flag, f.param, f.required])).toEqual([
      ['--region-id', 'RegionId', true],
      ['--template-family', 'TemplateFamily', true],
      ['--template-id', 'TemplateId', false],
      ['--tag', 'Tag', false],
      ['--next-token', 'NextToken', false],
      ['--max-results', 'MaxResults', false],
    ]);
    expect(cmd.flags[1].description).toBe('The template family.');
    expect(commands.map((c: any) => c.name)).toEqual(['describe-image-pipelines', 'describe-image-pipeline-executions', 'describe-image-components', KEBAB]);
  });

  it('emulator: the action is routed to its handler, which was scaffolded; the other handlers are untouched', async () => {
    const table = await repo.read(CONTRACT);
    expect(table).toContain(`import { handle${ACTION} } from '../handlers/${KEBAB}.js';`);
    expect(table).toContain(`  ${ACTION}: handle${ACTION},`);
    const handler = await repo.read(HANDLER);
    expect(handler).toContain(`export const handle${ACTION}: Handler<'${ACTION}'> = () => ({ ok: false, error: notImplemented('${ACTION}') });`);
    expect(handler).toContain('Scaffolded by scripts/generate.mjs');
    // A second run keeps a handler someone has since written.
    await repo.write(HANDLER, `${handler}// edited\n`);
    const again = repo.node('scripts/generate.mjs');
    expect(again.status, again.stderr).toBe(0);
    expect(await repo.read(HANDLER)).toBe(`${handler}// edited\n`);
  });

  it('spec:diff calls it a new operation (minor)', () => {
    const r = repo.node('scripts/spec-diff.mjs', 'main');
    expect(r.status).toBe(0);
    expect(r.lines).toContain(`  minor  operation GET /${ACTION}: new operation`);
    expect(r.lines.at(-1)).toBe('bump: minor');
  });
});

/** The copy's end-to-end test of the new action (written into the copy; run by the copy's vitest). */
const E2E_TEST = `import { expect, it } from 'vitest';
import { createClient } from '../src/index.js';
import { DEFAULT_CREDENTIALS, startEmulator } from './helpers/emulator.js';

for (const signatureVersion of ['v3', 'v1'] as const) {
  it(\`${ACTION} is signed by the client, verified and routed by the emulator (\${signatureVersion})\`, async () => {
    const server = await startEmulator();
    try {
      const client = createClient({ credentials: DEFAULT_CREDENTIALS, endpoint: server.url, regionId: 'cn-hangzhou', signatureVersion });
      // The scaffolded handler answers that the emulator does not implement the action yet: the request got
      // through signature verification and the spec's checks to the action's own handler.
      await expect(client.describeImagePipelineTemplates({ TemplateFamily: 'web', TemplateId: ['a b', '部门'] })).rejects.toMatchObject({ name: 'EcsApiError', code: 'InvalidAction.NotFound' });
      const entry = server.emulator.log.at(-1)!;
      expect(entry).toMatchObject({ algorithm: signatureVersion });
      expect(entry.params).toMatchObject({ TemplateFamily: 'web', 'TemplateId.1': 'a b', 'TemplateId.2': '部门' });
      // The required parameter and the list limit are refused before anything is sent.
      const sent = server.emulator.log.length;
      await expect(client.describeImagePipelineTemplates({} as never)).rejects.toMatchObject({ name: 'EcsValidationError', parameter: 'TemplateFamily' });
      await expect(client.describeImagePipelineTemplates({ TemplateFamily: 'web', TemplateId: Array(11).fill('x') })).rejects.toMatchObject({ name: 'EcsValidationError', parameter: 'TemplateId' });
      expect(server.emulator.log.length).toBe(sent);
    } finally {
      await server.close();
    }
  });
}
`;

// End to end in the copy: its own vitest (config and source aliases of the copy) runs the copy's client
// against the copy's emulator over loopback; nothing is built. Both read the regenerated files.
describe(`${ACTION} end to end (the copy's client and emulator)`, () => {
  it('is signed (V3 and V1), verified, routed to the scaffolded handler, and validated before sending', async () => {
    await repo.write('packages/client/test/new-operation-e2e.test.ts', E2E_TEST);
    const r = spawnSync(process.execPath, [join(repo.dir, 'node_modules/vitest/vitest.mjs'), 'run', '--project', 'client', 'test/new-operation-e2e.test.ts'], {
      cwd: join(repo.dir, 'packages/client'),
      env,
      encoding: 'utf8',
    });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Tests\s+.*2 passed/);
  }, 120_000);
});
