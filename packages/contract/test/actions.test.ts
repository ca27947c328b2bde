// DescribeImagePipelineExecutions and DescribeImageComponents against the emulator in process: every filter,
// the documented refusals (with their own codes and statuses), and paging bound to the query. Every answer
// is validated against the spec with ajv.
import { afterAll, describe, expect, it } from 'vitest';
import { createEmulator } from '../src/index.js';
import { call, type CallOptions } from '../src/suite/call.js';
import { inProcess, SpecAudit } from './helpers.js';

const audit = new SpecAudit();
const emulator = audit.wrap(createEmulator({ pipelines: 12, executions: 4, components: 30, seed: 'actions-test' }));
const target = inProcess(emulator);
const pipelines = emulator.pipelines['cn-hangzhou']!;
const executions = emulator.executions['cn-hangzhou']!;
const components = emulator.components['cn-hangzhou']!;
const EXEC: CallOptions = { action: 'DescribeImagePipelineExecutions' };
const COMP: CallOptions = { action: 'DescribeImageComponents' };

type Body = { TotalCount: number; MaxResults: number; NextToken?: string; Code?: string; Message?: string } & Record<string, any>;
const bodyOf = (res: { json?: unknown }) => res.json as Body;
const execIds = (res: { json?: unknown }) => (bodyOf(res).ImagePipelineExecution.ImagePipelineExecutionSet as Array<{ ExecutionId: string }>).map((e) => e.ExecutionId);
const compIds = (res: { json?: unknown }) => (bodyOf(res).ImageComponent.ImageComponentSet as Array<{ ImageComponentId: string }>).map((c) => c.ImageComponentId);

afterAll(() => {
  console.log(`spec conformance (actions.test): ${audit.checked} answers validated with ajv, ${audit.problems.length} problems`);
  expect(audit.problems).toEqual([]);
});

describe('DescribeImagePipelineExecutions', () => {
  const pipeline = pipelines[2]!;
  const mine = executions.filter((e) => e.ImagePipelineId === pipeline.ImagePipelineId);

  it('lists a template\'s tasks, newest first, with the default page size of the spec', async () => {
    const res = await call(target, { ImagePipelineId: pipeline.ImagePipelineId }, EXEC);
    expect(res.status, res.text).toBe(200);
    expect(bodyOf(res)).toMatchObject({ TotalCount: 4, MaxResults: 50 });
    expect(execIds(res)).toEqual(mine.map((e) => e.ExecutionId));
    expect(bodyOf(res)).not.toHaveProperty('NextToken');
  });

  it.each([
    ['ExecutionId alone', (e: (typeof executions)[number]) => ({ ExecutionId: e.ExecutionId }), 1],
    ['ExecutionId with its template', (e: (typeof executions)[number]) => ({ ExecutionId: e.ExecutionId, ImagePipelineId: e.ImagePipelineId }), 1],
    ['ExecutionId with another template', (e: (typeof executions)[number]) => ({ ExecutionId: e.ExecutionId, ImagePipelineId: pipelines.find((p) => p.ImagePipelineId !== e.ImagePipelineId)!.ImagePipelineId }), 0],
  ])('%s', async (_, input, n) => {
    const task = executions[5]!;
    const res = await call(target, input(task), EXEC);
    expect(execIds(res)).toEqual(n ? [task.ExecutionId] : []);
  });

  it('an unknown ExecutionId gives an empty page (not an error)', async () => {
    const res = await call(target, { ExecutionId: 'exec-00000000000000000000' }, EXEC);
    expect([res.status, bodyOf(res).TotalCount, execIds(res)]).toEqual([200, 0, []]);
  });

  it('Status: a comma-separated list keeps tasks in any of the states; tags must all match', async () => {
    const states = [...new Set(executions.map((e) => e.Status!))];
    expect(states.length).toBeGreaterThan(2);
    for (const wanted of [[states[0]!], states.slice(0, 2)]) {
      for (const p of pipelines.slice(0, 6)) {
        const res = await call(target, { ImagePipelineId: p.ImagePipelineId, Status: wanted.join(',') }, EXEC);
        expect(execIds(res)).toEqual(executions.filter((e) => e.ImagePipelineId === p.ImagePipelineId && wanted.includes(e.Status!)).map((e) => e.ExecutionId));
      }
    }
    const tagged = pipelines.find((p) => p.Tags!.Tag!.length > 0)!;
    const tag = tagged.Tags!.Tag![0]!;
    const res = await call(target, { ImagePipelineId: tagged.ImagePipelineId, Tag: [{ Key: tag.TagKey!, Value: tag.TagValue }] }, EXEC);
    expect(bodyOf(res).TotalCount).toBe(4);
    const none = await call(target, { ImagePipelineId: tagged.ImagePipelineId, Tag: [{ Key: 'no-such-key' }] }, EXEC);
    expect(bodyOf(none).TotalCount).toBe(0);
  });

  it.each([
    ['neither ImagePipelineId nor ExecutionId', {}, 400, 'MissingParameter.ImagePipelineId', /ImagePipelineId/],
    ['both empty', { ImagePipelineId: '', ExecutionId: '' }, 400, 'MissingParameter.ImagePipelineId', /ImagePipelineId/],
    ['no RegionId', { RegionId: undefined, ImagePipelineId: 'ip-x' }, 400, 'MissingParameter', /RegionId/],
    ['an unknown template', { ImagePipelineId: 'ip-doesnotexist0000000' }, 404, 'InvalidImagePipeline.NotFound', /ip-doesnotexist/],
    ['an unknown state', { ExecutionId: 'exec-1', Status: 'BUILDING,DONE' }, 400, 'InvalidParameter.Status', /"Status"/],
    ['MaxResults 501', { ExecutionId: 'exec-1', MaxResults: 501 }, 400, 'InvalidParameter', /"MaxResults".*500/],
    ['21 tags', { ExecutionId: 'exec-1', Tag: Array.from({ length: 21 }, (_, i) => ({ Key: `k${i}` })) }, 400, 'InvalidParameter', /"Tag"/],
    ['Tag index over 20', { ExecutionId: 'exec-1', 'Tag.21.Key': 'k' }, 400, 'InvalidParameter', /"Tag\.21\.Key".*1 to 20/],
    ['a malformed NextToken', { ExecutionId: 'exec-1', NextToken: 'nope' }, 403, 'Invalid.NextToken', /NextToken/],
  ] as const)('refuses %s → %i %s', async (_, input, status, code, message) => {
    const res = await call(target, input as Record<string, unknown>, EXEC);
    expect([res.status, bodyOf(res).Code]).toEqual([status, code]);
    expect(bodyOf(res).Message).toMatch(message);
  });

  it('pages through a template\'s tasks; the token is bound to the template', async () => {
    const seen: string[] = [];
    let token: string | undefined;
    do {
      const res = await call(target, { ImagePipelineId: pipeline.ImagePipelineId, MaxResults: 3, ...(token ? { NextToken: token } : {}) }, EXEC);
      seen.push(...execIds(res));
      token = bodyOf(res).NextToken;
      if (token) {
        const other = await call(target, { ImagePipelineId: pipelines[0]!.ImagePipelineId, MaxResults: 3, NextToken: token }, EXEC);
        expect([other.status, bodyOf(other).Code]).toEqual([403, 'Invalid.NextToken']);
      }
    } while (token);
    expect(seen).toEqual(mine.map((e) => e.ExecutionId));
  });
});

