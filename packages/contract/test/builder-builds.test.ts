// StartImagePipelineExecution and CancelImagePipelineExecution, and the build lifecycle on the emulator's
// clock (family reference §10): the phases a template's build passes through, one step each, with ImageId,
// ModifiedTime and Message; one running build per template; the cancel rules; seeded failures; the clock's
// control endpoint. The emulator runs on a fixed clock that only advanceClock moves.
import { afterAll, describe, expect, it } from 'vitest';
import { builder } from './helpers.js';

const audits: Array<ReturnType<typeof builder>['audit']> = [];
const setup = (options: Parameters<typeof builder>[0] = {}) => {
  const b = builder(options);
  audits.push(b.audit);
  const task = async (id: string) => (await b.send('DescribeImagePipelineExecutions', { ExecutionId: id })).body.ImagePipelineExecution.ImagePipelineExecutionSet[0] as Record<string, any>;
  const template = async (input: Record<string, unknown> = {}) => (await b.send('CreateImagePipeline', { BaseImageType: 'IMAGE', BaseImage: 'm-1', ...input })).body.ImagePipelineId as string;
  const start = async (pipeline: string, input: Record<string, unknown> = {}) => b.send('StartImagePipelineExecution', { ImagePipelineId: pipeline, ...input });
  /** The states a build goes through, read once per step until it ends. */
  const states = async (id: string, step = 2000) => {
    const seen: Array<Record<string, any>> = [];
    for (let i = 0; i < 12; i++) {
      const t = await task(id);
      seen.push(t);
      if (['SUCCESS', 'FAILED', 'TEST_FAILED', 'CANCELLED', 'PARTITION_SUCCESS'].includes(t.Status)) break;
      b.emulator.advanceClock(step);
    }
    return seen;
  };
  return { ...b, task, template, start, states };
};

afterAll(() => {
  const problems = audits.flatMap((a) => a.problems);
  console.log(`spec conformance (builder-builds): ${audits.reduce((n, a) => n + a.checked, 0)} answers validated with ajv, ${problems.length} problems`);
  expect(problems).toEqual([]);
});

const T0 = Date.UTC(2025, 5, 1, 8, 0, 0);
const at = (steps: number) => new Date(T0 + steps * 2000).toISOString().replace('.000Z', 'Z');

