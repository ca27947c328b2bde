// ClientToken semantics for the three token-bearing writes (family reference §11): the same token with the
// same parameters gets the first answer (same ID, 200, nothing new), whatever the order of the parameters;
// with other parameters IdempotentParameterMismatch (400); tokens are remembered per region and action,
// case-sensitively, only for successes, and boundedly.
import { afterAll, describe, expect, it } from 'vitest';
import { requestFingerprint, TokenMemory } from '../src/idempotency.js';
import { builder } from './helpers.js';

const { emulator, audit, send } = builder();
afterAll(() => {
  console.log(`spec conformance (builder-tokens): ${audit.checked} answers validated with ajv, ${audit.problems.length} problems`);
  expect(audit.problems).toEqual([]);
});

const count = (kind: 'pipelines' | 'components', region = 'cn-hangzhou') => emulator[kind][region]!.length;

describe('ClientToken', () => {
  it('CreateImagePipeline: a retry with the same token and parameters (in any order) gets the same ID and creates nothing', async () => {
    const before = count('pipelines');
    const first = await send('CreateImagePipeline', { ClientToken: 'tok-1', BaseImageType: 'IMAGE', BaseImage: 'm-1', Tag: [{ Key: 'a', Value: '1' }, { Key: 'b', Value: '2' }], ImageOptions: { ImageName: 'x1', Description: 'dd' } });
    const retry = await send('CreateImagePipeline', { ImageOptions: { Description: 'dd', ImageName: 'x1' }, Tag: [{ Key: 'a', Value: '1' }, { Key: 'b', Value: '2' }], BaseImage: 'm-1', BaseImageType: 'IMAGE', ClientToken: 'tok-1' });
    expect(first.status, first.text).toBe(200);
    expect([retry.status, retry.body.ImagePipelineId]).toEqual([200, first.body.ImagePipelineId]);
    expect(retry.body.RequestId).not.toBe(first.body.RequestId);
    expect(count('pipelines')).toBe(before + 1);
  });

  it.each([
    ['another BaseImage', { BaseImage: 'm-2' }],
    ['a parameter more', { Description: 'now with a description' }],
    ['the tags in another order (Tag.1 and Tag.2 are different parameters)', { Tag: [{ Key: 'b', Value: '2' }, { Key: 'a', Value: '1' }] }],
  ])('the same token with %s is 400 IdempotentParameterMismatch, and creates nothing', async (_, change) => {
    const input = { ClientToken: 'tok-2', BaseImageType: 'IMAGE', BaseImage: 'm-1', Tag: [{ Key: 'a', Value: '1' }, { Key: 'b', Value: '2' }] };
    expect((await send('CreateImagePipeline', input)).status).toBe(200);
    const before = count('pipelines');
    const res = await send('CreateImagePipeline', { ...input, ...change });
    expect([res.status, res.body.Code]).toEqual([400, 'IdempotentParameterMismatch']);
    expect(count('pipelines')).toBe(before);
  });

  it('tokens are case-sensitive, and kept per region and per action', async () => {
    const input = { BaseImageType: 'IMAGE', BaseImage: 'm-1' };
    const a = (await send('CreateImagePipeline', { ...input, ClientToken: 'Case' })).body.ImagePipelineId;
    const b = (await send('CreateImagePipeline', { ...input, ClientToken: 'case' })).body.ImagePipelineId;
    const c = (await send('CreateImagePipeline', { ...input, ClientToken: 'Case', RegionId: 'cn-beijing' })).body.ImagePipelineId;
    const component = await send('CreateImageComponent', { Content: 'RUN true', ClientToken: 'Case' });
    expect(new Set([a, b, c]).size).toBe(3);
    expect(component.body.ImageComponentId).toMatch(/^ic-/);
  });

  it('CreateImageComponent: same token, same ID; a refused request is not remembered, so its token works once the cause is gone', async () => {
    const first = await send('CreateImageComponent', { Content: 'RUN echo one', Name: 'tokened', ClientToken: 'c-1' });
    const retry = await send('CreateImageComponent', { Name: 'tokened', Content: 'RUN echo one', ClientToken: 'c-1' });
    expect(retry.body.ImageComponentId).toBe(first.body.ImageComponentId);
    expect(emulator.components['cn-hangzhou']!.filter((c) => c.Name === 'tokened')).toHaveLength(1);
    const refused = await send('CreateImageComponent', { Content: 'FROM x', Name: 'tokened', ClientToken: 'c-2' });
    expect(refused.body.Code).toBe('NotSupportedCommand.FROM');
    const mismatch = await send('CreateImageComponent', { Content: 'RUN echo two', Name: 'tokened', ClientToken: 'c-1' });
    expect(mismatch.body.Code).toBe('IdempotentParameterMismatch');
    expect((await send('CreateImageComponent', { Content: 'RUN echo two', Name: 'tokened', ClientToken: 'c-2' })).status).toBe(200);
  });

  it('StartImagePipelineExecution: a retry gets the same ExecutionId, not HasRunningExecution, while running and after', async () => {
    const pipeline = (await send('CreateImagePipeline', { BaseImageType: 'IMAGE', BaseImage: 'm-1' })).body.ImagePipelineId;
    const first = await send('StartImagePipelineExecution', { ImagePipelineId: pipeline, ClientToken: 's-1' });
    const retry = await send('StartImagePipelineExecution', { ImagePipelineId: pipeline, ClientToken: 's-1' });
    expect([retry.status, retry.body.ExecutionId]).toEqual([200, first.body.ExecutionId]);
    emulator.advanceClock(60_000);
    expect((await send('StartImagePipelineExecution', { ImagePipelineId: pipeline, ClientToken: 's-1' })).body.ExecutionId).toBe(first.body.ExecutionId);
    expect(emulator.executions['cn-hangzhou']!.filter((e) => e.ImagePipelineId === pipeline)).toHaveLength(1);
    const other = await send('StartImagePipelineExecution', { ImagePipelineId: pipeline, ClientToken: 's-1', Tag: [{ Key: 'k' }] });
    expect([other.status, other.body.Code]).toEqual([400, 'IdempotentParameterMismatch']);
  });

  it('a token over 64 characters or not ASCII is refused before anything happens', async () => {
    for (const token of ['x'.repeat(65), 'jeton-é']) {
      const res = await send('CreateImagePipeline', { BaseImageType: 'IMAGE', BaseImage: 'm-1', ClientToken: token });
      expect([res.status, res.body.Code]).toEqual([400, 'InvalidParameter']);
    }
  });
});

