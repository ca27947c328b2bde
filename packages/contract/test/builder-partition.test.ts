// Distribution failures (family reference §10.1, §10.2): with buildFailureRate, a build that copies or shares its
// image may fail there instead; it runs on through DISTRIBUTING and RELEASING and ends in PARTITION_SUCCESS with
// its image and an ErrorCode/ErrorInfo. Builds that do not distribute fail as they did before, for a seed; a
// saved run that fails in DISTRIBUTING is restored. The emulator runs on a fixed clock only advanceClock moves.
import { afterAll, describe, expect, it } from 'vitest';
import { createEmulator } from '../src/index.js';
import { builder } from './helpers.js';

const audits: Array<ReturnType<typeof builder>['audit']> = [];
afterAll(() => expect(audits.flatMap((a) => a.problems)).toEqual([]));

const T0 = Date.UTC(2025, 5, 1, 8, 0, 0);
const FINAL = ['SUCCESS', 'PARTITION_SUCCESS', 'FAILED', 'TEST_FAILED', 'CANCELLED'];

/** An emulator whose every build fails (`seed` decides how), with helpers to build from a template. */
const failing = (seed: string) => {
  const b = builder({ buildFailureRate: 1, seed, pipelines: 0 });
  audits.push(b.audit);
  const task = async (id: string) => (await b.send('DescribeImagePipelineExecutions', { ExecutionId: id })).body.ImagePipelineExecution.ImagePipelineExecutionSet[0] as Record<string, any>;
  /** Starts a build of a new template made from `input`; every state it passes through, one read per step. */
  const build = async (input: Record<string, unknown>) => {
    const pipeline = (await b.send('CreateImagePipeline', { BaseImageType: 'IMAGE', BaseImage: 'm-1', ...input })).body.ImagePipelineId;
    const id = (await b.send('StartImagePipelineExecution', { ImagePipelineId: pipeline })).body.ExecutionId as string;
    const seen: Array<Record<string, any>> = [];
    for (let i = 0; i < 12 && !FINAL.includes(seen.at(-1)?.Status); i++) {
      if (i > 0) b.emulator.advanceClock(2000);
      seen.push(await task(id));
    }
    return seen;
  };
  return { ...b, build };
};

describe('a failed distribution', () => {
  it('runs through DISTRIBUTING and RELEASING and ends in PARTITION_SUCCESS, with the image and ErrorCode/ErrorInfo', async () => {
    const b = failing('partition');
    const runs = [];
    for (let i = 0; i < 12; i++) runs.push(await b.build({ ToRegionId: ['cn-beijing'] }));
    const partial = runs.filter((seen) => seen.at(-1)!.Status === 'PARTITION_SUCCESS');
    console.log(`distributing builds that all fail: ${partial.length} of 12 ended in PARTITION_SUCCESS`);
    expect(partial.length).toBeGreaterThan(0);
    expect(partial.length).toBeLessThan(12);
    for (const seen of partial) {
      expect(seen.map((t) => t.Status)).toEqual(['PREPARING', 'BUILDING', 'DISTRIBUTING', 'RELEASING', 'PARTITION_SUCCESS']);
      expect(seen.map((t) => Boolean(t.ImageId))).toEqual([false, false, true, true, true]);
      expect(seen.map((t) => Boolean(t.ErrorCode))).toEqual([false, false, false, false, true]);
      const end = seen.at(-1)!;
      expect(end).toMatchObject({ ErrorCode: 'CopyImageFailed', ErrorInfo: expect.stringContaining('target regions'), Message: expect.stringMatching(/built/) });
      expect(Date.parse(end.ModifiedTime) - Date.parse(end.CreationTime)).toBe(4 * 2000);
    }
    // The other failures are the ones a build without distribution has.
    expect(new Set(runs.map((seen) => seen.at(-1)!.Status))).toEqual(new Set(['FAILED', 'PARTITION_SUCCESS']));
  });

  it('is drawn last: a distributing build that does not fail there fails as the same build without distribution would', async () => {
    const plain = failing('drawn-last');
    const distributing = failing('drawn-last');
    let partial = 0;
    for (let i = 0; i < 16; i++) {
      const a = (await plain.build({ TestContent: 'RUN true' })).at(-1)!;
      const b = (await distributing.build({ TestContent: 'RUN true', AddAccount: ['1234567890'] })).at(-1)!;
      if (b.Status === 'PARTITION_SUCCESS') partial++;
      else expect([b.Status, b.ErrorCode, b.ErrorInfo]).toEqual([a.Status, a.ErrorCode, a.ErrorInfo]);
    }
    expect(partial).toBeGreaterThan(0);
  });

  it('the same seed fails the same builds the same way', async () => {
    const outcome = async () => {
      const b = failing('again');
      const out = [];
      for (let i = 0; i < 8; i++) out.push((await b.build({ TestContent: 'RUN true', ToRegionId: ['cn-beijing'] })).at(-1)!.Status);
      return out;
    };
    const first = await outcome();
    expect(await outcome()).toEqual(first);
    expect(new Set(first)).toEqual(new Set(['FAILED', 'TEST_FAILED', 'PARTITION_SUCCESS']));
  });
});

describe('a saved run that fails in DISTRIBUTING', () => {
  const options = { pipelines: 0, buildFailureRate: 1, seed: 'partition', now: () => T0 };

  it('is restored and ends in PARTITION_SUCCESS; a failIn that is not a failure phase, or not one of its phases, is refused', async () => {
    const b = failing('partition');
    let id = '';
    for (let i = 0; i < 12 && !id; i++) {
      const seen = await b.build({ ToRegionId: ['cn-beijing'] });
      if (seen.at(-1)!.Status === 'PARTITION_SUCCESS') id = seen[0]!.ExecutionId;
    }
    const snapshot = b.emulator.snapshot();
    const run = snapshot.regions['cn-hangzhou']!.runs[id]!;
    expect(run.failIn).toBe('DISTRIBUTING');
    const again = createEmulator({ ...options, state: snapshot });
    expect(again.executions['cn-hangzhou']!.find((t) => t.ExecutionId === id)).toMatchObject({ Status: 'PARTITION_SUCCESS', ErrorCode: 'CopyImageFailed' });

    const edited = (change: Record<string, unknown>) => {
      const copy = structuredClone(snapshot);
      Object.assign(copy.regions['cn-hangzhou']!.runs[id]!, change);
      return () => createEmulator({ ...options, state: copy });
    };
    expect(edited({ failIn: 'RELEASING' })).toThrow(/runs\.exec-\w+\.failIn must be BUILDING, TESTING, DISTRIBUTING or absent/);
    expect(edited({ failIn: 'DISTRIBUTING', phases: ['PREPARING', 'BUILDING', 'RELEASING'] })).toThrow(/failIn must be one of the run's phases, got DISTRIBUTING/);
  });
});
