// Issue 15, "a new action needs no hand edits": actions the code has never seen are added to the spec of a copy
// of the repository, the copy's `scripts/generate.mjs` runs, and every package picks them up: core's rules and
// types (validated, flattened, parsed, normalized, decoded by the copy's core), the client's commands (and
// paginator/lister for a paged one), the CLI's subcommand, the emulator's route and a scaffolded handler.
// Nothing else in the copy changes. Two actions, both invented:
// - DescribeImagePipelineTemplates, a paged read: a required parameter, a repeat list, x-acs-pagination,
//   x-acs-read-only and an error code of its own;
// - CreateImagePipelineTemplate, a write: x-acs-idempotency-token (ClientToken) and a flat struct parameter
//   (TemplateOptions: scalars, a nested object and a list), sent as `TemplateOptions.Features.Gpu`, ….
// The actions already in the spec are read from it, so the test holds as actions are added. The last part
// sends both through the copy's client (and the write through the copy's CLI) to the copy's emulator.
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
const WRITE = 'CreateImagePipelineTemplate';
const WRITE_KEBAB = 'create-image-pipeline-template';
const WRITE_HANDLER = `packages/contract/src/handlers/${WRITE_KEBAB}.ts`;
/** `DescribeImagePipelines` → `describe-image-pipelines`, as the generator names subcommands. */
const kebab = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2').toLowerCase();
/** A request of the write that uses every kind of field of its struct. */
const TEMPLATE_OPTIONS = { Description: 'nightly web', Revision: 3, Public: true, Features: { Gpu: 'none' }, Labels: ['a b', '部门'] };

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
      'x-acs-read-only': true,
      'x-acs-pagination': { inputToken: 'NextToken', outputToken: 'NextToken', pageSize: 'MaxResults', items: 'ImagePipelineTemplate.ImagePipelineTemplateSet' },
      'x-acs-error-codes': { 'InvalidTemplateFamily.NotFound': 404 },
      parameters: ['RegionId', 'TemplateFamily', 'TemplateIds', 'Tag', 'NextToken', 'MaxResults'].map((p) => ref('parameters', p)),
      responses,
    },
  };
}

/** Adds the invented write (after `addAction`, whose TemplateFamily it reuses), the way a maintainer would. */
function addWriteAction(s: any): void {
  const ref = (kind: string, name: string) => ({ $ref: `#/components/${kind}/${name}` });
  s.components.schemas.TemplateOptionsInput = {
    type: 'object', description: 'How the template is published.', additionalProperties: false,
    properties: {
      Description: { type: 'string', minLength: 2, maxLength: 256, description: 'The template description.' },
      Revision: { type: 'integer', minimum: 0, maximum: 1000, description: 'The first revision number.' },
      Public: { type: 'boolean', description: 'Whether anyone may use it.' },
      Features: {
        type: 'object', description: 'What its builds need.', additionalProperties: false,
        properties: { Gpu: { type: 'string', enum: ['required', 'optional', 'none'], description: 'Whether builds need a GPU.' } },
      },
      Labels: { type: 'array', maxItems: 5, description: 'Labels. Wire form `TemplateOptions.Labels.N`.', items: { type: 'string', minLength: 1 } },
    },
  };
  s.components.parameters.TemplateOptions = {
    name: 'TemplateOptions', in: 'query', required: false,
    description: 'How the template is published. Wire form `TemplateOptions.Revision`, `TemplateOptions.Features.Gpu`, ….',
    style: 'form', explode: true, 'x-acs-style': 'flat', schema: ref('schemas', 'TemplateOptionsInput'), example: TEMPLATE_OPTIONS,
  };
  s.components.schemas.CreateImagePipelineTemplateResponseBody = {
    type: 'object', description: 'The new template.', required: ['RequestId'],
    properties: { RequestId: { type: 'string', description: 'The request ID.' }, TemplateId: { type: 'string', description: 'The ID of the new template.' } },
  };
  s.components.responses.CreateImagePipelineTemplateSuccess = {
    description: 'The new template.',
    content: { 'application/json': { schema: ref('schemas', 'CreateImagePipelineTemplateResponseBody'), examples: { created: { summary: 'Created', value: { RequestId: 'R', TemplateId: 'tpl-1' } } } } },
  };
  const responses = structuredClone(s.paths['/DescribeImagePipelines'].get.responses);
  responses['200'] = ref('responses', 'CreateImagePipelineTemplateSuccess');
  s.paths[`/${WRITE}`] = {
    get: {
      operationId: 'createImagePipelineTemplate',
      summary: 'Create an image pipeline template',
      description: 'Creates a pipeline template in a family. Idempotent with `ClientToken` (filled in and reused by the client).',
      tags: ['ImageBuilder'],
      'x-acs-action': WRITE,
      'x-acs-version': '2014-05-26',
      'x-acs-idempotency-token': 'ClientToken',
      'x-acs-error-codes': { 'InvalidTemplateFamily.NotFound': 404, IdempotentParameterMismatch: 400 },
      parameters: ['RegionId', 'TemplateFamily', 'TemplateOptions', 'ClientToken'].map((p) => ref('parameters', p)),
      responses,
    },
  };
}