describe('the token memory', () => {
  it('fingerprints ignore the token and the order of keys, not the order of list items', () => {
    const fp = (input: Record<string, unknown>) => requestFingerprint(input, 'ClientToken');
    expect(fp({ ClientToken: 'a', B: 1, A: { y: 1, x: 2 } })).toBe(fp({ A: { x: 2, y: 1 }, B: 1, ClientToken: 'b' }));
    expect(fp({ L: [1, 2] })).not.toBe(fp({ L: [2, 1] }));
  });

  it('is bounded: past the limit the oldest token of that region and action is forgotten', () => {
    const memory = new TokenMemory(3);
    for (const t of ['t1', 't2', 't3', 't4']) memory.set('cn-hangzhou', 'CreateImagePipeline', t, { fingerprint: t, body: {} });
    memory.set('cn-beijing', 'CreateImagePipeline', 't1', { fingerprint: 'x', body: {} });
    expect(memory.get('cn-hangzhou', 'CreateImagePipeline', 't1')).toBeUndefined();
    expect(memory.get('cn-hangzhou', 'CreateImagePipeline', 't4')).toBeDefined();
    expect(memory.get('cn-beijing', 'CreateImagePipeline', 't1')).toBeDefined();
    expect(memory.entries()).toHaveLength(4);
  });
});