describe('DescribeImageComponents', () => {
  const all = (filter: (c: (typeof components)[number]) => boolean) => components.filter(filter).map((c) => c.ImageComponentId);

  it('lists every component, Alibaba Cloud\'s and your own, when Owner is left out', async () => {
    const res = await call(target, { MaxResults: 500 }, COMP);
    expect(compIds(res)).toEqual(components.map((c) => c.ImageComponentId));
    expect(new Set(components.map((c) => c.Owner))).toEqual(new Set(['SELF', 'ALIYUN']));
  });

  it('filters: IDs (any of), Name, type, system, owner, resource group, tags', async () => {
    const self = components.find((c) => c.Owner === 'SELF' && c.Tags!.Tag!.length > 0)!;
    const tag = self.Tags!.Tag![0]!;
    const cases: Array<[Record<string, unknown>, (c: (typeof components)[number]) => boolean]> = [
      [{ ImageComponentId: [components[4]!.ImageComponentId!, components[1]!.ImageComponentId!, 'ic-none'] }, (c) => c === components[1] || c === components[4]],
      [{ Name: self.Name }, (c) => c.Name === self.Name],
      [{ ComponentType: 'Test' }, (c) => c.ComponentType === 'Test'],
      [{ SystemType: 'Windows' }, (c) => c.SystemType === 'Windows'],
      [{ Owner: 'ALIYUN' }, (c) => c.Owner === 'ALIYUN'],
      [{ Owner: 'SELF', ComponentType: 'Build', SystemType: 'Linux' }, (c) => c.Owner === 'SELF' && c.ComponentType === 'Build' && c.SystemType === 'Linux'],
      [{ ResourceGroupId: self.ResourceGroupId }, (c) => c.ResourceGroupId === self.ResourceGroupId],
      [{ Tag: [{ Key: tag.TagKey, Value: tag.TagValue }] }, (c) => c.Tags!.Tag!.some((t) => t.TagKey === tag.TagKey && t.TagValue === tag.TagValue)],
      [{ Tag: [{ Key: tag.TagKey }, { Key: 'no-such-key' }] }, () => false],
    ];
    for (const [filter, keep] of cases) {
      const res = await call(target, { ...filter, MaxResults: 500 }, COMP);
      expect(compIds(res), JSON.stringify(filter)).toEqual(all(keep));
      expect(bodyOf(res).TotalCount).toBe(all(keep).length);
      // Each filter but the last keeps something and drops something, so it is really tested.
      if (keep !== cases.at(-1)![1]) expect(all(keep).length, JSON.stringify(filter)).toBeGreaterThan(0);
      expect(all(keep).length, JSON.stringify(filter)).toBeLessThan(components.length);
    }
  });

  it('ComponentVersion matches with * wildcards, only together with Name', async () => {
    const counts = new Map<string, number>();
    for (const c of components) counts.set(c.Name!, (counts.get(c.Name!) ?? 0) + 1);
    const name = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    const versions = components.filter((c) => c.Name === name).map((c) => c.ComponentVersion!);
    const [major, minor, patch] = versions[0]!.split('.');
    for (const pattern of [`${major}.*.*`, `${major}.${minor}.*`, `*.*.${patch}`, versions[0]!, '9.9.9']) {
      const re = new RegExp(`^${pattern.split('.').map((p) => (p === '*' ? '\\d+' : p)).join('\\.')}$`);
      const res = await call(target, { Name: name, ComponentVersion: pattern, MaxResults: 500 }, COMP);
      expect(compIds(res), pattern).toEqual(all((c) => c.Name === name && re.test(c.ComponentVersion!)));
    }
    // Without Name the version filter does not apply (as documented).
    expect(bodyOf(await call(target, { ComponentVersion: '9.9.9', MaxResults: 500 }, COMP)).TotalCount).toBe(components.length);
  });

  it.each([
    ['Owner OTHER', { Owner: 'OTHER' }, 'InvalidParameter.Owner', /"Owner"/],
    ['SystemType Mac', { SystemType: 'Mac' }, 'InvalidSystemType.NotSupportedValue', /"SystemType"/],
    ['ComponentType Deploy', { ComponentType: 'Deploy' }, 'InvalidComponentType.NotSupportedValue', /"ComponentType"/],
    ['ComponentVersion 1.x', { Name: 'n', ComponentVersion: '1.x' }, 'InvalidParameter.ComponentVersion', /"ComponentVersion"/],
    ['21 IDs', { ImageComponentId: Array.from({ length: 21 }, (_, i) => `ic-${i}`) }, 'InvalidImageComponentIdSize.ExceededMaxNumber', /"ImageComponentId"/],
    ['ImageComponentId index over 20', { 'ImageComponentId.21': 'ic-x' }, 'InvalidImageComponentIdSize.ExceededMaxNumber', /"ImageComponentId\.21".*1 to 20/],
    ['MaxResults 0', { MaxResults: 0 }, 'InvalidParameter', /"MaxResults"/],
  ] as const)('refuses %s → 400 %s', async (_, input, code, message) => {
    const res = await call(target, input as Record<string, unknown>, COMP);
    expect([res.status, bodyOf(res).Code]).toEqual([400, code]);
    expect(bodyOf(res).Message).toMatch(message);
  });

  it('pages in both signature versions; a token of another query or a malformed one is Invalid.NextToken (403)', async () => {
    for (const opts of [{ algorithm: 'v3' }, { algorithm: 'v1', method: 'GET' }] as const) {
      const seen: string[] = [];
      let token: string | undefined;
      do {
        const res = await call(target, { MaxResults: 7, ...(token ? { NextToken: token } : {}) }, { ...COMP, ...opts });
        expect(bodyOf(res).TotalCount).toBe(components.length);
        seen.push(...compIds(res));
        token = bodyOf(res).NextToken;
      } while (token);
      expect(seen).toEqual(components.map((c) => c.ImageComponentId));
    }
    const first = bodyOf(await call(target, { MaxResults: 2 }, COMP)).NextToken!;
    for (const input of [{ Owner: 'SELF', NextToken: first }, { NextToken: 'bm90LWEtdG9rZW4=' }]) {
      const res = await call(target, input, COMP);
      expect([res.status, bodyOf(res).Code]).toEqual([403, 'Invalid.NextToken']);
    }
  });

  it('answers in XML under <DescribeImageComponentsResponse>, lists as repeated elements', async () => {
    const res = await call(target, { MaxResults: 2 }, { ...COMP, algorithm: 'v1', method: 'GET', format: 'XML' });
    expect(res.text).toMatch(/^<\?xml[^>]*>\n<DescribeImageComponentsResponse><RequestId>[^<]+<\/RequestId><TotalCount>30<\/TotalCount>.*(<ImageComponentSet>.*?<\/ImageComponentSet>){2}<\/ImageComponent><\/DescribeImageComponentsResponse>$/s);
  });
});

describe('service errors', () => {
  it('take their status from the spec; a code the spec lacks is an emulator bug; a scaffolded handler answers 404', async () => {
    const { notImplemented, serviceError } = await import('../src/errors.js');
    expect(notImplemented('DescribeSomething')).toMatchObject({ code: 'InvalidAction.NotFound', status: 404, message: expect.stringMatching(/does not implement DescribeSomething/) });
    expect(serviceError('Invalid.NextToken', 'x').status).toBe(403);
    expect(() => serviceError('NoSuchCode', 'x')).toThrow(/not in the spec/);
  });
});
