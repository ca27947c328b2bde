// The spec-diff classifier on scripted edits of the real spec, the changeset it renders, and the CLI.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
// @ts-expect-error plain ESM script without types
import { impliedBump } from '../lib/changes.mjs';
// @ts-expect-error plain ESM script without types
import { FIXED_GROUP, changesetFileName, renderChangeset } from '../lib/changeset-file.mjs';
// @ts-expect-error plain ESM script without types
import { classifySpecChanges } from '../lib/classify-spec.mjs';

type Change = { level: 'major' | 'minor' | 'patch'; subject: string; what: string };
const root = new URL('../../', import.meta.url).pathname;
const specText = await readFile(join(root, 'spec/openapi.yaml'), 'utf8');
const base = parse(specText);

/** Classifies the real spec against a copy changed by `edit`. */
function diff(edit: (s: any) => void): { changes: Change[]; bump: string; lines: string[] } {
  const next = structuredClone(base);
  edit(next);
  const changes: Change[] = classifySpecChanges(base, next);
  return { changes, bump: impliedBump(changes), lines: changes.map((c) => `${c.level} ${c.subject}: ${c.what}`) };
}

const schemas = (s: any) => s.components.schemas;
const params = (s: any) => s.components.parameters;
const op = (s: any, action = 'DescribeImagePipelines') => s.paths[`/${action}`].get;
/** Adds a query parameter to one action (parameters are per operation now; there is no path-level list). */
const addParam = (s: any, name: string, param: object, action = 'DescribeImagePipelines') => {
  params(s)[name] = { name, in: 'query', ...param };
  op(s, action).parameters.push({ $ref: `#/components/parameters/${name}` });
};

