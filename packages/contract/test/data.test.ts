import { describe, expect, it } from 'vitest';
import { DEFAULT_REGIONS, generatePipelines, loadPipelineData } from '../src/data.js';

describe('generatePipelines', () => {
  it('is deterministic per seed and differs across seeds', () => {
    const a = generatePipelines({ seed: 7, perRegion: 30 });
    const b = generatePipelines({ seed: 7, perRegion: 30 });
    const c = generatePipelines({ seed: 8, perRegion: 30 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(c));
  });

  it('fills the default regions, cn-hangzhou among them, and keeps each region independent of the others', () => {
    const all = generatePipelines({ perRegion: 5 });
    expect(Object.keys(all)).toEqual([...DEFAULT_REGIONS]);
    expect(DEFAULT_REGIONS).toEqual(expect.arrayContaining(['cn-hangzhou', 'cn-beijing', 'cn-shanghai', 'ap-southeast-1', 'us-west-1']));
    expect(DEFAULT_REGIONS.length).toBeGreaterThan(20);
    const one = generatePipelines({ perRegion: 5, regions: ['cn-hangzhou'] });
    expect(one['cn-hangzhou']).toEqual(all['cn-hangzhou']);
  });

  it('looks like the service: ip- IDs, unique, CreationTime without ms, newest first, wrappers always present, tags on most', () => {
    const list = generatePipelines({ perRegion: 400, regions: ['cn-hangzhou'] })['cn-hangzhou']!;
    expect(list).toHaveLength(400);
    expect(new Set(list.map((p) => p.ImagePipelineId)).size).toBe(400);
    for (const p of list) {
      expect(p.ImagePipelineId).toMatch(/^ip-[a-z0-9]{20}$/);
      expect(p.CreationTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      expect(Array.isArray(p.Tags?.Tag)).toBe(true);
      expect(Array.isArray(p.AddAccounts?.AddAccount)).toBe(true);
      expect(Array.isArray(p.ToRegionIds?.ToRegionId)).toBe(true);
      expect(Number.isInteger(p.SystemDiskSize)).toBe(true);
      expect(typeof p.DeleteInstanceOnFailure).toBe('boolean');
    }
    const times = list.map((p) => p.CreationTime!);
    expect([...times].sort().reverse()).toEqual(times);
    const tagged = list.filter((p) => p.Tags!.Tag!.length > 0).length;
    expect(tagged / list.length).toBeGreaterThan(0.7);
    expect(tagged).toBeLessThan(list.length);
    expect(new Set(list.map((p) => p.ResourceGroupId)).size).toBeGreaterThan(2);
  });

  it('generates 10,000 pipelines quickly enough for a soak test', () => {
    const list = generatePipelines({ perRegion: 10_000, regions: ['cn-hangzhou'] })['cn-hangzhou']!;
    expect(new Set(list.map((p) => p.ImagePipelineId)).size).toBe(10_000);
  });
});

describe('loadPipelineData', () => {
  it('fills missing list wrappers and keeps given fields', () => {
    const data = loadPipelineData({ 'cn-hangzhou': [{ ImagePipelineId: 'ip-1', Name: 'a', Tags: { Tag: [{ TagKey: 'k', TagValue: 'v' }] } }] });
    expect(data['cn-hangzhou']![0]).toEqual({
      ImagePipelineId: 'ip-1',
      Name: 'a',
      Tags: { Tag: [{ TagKey: 'k', TagValue: 'v' }] },
      AddAccounts: { AddAccount: [] },
      ToRegionIds: { ToRegionId: [] },
    });
  });

  it.each([
    [[], /object of region ID/],
    [{ 'cn-hangzhou': {} }, /must be an array/],
    [{ 'cn-hangzhou': [{ Name: 'x' }] }, /ImagePipelineId/],
    [{ 'cn-hangzhou': [{ ImagePipelineId: 'ip-1' }, { ImagePipelineId: 'ip-1' }] }, /duplicate/],
  ])('refuses %j', (input, message) => {
    expect(() => loadPipelineData(input)).toThrow(message);
  });
});