describe('the build lifecycle', () => {
  it('PREPARING → BUILDING → TESTING → DISTRIBUTING → RELEASING → SUCCESS, one step each, ImageId once the image exists', async () => {
    const b = setup();
    const pipeline = await b.template({ TestContent: 'RUN test -f /etc/motd', ToRegionId: ['cn-beijing'], Tag: [{ Key: 'env', Value: 'dev' }] });
    const res = await b.start(pipeline, { Tag: [{ Key: 'run', Value: 'nightly' }, { Key: 'env', Value: 'test' }] });
    expect(res.status, res.text).toBe(200);
    const id = res.body.ExecutionId as string;
    expect(id).toMatch(/^exec-[0-9a-f]{20}$/);
    const seen = await b.states(id);
    expect(seen.map((t) => t.Status)).toEqual(['PREPARING', 'BUILDING', 'TESTING', 'DISTRIBUTING', 'RELEASING', 'SUCCESS']);
    expect(seen.map((t) => t.ModifiedTime)).toEqual([0, 1, 2, 3, 4, 5].map(at));
    expect(seen.every((t) => t.CreationTime === at(0) && t.ImagePipelineId === pipeline)).toBe(true);
    expect(seen.map((t) => Boolean(t.ImageId))).toEqual([false, false, true, true, true, true]);
    expect(seen[5]!.ImageId).toMatch(/^m-[a-z0-9]{20}$/);
    expect(new Set(seen.map((t) => t.ImageId).filter(Boolean)).size).toBe(1);
    expect(new Set(seen.map((t) => t.Message)).size).toBe(6);
    expect(seen[0]!.Message).toMatch(/^Create transition vpc "vpc-/);
    expect(seen[5]).toMatchObject({ ErrorCode: '', ErrorInfo: '', Tags: { Tag: [{ TagKey: 'run', TagValue: 'nightly' }, { TagKey: 'env', TagValue: 'test' }] } });
    // Lazily computed, also when read from the emulator object without a request.
    expect(b.emulator.executions['cn-hangzhou']![0]).toMatchObject({ ExecutionId: id, Status: 'SUCCESS' });
  });

  it.each([
    ['no TestContent, no distribution', {}, ['PREPARING', 'BUILDING', 'RELEASING', 'SUCCESS']],
    ['AddAccount only', { AddAccount: ['1234567890'] }, ['PREPARING', 'BUILDING', 'DISTRIBUTING', 'RELEASING', 'SUCCESS']],
    ['RepairMode', { RepairMode: 'Standard', TestContent: 'RUN true' }, ['PREPARING', 'REPAIRING', 'BUILDING', 'TESTING', 'RELEASING', 'SUCCESS']],
  ])('%s: %j', async (_, input, want) => {
    const b = setup({ buildStepMs: 500 });
    const id = (await b.start(await b.template(input))).body.ExecutionId;
    expect((await b.states(id, 500)).map((t) => t.Status)).toEqual(want);
  });

  it('one running build per template: a second start is 403 until the first has ended; then both are listed, newest first', async () => {
    const b = setup();
    const pipeline = await b.template();
    const first = (await b.start(pipeline)).body.ExecutionId;
    for (const step of [0, 2000, 2000]) {
      b.emulator.advanceClock(step);
      const again = await b.start(pipeline);
      expect([again.status, again.body.Code]).toEqual([403, 'InvalidImagePipeline.HasRunningExecution']);
    }
    b.emulator.advanceClock(2000);
    expect((await b.task(first)).Status).toBe('SUCCESS');
    const second = (await b.start(pipeline)).body.ExecutionId;
    const listed = (await b.send('DescribeImagePipelineExecutions', { ImagePipelineId: pipeline })).body;
    expect(listed.TotalCount).toBe(2);
    expect(listed.ImagePipelineExecution.ImagePipelineExecutionSet.map((t: { ExecutionId: string }) => t.ExecutionId)).toEqual([second, first]);
    expect((await b.send('DescribeImagePipelineExecutions', { ImagePipelineId: pipeline, Status: 'PREPARING' })).body.TotalCount).toBe(1);
  });

  it('a jump of the clock lands on the final state with the times of the steps', async () => {
    const b = setup();
    const id = (await b.start(await b.template())).body.ExecutionId;
    b.emulator.advanceClock(3_600_000);
    expect(await b.task(id)).toMatchObject({ Status: 'SUCCESS', ModifiedTime: at(3) });
  });

  it.each([
    ['an unknown template', { ImagePipelineId: 'ip-doesnotexist0000000' }, 404, 'InvalidImagePipeline.NotFound'],
    ['a duplicate tag key', { Tag: [{ Key: 'a' }, { Key: 'a' }] }, 400, 'Duplicate.TagKey'],
    ['no ImagePipelineId', { ImagePipelineId: undefined }, 400, 'MissingParameter'],
  ])('Start with %s → %i %s', async (_, input, status, code) => {
    const b = setup();
    const res = await b.start(await b.template(), input);
    expect([res.status, res.body.Code]).toEqual([status, code]);
  });
});

describe('CancelImagePipelineExecution', () => {
  it.each([
    ['PREPARING', 0], // +500 ms into the state: ModifiedTime is in whole seconds
    ['BUILDING', 1],
  ])('in %s: CANCELLING, then CANCELLED one step later; no image', async (state, steps) => {
    const b = setup();
    const id = (await b.start(await b.template({ TestContent: 'RUN true' }))).body.ExecutionId;
    b.emulator.advanceClock(steps * 2000 + 500);
    expect((await b.task(id)).Status).toBe(state);
    expect((await b.send('CancelImagePipelineExecution', { ExecutionId: id })).status).toBe(200);
    expect(await b.task(id)).toMatchObject({ Status: 'CANCELLING', ImageId: '', ModifiedTime: new Date(T0 + steps * 2000).toISOString().replace('.000Z', 'Z') });
    const again = await b.send('CancelImagePipelineExecution', { ExecutionId: id });
    expect([again.status, again.body.Code]).toEqual([403, 'InvalidStatus.ImagePipelineExecution']);
    b.emulator.advanceClock(2000);
    expect(await b.task(id)).toMatchObject({ Status: 'CANCELLED', ImageId: '', Message: 'The build task was cancelled.' });
    const late = await b.send('CancelImagePipelineExecution', { ExecutionId: id });
    expect([late.status, late.body.Code, late.body.Message]).toEqual([400, 'InvalidStatus.CancelFailed', 'Failed to cancel execution,status is success, failed or cancelled.']);
  });

  it('past BUILDING it is 403 InvalidStatus.ImagePipelineExecution; finished 400 InvalidStatus.CancelFailed; unknown 404', async () => {
    const b = setup();
    const id = (await b.start(await b.template({ TestContent: 'RUN true' }))).body.ExecutionId;
    b.emulator.advanceClock(4000);
    expect((await b.task(id)).Status).toBe('TESTING');
    const testing = await b.send('CancelImagePipelineExecution', { ExecutionId: id });
    expect([testing.status, testing.body.Code]).toEqual([403, 'InvalidStatus.ImagePipelineExecution']);
    b.emulator.advanceClock(60_000);
    const done = await b.send('CancelImagePipelineExecution', { ExecutionId: id });
    expect([done.status, done.body.Code]).toEqual([400, 'InvalidStatus.CancelFailed']);
    const unknown = await b.send('CancelImagePipelineExecution', { ExecutionId: 'exec-00000000000000000000' });
    expect([unknown.status, unknown.body.Code]).toEqual([404, 'InvalidImagePipelineExecution.NotFound']);
  });

  it('a generated task that is still running can be cancelled too', async () => {
    const b = setup({ pipelines: 20, executions: 1 });
    const running = b.emulator.executions['cn-hangzhou']!.find((t) => ['PREPARING', 'REPAIRING', 'BUILDING'].includes(t.Status!))!;
    expect(running).toBeDefined();
    expect((await b.send('CancelImagePipelineExecution', { ExecutionId: running.ExecutionId })).status).toBe(200);
    expect((await b.task(running.ExecutionId!)).Status).toBe('CANCELLING');
    b.emulator.advanceClock(2000);
    expect((await b.task(running.ExecutionId!)).Status).toBe('CANCELLED');
    expect((await b.send('DeleteImagePipeline', { ImagePipelineId: running.ImagePipelineId })).status).toBe(200);
  });
});

describe('generated build tasks', () => {
  it('hold their generated state until the clock is first advanced, then run on from it to the end', async () => {
    const b = setup({ pipelines: 40, executions: 1 });
    const running = b.emulator.executions['cn-hangzhou']!.filter((t) => !['SUCCESS', 'FAILED', 'TEST_FAILED', 'PARTITION_SUCCESS', 'CANCELLED'].includes(t.Status!));
    expect(new Set(running.map((t) => t.Status)).size).toBeGreaterThan(2);
    const before = running.map((t) => ({ ...t }));
    for (const t of running) expect(await b.task(t.ExecutionId!)).toEqual(before.find((x) => x.ExecutionId === t.ExecutionId));
    const stuck = before.find((t) => ['TESTING', 'DISTRIBUTING', 'RELEASING'].includes(t.Status!))!;
    expect((await b.send('DeleteImagePipeline', { ImagePipelineId: stuck.ImagePipelineId })).body.Code).toBe('InvalidImagePipeline.HasRunningExecution');
    b.emulator.advanceClock(2000);
    const moved = await b.task(stuck.ExecutionId!);
    expect(moved.Status).not.toBe(stuck.Status);
    expect(Date.parse(moved.ModifiedTime)).toBe(T0 + 2000);
    b.emulator.advanceClock(60_000);
    for (const t of running) expect((await b.task(t.ExecutionId!)).Status).toMatch(/^(SUCCESS|CANCELLED)$/);
    expect((await b.send('DeleteImagePipeline', { ImagePipelineId: stuck.ImagePipelineId })).status).toBe(200);
  });
});

describe('buildFailureRate', () => {
  const outcomes = async (rate: number, n: number, seed = 'failures') => {
    const b = setup({ buildFailureRate: rate, seed, pipelines: 0 });
    const out: Array<Record<string, any>> = [];
    for (let i = 0; i < n; i++) {
      const id = (await b.start(await b.template({ TestContent: 'RUN true' }))).body.ExecutionId;
      b.emulator.advanceClock(60_000);
      out.push(await b.task(id));
    }
    return out;
  };

  it('1 fails every build: FAILED at the end of BUILDING (no image) or TEST_FAILED at the end of TESTING (with the image), with ErrorCode/ErrorInfo', async () => {
    const all = await outcomes(1, 16);
    expect(new Set(all.map((t) => t.Status))).toEqual(new Set(['FAILED', 'TEST_FAILED']));
    for (const t of all) {
      expect(t.ErrorCode).toBeTruthy();
      expect(t.ErrorInfo).toBeTruthy();
      const start = Date.parse(t.CreationTime);
      if (t.Status === 'FAILED') expect([t.ImageId, Date.parse(t.ModifiedTime) - start]).toEqual(['', 4000]);
      else expect([t.ImageId.startsWith('m-'), Date.parse(t.ModifiedTime) - start]).toEqual([true, 6000]);
    }
  });

  it('0.5 fails about half, the same ones for the same seed; 0 none', async () => {
    const a = (await outcomes(0.5, 40)).map((t) => t.Status);
    const again = (await outcomes(0.5, 40)).map((t) => t.Status);
    const failed = a.filter((s) => s !== 'SUCCESS').length;
    console.log(`buildFailureRate 0.5: ${failed} of 40 builds failed`);
    expect(failed).toBeGreaterThanOrEqual(12);
    expect(failed).toBeLessThanOrEqual(28);
    expect(again).toEqual(a);
    expect((await outcomes(0.5, 40, 'another seed')).map((t) => t.Status)).not.toEqual(a);
    expect((await outcomes(0, 10)).every((t) => t.Status === 'SUCCESS')).toBe(true);
  });

  it('bad options are refused with a TypeError naming them', async () => {
    const { createEmulator } = await import('../src/index.js');
    expect(() => createEmulator({ buildFailureRate: 2 })).toThrow(/buildFailureRate/);
    expect(() => createEmulator({ buildStepMs: 0 })).toThrow(/buildStepMs/);
    expect(() => createEmulator({ quotas: { pipelines: -1 } })).toThrow(/quotas\.pipelines/);
    expect(() => createEmulator().advanceClock(-5)).toThrow(/advanceClock/);
  });
});

describe('the clock control endpoint', () => {
  it('GET /__emulator/clock tells the time and the build settings; POST {advanceMs} moves builds on; a bad body is 400', async () => {
    const b = setup({ buildStepMs: 1000 });
    const control = (method: string, body?: unknown) =>
      b.emulator(new Request('http://127.0.0.1:8787/__emulator/clock', { method, ...(body === undefined ? {} : { body: JSON.stringify(body) }) }));
    expect(await (await control('GET')).json()).toEqual({ now: '2025-06-01T08:00:00.000Z', nowMs: T0, offsetMs: 0, buildStepMs: 1000, buildFailureRate: 0 });
    const id = (await b.start(await b.template())).body.ExecutionId;
    const moved = await control('POST', { advanceMs: 1500 });
    expect(await moved.json()).toMatchObject({ offsetMs: 1500, nowMs: T0 + 1500 });
    expect((await b.task(id)).Status).toBe('BUILDING');
    for (const bad of [{ advanceMs: -1 }, { advanceMs: 'soon' }, {}, [1]]) expect((await control('POST', bad)).status).toBe(400);
    expect(b.emulator.now().getTime()).toBe(T0 + 1500);
  });
});