describe('spec diff: classification of scripted spec edits', () => {
  it.each<[string, (s: any) => void, string, string[]]>([
    ['identical spec', () => {}, 'none', []],
    ['an added optional response field', (s) => {
      schemas(s).ImagePipeline.properties.BuildTimeout = { type: 'integer', description: 'Build timeout, in seconds.' };
    }, 'minor', ['minor ImagePipeline.BuildTimeout: new response field (integer)']],
    ['a removed response field', (s) => {
      delete schemas(s).ImagePipeline.properties.NvmeSupport;
    }, 'major', ['major ImagePipeline.NvmeSupport: response field removed']],
    ['MaxResults maximum 500 → 100', (s) => {
      params(s).MaxResults.schema.maximum = 100;
    }, 'major', ['major parameter MaxResults: maximum narrowed 500 → 100']],
    ['MaxResults maximum 500 → 1000 (widened)', (s) => {
      params(s).MaxResults.schema.maximum = 1000;
    }, 'minor', ['minor parameter MaxResults: maximum widened 500 → 1000']],
    ['a new optional repeat-list parameter', (s) => {
      addParam(s, 'Foo', { style: 'form', explode: true, 'x-acs-style': 'repeatList', schema: { type: 'array', maxItems: 100, items: { type: 'string' } } });
    }, 'minor', ['minor parameter Foo: new optional parameter (string[], repeatList)']],
    ['a new required parameter', (s) => {
      addParam(s, 'Bar', { required: true, schema: { type: 'string' } });
    }, 'major', ['major parameter Bar: new required parameter (string)']],
    ['descriptions and examples', (s) => {
      params(s).MaxResults.description = 'How many entries a page holds.';
      params(s).MaxResults.example = 20;
      schemas(s).ResourceTag.properties.TagKey.description = 'The key.';
      op(s).summary = 'List image templates';
    }, 'patch', [
      'patch operation GET /DescribeImagePipelines: summary changed',
      'patch parameter MaxResults: description changed',
      'patch parameter MaxResults: examples changed',
      'patch ResourceTag.TagKey: description changed',
    ]],
    ['a parameter that became required', (s) => {
      params(s).Name.required = true;
    }, 'major', ['major parameter Name: became required']],
    ['a changed type', (s) => {
      schemas(s).ImagePipeline.properties.SystemDiskSize.type = 'string';
    }, 'major', ['major ImagePipeline.SystemDiskSize: type changed integer → string']],
    ['a renamed parameter (removed + added)', (s) => {
      params(s).ResourceGroupId.name = 'ResourceGroup';
    }, 'major', ['major parameter ResourceGroupId: removed', 'minor parameter ResourceGroup: new optional parameter (string)']],
    ['a narrowed list limit and a narrowed nested string length', (s) => {
      params(s).Tag.schema.maxItems = 10;
      schemas(s).RequestTag.properties.Key.maxLength = 64;
    }, 'major', ['major parameter Tag: maxItems narrowed 20 → 10', 'major RequestTag.Key: maxLength narrowed 128 → 64']],
    ['a raised minimum', (s) => {
      params(s).MaxResults.schema.minimum = 10;
    }, 'major', ['major parameter MaxResults: minimum narrowed 1 → 10']],
    ['a removed error code and a new one', (s) => {
      const codes = s.components.responses.BadRequest['x-acs-error-codes'];
      codes.splice(codes.indexOf('InvalidNextToken'), 1);
      s.components.responses.Forbidden['x-acs-error-codes'].push('Forbidden.New');
    }, 'major', ['major error code InvalidNextToken: removed (was HTTP 400)', 'minor error code Forbidden.New: new error code (HTTP 403)']],
    ['a new error code only', (s) => {
      s.components.responses.InternalError['x-acs-error-codes'].push('InternalError.Dependency');
    }, 'minor', ['minor error code InternalError.Dependency: new error code (HTTP 500)']],
    ['a field of a nested $ref schema, reported once though reached from every action', (s) => {
      schemas(s).ResourceTag.properties.TagOwner = { type: 'string' };
    }, 'minor', ['minor ResourceTag.TagOwner: new response field (string)']],
    ['a field of the error body, reported once though five statuses use it', (s) => {
      schemas(s).EcsErrorBody.properties.Detail = { type: 'string' };
    }, 'minor', ['minor EcsErrorBody.Detail: new response field (string)']],
    ['a response field that may now be absent', (s) => {
      schemas(s).DescribeImagePipelinesResponseBody.required = [];
    }, 'major', ['major DescribeImagePipelinesResponseBody.RequestId: response field may now be absent (no longer required)']],
    ['a new required field in a request object', (s) => {
      schemas(s).RequestTag.properties.Owner = { type: 'string' };
      schemas(s).RequestTag.required.push('Owner');
    }, 'major', ['major RequestTag.Owner: new required request field (string)']],
    ['a removed enum value and a new one', (s) => {
      schemas(s).ImagePipeline.properties.BaseImageType.enum = ['IMAGE', 'IMAGE_FAMILY'];
    }, 'major', ['major ImagePipeline.BaseImageType: enum ["IMAGE","IMAGE_FAMILY"] added (narrowed)']],
    ['a changed wire style', (s) => {
      delete params(s).ImagePipelineIds['x-acs-style'];
    }, 'major', ['major parameter ImagePipelineId: x-acs-style changed "repeatList" → none (wire form)']],
    ['a description beside a $ref (an OpenAPI 3.1 sibling)', (s) => {
      schemas(s).ImagePipeline.properties.ImageOptions = { $ref: '#/components/schemas/ImageOptions', description: 'Image settings.' };
    }, 'patch', ['patch ImagePipeline.ImageOptions: description changed']],
    ['a removed operation', (s) => {
      delete s.paths['/DescribeImageComponents'];
    }, 'major', ['major operation GET /DescribeImageComponents: removed']],
    ['a new operation', (s) => {
      s.paths['/DescribeImagePipelineTemplates'] = { get: { ...structuredClone(op(s)), operationId: 'describeImagePipelineTemplates', 'x-acs-action': 'DescribeImagePipelineTemplates' } };
    }, 'minor', ['minor operation GET /DescribeImagePipelineTemplates: new operation']],
    ['a parameter shared by every action, narrowed: reported once', (s) => {
      params(s).Tag.schema.maxItems = 5;
    }, 'major', ['major parameter Tag: maxItems narrowed 20 → 5']],
    ['a parameter of one action (Status pattern narrowed)', (s) => {
      params(s).ExecutionStatus.schema.pattern = '^(BUILDING|SUCCESS)(,(BUILDING|SUCCESS))*$';
    }, 'major', [`major parameter Status: pattern changed ${JSON.stringify(base.components.parameters.ExecutionStatus.schema.pattern).slice(0, 57)}... → "^(BUILDING|SUCCESS)(,(BUILDING|SUCCESS))*$"`]],
    ['a new enum value of a request parameter', (s) => {
      params(s).Owner.schema.enum.push('MARKETPLACE');
    }, 'minor', ['minor parameter Owner: new enum value: "MARKETPLACE"']],
    ['a removed enum value of a request parameter', (s) => {
      params(s).SystemType.schema.enum = ['Linux'];
    }, 'major', ['major parameter SystemType: enum value removed: "Windows"']],
    ['a parameter added to one action only', (s) => {
      op(s, 'DescribeImageComponents').parameters.push({ $ref: '#/components/parameters/ImagePipelineIds' });
    }, 'minor', ['minor parameter ImagePipelineId: new optional parameter (string[], repeatList)']],
    ["an action's own error code added, one removed, one with a new status", (s) => {
      const codes = op(s, 'DescribeImageComponents')['x-acs-error-codes'];
      codes['InvalidComponent.Malformed'] = 400;
      delete codes['InvalidParameter.Owner'];
      op(s, 'DescribeImagePipelineExecutions')['x-acs-error-codes']['InvalidImagePipeline.NotFound'] = 400;
    }, 'major', [
      'major error code InvalidImagePipeline.NotFound: HTTP status changed 404 → 400',
      'major error code InvalidParameter.Owner: removed (was HTTP 400)',
      'minor error code InvalidComponent.Malformed: new error code (HTTP 400)',
    ]],
    ['own error codes for an action that had none', (s) => {
      op(s)['x-acs-error-codes'] = { 'InvalidImagePipelineId.Malformed': 400 };
    }, 'minor', ['minor error code InvalidImagePipelineId.Malformed: new error code (HTTP 400)']],
    ['an any-required rule added', (s) => {
      op(s, 'DescribeImageComponents')['x-acs-any-required'] = ['Name', 'ImageComponentId'];
    }, 'major', ['major operation GET /DescribeImageComponents: x-acs-any-required ["Name","ImageComponentId"] added (narrowed)']],
    ['an any-required rule removed', (s) => {
      delete op(s, 'DescribeImagePipelineExecutions')['x-acs-any-required'];
    }, 'minor', ['minor operation GET /DescribeImagePipelineExecutions: x-acs-any-required ["ImagePipelineId","ExecutionId"] removed (widened)']],
    ['an any-required rule that drops a name and adds one', (s) => {
      op(s, 'DescribeImagePipelineExecutions')['x-acs-any-required'] = ['ImagePipelineId', 'Status'];
    }, 'major', [
      'major operation GET /DescribeImagePipelineExecutions: x-acs-any-required no longer accepts ExecutionId (narrowed)',
      'minor operation GET /DescribeImagePipelineExecutions: x-acs-any-required also accepts Status (widened)',
    ]],
    ['pagination changed', (s) => {
      op(s, 'DescribeImageComponents')['x-acs-pagination'].pageSize = 'PageSize';
      op(s, 'DescribeImageComponents')['x-acs-pagination'].items = 'ImageComponent.Items';
    }, 'major', [
      'major operation GET /DescribeImageComponents: x-acs-pagination pageSize changed "MaxResults" → "PageSize"',
      'major operation GET /DescribeImageComponents: x-acs-pagination items changed "ImageComponent.ImageComponentSet" → "ImageComponent.Items"',
    ]],
    ['pagination removed', (s) => {
      delete op(s, 'DescribeImageComponents')['x-acs-pagination'];
    }, 'major', ['major operation GET /DescribeImageComponents: x-acs-pagination removed (its paginator is gone)']],
    // x-acs-idempotency-token: a new guarantee is minor; taking it away or moving it is major.
    ['an idempotency token added to a write (with its parameter)', (s) => {
      op(s, 'DeleteImagePipeline')['x-acs-idempotency-token'] = 'ClientToken';
      op(s, 'DeleteImagePipeline').parameters.push({ $ref: '#/components/parameters/ClientToken' });
    }, 'minor', [
      'minor operation GET /DeleteImagePipeline: x-acs-idempotency-token "ClientToken" added (the client fills it in; retries become safe)',
      'minor parameter ClientToken: new optional parameter (string)',
    ]],
    ['an idempotency token removed', (s) => {
      delete op(s, 'CreateImagePipeline')['x-acs-idempotency-token'];
    }, 'major', ['major operation GET /CreateImagePipeline: x-acs-idempotency-token "ClientToken" removed (the write is no longer idempotent)']],
    ['an idempotency token naming another parameter', (s) => {
      op(s, 'CreateImageComponent')['x-acs-idempotency-token'] = 'Name';
    }, 'major', ['major operation GET /CreateImageComponent: x-acs-idempotency-token changed "ClientToken" → "Name"']],
    // x-acs-read-only: a promise added is minor, withdrawn is major (see diffReadOnly); only `true` counts.
    ['read-only added', (s) => {
      op(s, 'CancelImagePipelineExecution')['x-acs-read-only'] = true;
    }, 'minor', ['minor operation GET /CancelImagePipelineExecution: x-acs-read-only added (the client may retry any failed attempt)']],
    ['read-only removed', (s) => {
      delete op(s, 'DescribeImageComponents')['x-acs-read-only'];
    }, 'major', ['major operation GET /DescribeImageComponents: x-acs-read-only removed (the action may change something; retried only when not executed)']],
    ['read-only true → false (the same as removed)', (s) => {
      op(s, 'DescribeImagePipelines')['x-acs-read-only'] = false;
    }, 'major', ['major operation GET /DescribeImagePipelines: x-acs-read-only removed (the action may change something; retried only when not executed)']],
    ['read-only: false written out where it was absent (no effect)', (s) => {
      op(s, 'DeleteImageComponent')['x-acs-read-only'] = false;
    }, 'patch', ['patch operation GET /DeleteImageComponent: x-acs-read-only changed none → false (no effect: only true counts)']],
    // x-acs-waiters: a waiter added is minor; removed, or its states, input or item changed, is major.
    ['a new waiter beside the existing one', (s) => {
      op(s, 'DescribeImagePipelineExecutions')['x-acs-waiters'].ImagePipelineExecutionStarted = { input: ['ExecutionId'], item: 'Status', success: ['BUILDING'], failure: ['FAILED'] };
    }, 'minor', ['minor operation GET /DescribeImagePipelineExecutions: new waiter ImagePipelineExecutionStarted (waitUntilImagePipelineExecutionStarted)']],
    ['the first waiter of an action', (s) => {
      op(s, 'DescribeImageComponents')['x-acs-waiters'] = { ImageComponentListed: { input: ['ImageComponentId'], item: 'Owner', success: ['SELF'], failure: [] } };
    }, 'minor', ['minor operation GET /DescribeImageComponents: new waiter ImageComponentListed (waitUntilImageComponentListed)']],
    ['a waiter removed', (s) => {
      delete op(s, 'DescribeImagePipelineExecutions')['x-acs-waiters'];
    }, 'major', ['major operation GET /DescribeImagePipelineExecutions: waiter ImagePipelineExecutionComplete removed (waitUntilImagePipelineExecutionComplete is gone)']],
    ["a waiter's states changed (CANCELLED moved from failure to success)", (s) => {
      const w = op(s, 'DescribeImagePipelineExecutions')['x-acs-waiters'].ImagePipelineExecutionComplete;
      w.success = [...w.success, 'CANCELLED'];
      w.failure = w.failure.filter((x: string) => x !== 'CANCELLED');
    }, 'major', [
      'major operation GET /DescribeImagePipelineExecutions: waiter ImagePipelineExecutionComplete success states changed ["SUCCESS","PARTITION_SUCCESS"] → ["SUCCESS","PARTITION_SUCCESS","CANCELLED"]',
      'major operation GET /DescribeImagePipelineExecutions: waiter ImagePipelineExecutionComplete failure states changed ["FAILED","TEST_FAILED","CANCELLED"] → ["FAILED","TEST_FAILED"]',
    ]],
    ["a waiter's input and item changed", (s) => {
      const w = op(s, 'DescribeImagePipelineExecutions')['x-acs-waiters'].ImagePipelineExecutionComplete;
      w.input = ['ImagePipelineId'];
      w.item = 'Message';
    }, 'major', [
      'major operation GET /DescribeImagePipelineExecutions: waiter ImagePipelineExecutionComplete input changed ["ExecutionId"] → ["ImagePipelineId"]',
      'major operation GET /DescribeImagePipelineExecutions: waiter ImagePipelineExecutionComplete item changed "Status" → "Message"',
    ]],
    ["a waiter's description", (s) => {
      op(s, 'DescribeImagePipelineExecutions')['x-acs-waiters'].ImagePipelineExecutionComplete.description = 'Until the build task is final.';
    }, 'patch', ['patch operation GET /DescribeImagePipelineExecutions: waiter ImagePipelineExecutionComplete description changed']],
    // title: the words an error gives for a pattern (`allowed`), prose even though it reaches the rules.
    ["a pattern rule's title reworded, another added, a nested one reworded", (s) => {
      params(s).PipelineName.schema.title = 'a name of 2 to 128 characters that starts with a letter';
      params(s).ComponentVersionWrite.schema.title = 'three numbers, major.minor.patch';
      schemas(s).ResourceTagInput.properties.Key.title = 'a key of 1 to 128 characters';
    }, 'patch', [
      'patch parameter Name: title changed',
      'patch ResourceTagInput.Key: title changed',
      'patch parameter ComponentVersion: title changed',
    ]],
    // x-acs-style: flat (Name.Field) and repeatList (Name.N) are different wire forms.
    ['a flat struct parameter sent as a repeat list', (s) => {
      params(s).ImageOptionsParam['x-acs-style'] = 'repeatList';
    }, 'major', ['major parameter ImageOptions: x-acs-style changed "flat" → "repeatList" (wire form)']],
    ['a repeat list sent flat', (s) => {
      params(s).WriteTag['x-acs-style'] = 'flat';
    }, 'major', ['major parameter Tag: x-acs-style changed "repeatList" → "flat" (wire form)']],
    ['a field of a flat struct removed, another added', (s) => {
      delete schemas(s).AdvancedOptionsInput.properties.RetainCloudAssistant;
      schemas(s).AdvancedOptionsInput.properties.KeepInstance = { type: 'boolean', description: 'Whether the build instance is kept.' };
    }, 'major', ['major AdvancedOptionsInput.RetainCloudAssistant: request field removed', 'minor AdvancedOptionsInput.KeepInstance: new optional request field (boolean)']],
    ['a new write action with a token and a flat struct (minor, whatever it carries)', (s) => {
      s.paths['/CreateImagePipelineTemplate'] = { get: { ...structuredClone(op(s, 'CreateImagePipeline')), operationId: 'createImagePipelineTemplate', 'x-acs-action': 'CreateImagePipelineTemplate' } };
    }, 'minor', ['minor operation GET /CreateImagePipelineTemplate: new operation']],
  ])('%s', (_name, edit, bump, lines) => {
    const got = diff(edit);
    expect(got.lines).toEqual(lines);
    expect(got.bump).toBe(bump);
  });

  it('a new paginator is minor', () => {
    const without = structuredClone(base);
    delete op(without, 'DescribeImageComponents')['x-acs-pagination'];
    const lines = classifySpecChanges(without, base).map((c: Change) => `${c.level} ${c.subject}: ${c.what}`);
    expect(lines).toEqual(['minor operation GET /DescribeImageComponents: x-acs-pagination added (new paginator)']);
  });

  it('lists the most severe changes first and implies the most severe bump', () => {
    const got = diff((s) => {
      params(s).MaxResults.description = 'Page size.';
      schemas(s).ImagePipeline.properties.BuildTimeout = { type: 'integer' };
      params(s).MaxResults.schema.maximum = 100;
    });
    expect(got.changes.map((c) => c.level)).toEqual(['major', 'minor', 'patch']);
    expect(got.bump).toBe('major');
  });

  it('follows $refs: inlining a referenced schema unchanged is no change', () => {
    const got = diff((s) => {
      s.components.schemas.ImagePipeline.properties.ImageOptions = structuredClone(schemas(s).ImageOptions);
    });
    expect(got.lines).toEqual([]);
  });

  it('treats an enum value removed from an existing enum as major and an added one as minor', () => {
    const withEnum = structuredClone(base);
    schemas(withEnum).ImagePipeline.properties.BaseImageType.enum = ['IMAGE', 'IMAGE_FAMILY'];
    const next = structuredClone(withEnum);
    schemas(next).ImagePipeline.properties.BaseImageType.enum = ['IMAGE', 'OSS'];
    const lines = classifySpecChanges(withEnum, next).map((c: Change) => `${c.level} ${c.subject}: ${c.what}`);
    expect(lines).toEqual([
      'major ImagePipeline.BaseImageType: enum value removed: "IMAGE_FAMILY"',
      'minor ImagePipeline.BaseImageType: new enum value: "OSS"',
    ]);
  });
});

