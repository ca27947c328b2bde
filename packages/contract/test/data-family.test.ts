// The generated build tasks and components: deterministic, consistent with the pipelines (every task
// belongs to an existing template, at most one still running per template), and covering every value the
// filters distinguish (states, owners, types, systems).
import { describe, expect, it } from 'vitest';
import { createEmulator, generateComponents, generateExecutions, generatePipelines } from '../src/index.js';

const TERMINAL = new Set(['SUCCESS', 'PARTITION_SUCCESS', 'FAILED', 'TEST_FAILED', 'CANCELLED']);
const pipelines = generatePipelines({ perRegion: 60, regions: ['cn-hangzhou', 'us-west-1'] });
const executions = generateExecutions(pipelines, { perPipeline: 4, seed: 'data-family' });

describe('generateExecutions', () => {
  it('is deterministic, and leaves the pipelines as they are', () => {
    const before = JSON.stringify(pipelines);
    expect(JSON.stringify(generateExecutions(pipelines, { perPipeline: 4, seed: 'data-family' }))).toBe(JSON.stringify(executions));
    expect(JSON.stringify(generateExecutions(pipelines, { perPipeline: 4, seed: 'other' }))).not.toBe(JSON.stringify(executions));
    expect(JSON.stringify(pipelines)).toBe(before);
  });

  it('every task belongs to a template of its region, after its creation; newest first; unique IDs', () => {
    for (const [region, list] of Object.entries(executions)) {
      const byId = new Map(pipelines[region]!.map((p) => [p.ImagePipelineId, p]));
      expect(list).toHaveLength(pipelines[region]!.length * 4);
      expect(new Set(list.map((e) => e.ExecutionId)).size).toBe(list.length);
      for (const e of list) {
        const p = byId.get(e.ImagePipelineId);
        expect(p, e.ExecutionId).toBeDefined();
        expect(e.ExecutionId).toMatch(/^exec-[0-9a-f]{20}$/);
        expect(e.CreationTime! > p!.CreationTime!).toBe(true);
        expect(e.ModifiedTime! > e.CreationTime!).toBe(true);
        expect(e.ResourceGroupId).toBe(p!.ResourceGroupId);
        expect(e.Tags).toEqual(p!.Tags);
      }
      const times = list.map((e) => e.CreationTime!);
      expect([...times].sort().reverse()).toEqual(times);
    }
  });

  it('mixes final and running states, at most one running task per template (the newest), with images and errors where they belong', () => {
    const list = Object.values(executions).flat();
    const states = new Set(list.map((e) => e.Status!));
    for (const s of ['SUCCESS', 'FAILED', 'TEST_FAILED']) expect(states).toContain(s);
    expect([...states].some((s) => !TERMINAL.has(s))).toBe(true);
    for (const [region, tasks] of Object.entries(executions)) {
      for (const p of pipelines[region]!) {
        const mine = tasks.filter((e) => e.ImagePipelineId === p.ImagePipelineId);
        const running = mine.filter((e) => !TERMINAL.has(e.Status!));
        expect(running.length).toBeLessThanOrEqual(1);
        if (running.length) expect(running[0]).toBe(mine[0]);
      }
    }
    for (const e of list) {
      const failed = ['FAILED', 'TEST_FAILED', 'PARTITION_SUCCESS'].includes(e.Status!);
      expect(Boolean(e.ErrorCode && e.ErrorInfo), `${e.Status} ${e.ErrorCode}`).toBe(failed);
      if (['SUCCESS', 'PARTITION_SUCCESS', 'TEST_FAILED'].includes(e.Status!)) expect(e.ImageId).toMatch(/^m-/);
      if (['PREPARING', 'REPAIRING', 'BUILDING', 'FAILED'].includes(e.Status!)) expect(e.ImageId).toBe('');
    }
  });
});

describe('generateComponents', () => {
  const components = generateComponents(['cn-hangzhou', 'eu-west-1'], { perRegion: 40, seed: 'data-family' });

  it('is deterministic per seed and region, unique IDs, newest first', () => {
    expect(JSON.stringify(generateComponents(['cn-hangzhou', 'eu-west-1'], { perRegion: 40, seed: 'data-family' }))).toBe(JSON.stringify(components));
    expect(generateComponents(['cn-hangzhou'], { perRegion: 40, seed: 'data-family' })['cn-hangzhou']).toEqual(components['cn-hangzhou']);
    for (const list of Object.values(components)) {
      expect(list).toHaveLength(40);
      expect(new Set(list.map((c) => c.ImageComponentId)).size).toBe(40);
      const times = list.map((c) => c.CreationTime!);
      expect([...times].sort().reverse()).toEqual(times);
    }
  });

  it('covers both owners, types and systems; parameters match the YAML body; several versions of a name', () => {
    const list = components['cn-hangzhou']!;
    expect(new Set(list.map((c) => c.Owner))).toEqual(new Set(['SELF', 'ALIYUN']));
    expect(new Set(list.map((c) => c.ComponentType))).toEqual(new Set(['Build', 'Test']));
    expect(new Set(list.map((c) => c.SystemType))).toEqual(new Set(['Linux', 'Windows']));
    for (const c of list) {
      expect(c.ImageComponentId).toMatch(/^ic-[a-z0-9]{20}$/);
      expect(c.ComponentVersion).toMatch(/^\d+\.\d+\.\d+$/);
      expect(c.Content).toMatch(/Tasks:\n/);
      for (const p of c.Parameters!.Parameter!) expect(c.Content).toContain(`  ${p.Name}:\n    Type: ${p.Type}\n    DefaultValue: ${p.DefaultValue}\n`);
      if (c.Owner === 'ALIYUN') expect([c.ResourceGroupId, c.Tags!.Tag]).toEqual(['', []]);
    }
    expect(list.some((c) => c.Parameters!.Parameter!.length > 0)).toBe(true);
    expect(list.some((c) => c.Tags!.Tag!.length > 0)).toBe(true);
    const names = list.filter((c) => c.Owner === 'SELF').map((c) => c.Name);
    expect(new Set(names).size).toBeLessThan(names.length);
  });
});

describe('the emulator\'s data set', () => {
  it('generates tasks for a --data file\'s pipelines too, and `executions: 0` / `components: 0` turn them off', () => {
    const em = createEmulator({ data: { 'eu-west-1': [{ ImagePipelineId: 'ip-file', Name: 'f', CreationTime: '2024-01-01T00:00:00Z' }] } });
    expect(em.executions['eu-west-1']!.map((e) => e.ImagePipelineId)).toEqual(['ip-file', 'ip-file', 'ip-file']);
    expect(em.components['eu-west-1']!.length).toBe(15);
    const none = createEmulator({ executions: 0, components: 0, regions: ['cn-hangzhou'] });
    expect([none.executions['cn-hangzhou'], none.components['cn-hangzhou']]).toEqual([[], []]);
    expect(() => createEmulator({ executions: -1 })).toThrow(/executions must be an integer/);
  });
});