let repo: RepoCopy;
let before: Record<string, string>;
let generated: ReturnType<RepoCopy['node']>;
/** The actions the spec had before the test added its own, in spec order (read from the spec, never listed here). */
let existing: string[];

beforeAll(async () => {
  repo = await copyRepo('new-operation-flow-');
  before = Object.fromEntries(await Promise.all([...GENERATED, SPEC].map(async (f) => [f, await repo.read(f)] as const)));
  const spec = parse(before[SPEC]!);
  existing = Object.values<any>(spec.paths).map((item) => item.get['x-acs-action']);
  addAction(spec);
  addWriteAction(spec);
  await repo.write(SPEC, stringify(spec));
  generated = repo.node('scripts/generate.mjs');
}, 120_000);

afterAll(async () => {
  await repo?.remove();
});

describe(`a new action (${ACTION}) through generation, with no hand edits`, () => {
  it('generates, and only the spec, the generated files and one scaffolded handler per new action change', () => {
    expect(generated.status, generated.stderr).toBe(0);
    const changed = repo.git('status', '--porcelain', '--untracked-files=all').trimEnd().split('\n').map((l) => [l.slice(0, 2).trim(), l.slice(3)]);
    expect(changed.sort()).toEqual([...GENERATED.map((f) => ['M', f]), ['??', HANDLER], ['??', WRITE_HANDLER], ['M', SPEC]].sort());
    // The drift check agrees with what was generated.
    const check = repo.node('scripts/generate.mjs', '--check');
    expect(check.status, check.stderr).toBe(0);
  });

  it("core: the action's rules object (request, pagination, errors) and its types", async () => {
    const { operations, commonErrors, [ACTION]: op } = await repo.load(RULES);
    expect(existing).toEqual(expect.arrayContaining(['DescribeImagePipelines', 'DescribeImagePipelineExecutions', 'DescribeImageComponents']));
    expect(Object.keys(operations)).toEqual([...existing, ACTION, WRITE]);
    expect(operations[ACTION]).toBe(op);
    expect(op).toMatchObject({ action: ACTION, version: '2014-05-26' });
    expect(op.request.required).toEqual(['RegionId', 'TemplateFamily']);
    expect(op.request.additionalProperties).toBe(false);
    expect(Object.keys(op.request.properties)).toEqual(['RegionId', 'TemplateFamily', 'TemplateId', 'Tag', 'NextToken', 'MaxResults']);
    expect(op.request.properties.TemplateId).toEqual({ type: 'array', maxItems: 10, items: { type: 'string', minLength: 1 }, 'x-acs-style': 'repeatList' });
    expect(op.pagination).toEqual({ inputToken: 'NextToken', outputToken: 'NextToken', pageSize: 'MaxResults', items: ['ImagePipelineTemplate', 'ImagePipelineTemplateSet'] });
    // Its own code in `errors`; the codes every action shares once, in `commonErrors`.
    expect(op.errors).toEqual({ 'InvalidTemplateFamily.NotFound': 404 });
    expect(commonErrors).toMatchObject({ MissingParameter: 400, Throttling: 400, ServiceUnavailable: 503 });
    expect(commonErrors).not.toHaveProperty('InvalidTemplateFamily.NotFound');
    expect(op.readOnly).toBe(true);
    expect(op).not.toHaveProperty('idempotencyToken');
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
    expect(text).toContain(`import { ${[...existing, ACTION, WRITE].join(', ')} } from '@org/ecs-pipelines-core';`);
    expect(text).toContain(`import type { ${[...existing, ACTION, WRITE].map((a) => `${a}Request`).join(', ')} } from '@org/ecs-pipelines-core';`);
    expect(text).toContain(`export const describeImagePipelineTemplates: Command<'${ACTION}'> = /* @__PURE__ */ command<'${ACTION}'>(${ACTION});`);
    expect(text).toContain(`export const paginate${ACTION}: Paginator<'${ACTION}'> = /* @__PURE__ */ paginator<'${ACTION}'>(${ACTION});`);
    expect(text).toContain(`export const listImagePipelineTemplates: Lister<'${ACTION}'> = /* @__PURE__ */ lister<'${ACTION}'>(${ACTION});`);
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
    expect(commands.map((c: any) => c.name)).toEqual([...existing.map(kebab), KEBAB, WRITE_KEBAB]);
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

  it('spec:diff calls each a new operation (minor)', () => {
    const r = repo.node('scripts/spec-diff.mjs', 'main');
    expect(r.status).toBe(0);
    expect(r.lines).toContain(`  minor  operation GET /${ACTION}: new operation`);
    expect(r.lines).toContain(`  minor  operation GET /${WRITE}: new operation`);
    expect(r.lines.filter((l) => l.startsWith('  major'))).toEqual([]);
    expect(r.lines.at(-1)).toBe('bump: minor');
  });
});

describe(`a new write action (${WRITE}): an idempotency token and a flat struct, with no hand edits`, () => {
  it("core: its rules name the token, are neither read-only nor paged, and keep the struct flat and closed", async () => {
    const { operations, [WRITE]: op } = await repo.load(RULES);
    expect(operations[WRITE]).toBe(op);
    expect(op).toMatchObject({ action: WRITE, version: '2014-05-26', idempotencyToken: 'ClientToken' });
    for (const key of ['readOnly', 'pagination', 'waiters']) expect(op, key).not.toHaveProperty(key);
    expect(op.request.required).toEqual(['RegionId', 'TemplateFamily']);
    expect(op.request.additionalProperties).toBe(false);
    expect(Object.keys(op.request.properties)).toEqual(['RegionId', 'TemplateFamily', 'TemplateOptions', 'ClientToken']);
    expect(op.request.properties.TemplateOptions).toEqual({
      type: 'object',
      additionalProperties: false,
      properties: {
        Description: { type: 'string', minLength: 2, maxLength: 256 },
        Revision: { type: 'integer', minimum: 0, maximum: 1000 },
        Public: { type: 'boolean' },
        Features: { type: 'object', additionalProperties: false, properties: { Gpu: { type: 'string', enum: ['required', 'optional', 'none'] } } },
        Labels: { type: 'array', maxItems: 5, items: { type: 'string', minLength: 1 } },
      },
      'x-acs-style': 'flat',
    });
    expect(op.errors).toEqual({ 'InvalidTemplateFamily.NotFound': 404, IdempotentParameterMismatch: 400 });
    const types = await repo.read(TYPES);
    expect(types).toContain('export type TemplateOptionsInput = {');
    const data = types.slice(types.indexOf(`export type ${WRITE}Data = {`));
    expect(data.slice(0, data.indexOf('\n};') + 1)).toMatch(/\n\s+TemplateOptions\?: TemplateOptionsInput;\n/);
  });

  it("the copy's core checks each field of the struct, flattens it as TemplateOptions.Field (nested, lists .N) and parses it back", async () => {
    const core = await repo.core();
    const op = core[WRITE];
    const input = { RegionId: 'cn-hangzhou', TemplateFamily: 'web', TemplateOptions: TEMPLATE_OPTIONS, ClientToken: 'token-1' };
    expect(core.checkRequest(op, input)).toEqual([]);
    const wire = core.toWireParams(input);
    expect(wire).toEqual([
      ['RegionId', 'cn-hangzhou'], ['TemplateFamily', 'web'],
      ['TemplateOptions.Description', 'nightly web'], ['TemplateOptions.Revision', '3'], ['TemplateOptions.Public', 'true'],
      ['TemplateOptions.Features.Gpu', 'none'], ['TemplateOptions.Labels.1', 'a b'], ['TemplateOptions.Labels.2', '部门'],
      ['ClientToken', 'token-1'],
    ]);
    expect(core.fromWireParams(op, core.parseQuery(core.encodeQuery(wire)))).toEqual(input);
    // Each broken rule is named by its flattened wire name; the struct is closed.
    const bad = { Revision: 1001, Public: 'yes', Features: { Gpu: 'maybe' }, Labels: Array(6).fill('x'), Colour: 'red' };
    const issues = core.checkRequest(op, { RegionId: 'cn-hangzhou', TemplateFamily: 'web', TemplateOptions: bad });
    expect(issues.map((i: any) => i.parameter).sort()).toEqual([
      'TemplateOptions.Colour', 'TemplateOptions.Features.Gpu', 'TemplateOptions.Labels', 'TemplateOptions.Public', 'TemplateOptions.Revision',
    ]);
    // Control: another action of the same core does not know TemplateOptions as a struct.
    expect(core.fromWireParams(core.DescribeImagePipelines, [['TemplateOptions.Revision', '3']])).toEqual({ 'TemplateOptions.Revision': '3' });
  });

  it('client: a command bound as a method, and no paginator, lister or waiter', async () => {
    const text = await repo.read(CLIENT);
    expect(text).toContain(`export const createImagePipelineTemplate: Command<'${WRITE}'> = /* @__PURE__ */ command<'${WRITE}'>(${WRITE});`);
    expect(text).toContain(`export type ${WRITE}Input = Input<${WRITE}Request>;`);
    expect(text).toContain(`  createImagePipelineTemplate(input: ${WRITE}Input, options?: CallOptions): Promise<${WRITE}Output>;`);
    expect(text).not.toContain(`paginate${WRITE}`);
    expect(text).not.toMatch(/lister<'CreateImagePipelineTemplate'>|waiter<'CreateImagePipelineTemplate'/);
    const methods = text.slice(text.indexOf('export const methods = {'));
    expect(methods.slice(0, methods.indexOf('} as const;'))).toMatch(/\n\s+createImagePipelineTemplate,\n/);
  });

  it('CLI: the generated subcommand lists the struct and the token as parameters (the CLI opens the struct per field; see the end-to-end part)', async () => {
    const { commands } = await repo.load(CLI);
    const cmd = commands.find((c: any) => c.action === WRITE);
    expect(cmd).toMatchObject({ name: WRITE_KEBAB, summary: 'Create an image pipeline template' });
    expect(cmd).not.toHaveProperty('items');
    expect(cmd.flags.map((f: any) => [f.flag, f.param, f.required])).toEqual([
      ['--region-id', 'RegionId', true],
      ['--template-family', 'TemplateFamily', true],
      ['--template-options', 'TemplateOptions', false],
      ['--client-token', 'ClientToken', false],
    ]);
  });

  it('emulator: the write is routed to its scaffolded handler', async () => {
    const table = await repo.read(CONTRACT);
    expect(table).toContain(`import { handle${WRITE} } from '../handlers/${WRITE_KEBAB}.js';`);
    expect(table).toContain(`  ${WRITE}: handle${WRITE},`);
    expect(await repo.read(WRITE_HANDLER)).toContain(`export const handle${WRITE}: Handler<'${WRITE}'> = () => ({ ok: false, error: notImplemented('${WRITE}') });`);
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

/** The copy's end-to-end test of the new write, through its client and its CLI (run by the copy's vitest). */
const CLIENT_E2E = "the client fills ClientToken in: a new one per call, the caller's own as given, the same one on every retry";
const CLI_E2E = 'the CLI has one flag per field of TemplateOptions and sends them, with a ClientToken, through the client';
const WRITE_E2E_TEST = `import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { findCommand } from '../../cli/src/commands/catalog.js';
import { paramFlags } from '../../cli/src/commands/param-flags.js';
import { run } from '../../cli/src/main.js';
import { createClient } from '../src/index.js';
import { DEFAULT_CREDENTIALS, FAST_RETRY, startEmulator } from './helpers/emulator.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const OPTIONS = ${JSON.stringify(TEMPLATE_OPTIONS)};
/** TemplateOptions as the emulator saw it on the wire. */
const WIRE = {
  TemplateFamily: 'web', 'TemplateOptions.Description': 'nightly web', 'TemplateOptions.Revision': '3', 'TemplateOptions.Public': 'true',
  'TemplateOptions.Features.Gpu': 'none', 'TemplateOptions.Labels.1': 'a b', 'TemplateOptions.Labels.2': '部门',
};

it(${JSON.stringify(CLIENT_E2E)}, async () => {
  const server = await startEmulator();
  try {
    const client = createClient({ credentials: DEFAULT_CREDENTIALS, endpoint: server.url, regionId: 'cn-hangzhou', retry: FAST_RETRY });
    const input = { TemplateFamily: 'web', TemplateOptions: OPTIONS };
    // The scaffolded handler answers that the emulator does not implement the action yet; the request got
    // through signature verification and the spec's checks to the action's own handler, and is in the log.
    await expect(client.createImagePipelineTemplate(input)).rejects.toMatchObject({ name: 'EcsApiError', code: 'InvalidAction.NotFound' });
    const first = server.emulator.log.at(-1)!;
    expect(first).toMatchObject({ action: '${WRITE}', code: 'InvalidAction.NotFound' });
    expect(first.params).toMatchObject(WIRE);
    expect(first.params['ClientToken']).toMatch(UUID);
    expect(input).not.toHaveProperty('ClientToken');
    await expect(client.createImagePipelineTemplate(input)).rejects.toMatchObject({ code: 'InvalidAction.NotFound' });
    const second = server.emulator.log.at(-1)!.params['ClientToken'];
    expect(second).toMatch(UUID);
    expect(second).not.toBe(first.params['ClientToken']);
    await expect(client.createImagePipelineTemplate({ ...input, ClientToken: 'caller-token-1' })).rejects.toMatchObject({ code: 'InvalidAction.NotFound' });
    expect(server.emulator.log.at(-1)!.params['ClientToken']).toBe('caller-token-1');
    // A 500 may hide an executed create: the write is retried because it carries its token, the same one.
    const before = server.emulator.log.length;
    server.emulator.faults.queue('internal-error');
    await expect(client.createImagePipelineTemplate(input)).rejects.toMatchObject({ code: 'InvalidAction.NotFound' });
    const attempts = server.emulator.log.slice(before);
    expect(attempts.map((e) => e.code)).toEqual(['InternalError', 'InvalidAction.NotFound']);
    expect(attempts[0]!.params['ClientToken']).toMatch(UUID);
    expect(attempts[1]!.params['ClientToken']).toBe(attempts[0]!.params['ClientToken']);
  } finally {
    await server.close();
  }
});

it(${JSON.stringify(CLI_E2E)}, async () => {
  const flags = paramFlags(findCommand('${WRITE_KEBAB}')!);
  expect(flags.map((f) => f.spec.name)).toEqual([
    'template-family', 'template-options.description', 'template-options.revision', 'template-options.public',
    'template-options.features.gpu', 'template-options.labels', 'client-token',
  ]);
  expect(flags.find((f) => f.spec.name === 'template-options.public')!.spec.kind).toBe('boolean');
  expect(flags.find((f) => f.spec.name === 'template-options.labels')!.spec.repeatable).toBe(true);
  expect(flags.find((f) => f.spec.name === 'template-options.features.gpu')!.spec.value).toBe('required|optional|none');
  const server = await startEmulator();
  const home = mkdtempSync(join(tmpdir(), 'new-write-cli-'));
  const out: string[] = [];
  const err: string[] = [];
  const stream = (into: string[]) => ({ isTTY: false, write: async (text: string) => void into.push(text) });
  try {
    const env = { ALIBABA_CLOUD_ACCESS_KEY_ID: DEFAULT_CREDENTIALS.accessKeyId, ALIBABA_CLOUD_ACCESS_KEY_SECRET: DEFAULT_CREDENTIALS.accessKeySecret, ALIBABA_CLOUD_REGION_ID: 'cn-hangzhou' };
    const code = await run([
      '${WRITE_KEBAB}', '--endpoint', server.url, '--template-family', 'web',
      '--template-options.description', 'nightly web', '--template-options.revision', '3', '--template-options.public',
      '--template-options.features.gpu', 'none', '--template-options.labels', 'a b', '--template-options.labels', '部门',
    ], { stdout: stream(out), stderr: stream(err), env, homeDir: home });
    expect(err.join('')).toContain('InvalidAction.NotFound');
    expect(code).toBe(1);
    const entry = server.emulator.log.at(-1)!;
    expect(entry).toMatchObject({ action: '${WRITE}', code: 'InvalidAction.NotFound' });
    expect(entry.params).toMatchObject(WIRE);
    expect(entry.params['ClientToken']).toMatch(UUID);
  } finally {
    await server.close();
    rmSync(home, { recursive: true, force: true });
  }
});
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

let writeRun: Promise<{ output: string; results: Map<string, { status: string; failureMessages: string[] }> }> | undefined;
/** Runs the copy's end-to-end test of the write once; each outer test reads the result of one inner test. */
function runWriteE2E() {
  writeRun ??= (async () => {
    await repo.write('packages/client/test/new-write-e2e.test.ts', WRITE_E2E_TEST);
    const r = spawnSync(process.execPath, [join(repo.dir, 'node_modules/vitest/vitest.mjs'), 'run', '--project', 'client', 'test/new-write-e2e.test.ts'], {
      cwd: join(repo.dir, 'packages/client'),
      env,
      encoding: 'utf8',
    });
    // The copy's vitest writes a JSON report (its shared config), one entry per inner test.
    const report = JSON.parse(await repo.read('packages/client/.test-results/vitest.json'));
    const results = new Map<string, any>(report.testResults.flatMap((f: any) => f.assertionResults.map((a: any) => [a.title, a])));
    return { output: r.stdout + r.stderr, results };
  })();
  return writeRun;
}

describe(`${WRITE} end to end (the copy's client, CLI and emulator)`, () => {
  it('the client fills a ClientToken in per call, keeps the caller\'s, and resends the same one on a retry; the emulator logs it', async () => {
    const { output, results } = await runWriteE2E();
    expect(results.get(CLIENT_E2E)?.status, output).toBe('passed');
  }, 120_000);

  it('the CLI subcommand has one flag per field of the flat struct, and sends the fields and a ClientToken', async () => {
    const { output, results } = await runWriteE2E();
    expect([...results.keys()].sort()).toEqual([CLI_E2E, CLIENT_E2E].sort());
    expect(results.get(CLI_E2E)?.status, output).toBe('passed');
  }, 120_000);
});