describe('spec diff: the changeset', () => {
  it('names exactly the packages under packages/ (the fixed group)', async () => {
    const names = [];
    for (const d of await readdir(join(root, 'packages'))) {
      const pkg = await readFile(join(root, 'packages', d, 'package.json'), 'utf8').catch(() => null);
      if (pkg) names.push(JSON.parse(pkg).name);
    }
    expect([...FIXED_GROUP].sort()).toEqual(names.sort());
  });

  it('renders front matter with every package at the bump and the change list as the summary', () => {
    const changes = [{ level: 'minor', subject: 'ImagePipeline.BuildTimeout', what: 'new response field (integer)' }];
    const text: string = renderChangeset({ bump: 'minor', changes, base: 'main' });
    const [, front, body] = text.split('---\n');
    expect(parse(front ?? '')).toEqual(Object.fromEntries(FIXED_GROUP.map((n: string) => [n, 'minor'])));
    expect(body).toContain('- (minor) ImagePipeline.BuildTimeout: new response field (integer)');
  });

  it('is named after the spec content, so a rerun rewrites the same file', () => {
    expect(changesetFileName('a')).toMatch(/^spec-[0-9a-f]{8}\.md$/);
    expect(changesetFileName('a')).toBe(changesetFileName('a'));
    expect(changesetFileName('a')).not.toBe(changesetFileName('b'));
  });
});

describe('spec diff: the command', () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));
  const run = (...args: string[]) =>
    execFileSync(process.execPath, [join(root, 'scripts/spec-diff.mjs'), ...args], { cwd: root, encoding: 'utf8' });

  it('compares with --base-file, lists each change and ends with the bump, exit 0', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'spec-diff-'));
    dirs.push(dir);
    const old = structuredClone(base);
    params(old).MaxResults.schema.maximum = 100; // the current spec allows 500: a widening
    delete schemas(old).ImagePipeline.properties.RepairMode; // the current spec has it: a new field
    await writeFile(join(dir, 'old.yaml'), stringify(old));
    const lines = run('--base-file', join(dir, 'old.yaml')).trimEnd().split('\n');
    expect(lines.at(-1)).toBe('bump: minor');
    expect(lines).toContain('  minor  parameter MaxResults: maximum widened 100 → 500');
    expect(lines).toContain('  minor  ImagePipeline.RepairMode: new response field (string)');
  });

  it('says `bump: none` for the same spec, and writes no changeset', () => {
    const out = run('--base-file', join(root, 'spec/openapi.yaml'), '--changeset');
    expect(out).toContain('changeset: not written (no changes)');
    expect(out.trimEnd().split('\n').at(-1)).toBe('bump: none');
  });

  it('rejects a ref that does not exist with exit 2 and a message naming it', () => {
    let err: any;
    try {
      run('no-such-ref-xyz');
    } catch (e) {
      err = e;
    }
    expect(err?.status).toBe(2);
    expect(String(err?.stderr)).toContain('cannot read spec/openapi.yaml at no-such-ref-xyz');
  });
});
