import { describe, expect, it } from 'vitest';
import { shortFile, summarizeProfile } from '../src/profile-summary.mjs';

describe('shortFile', () => {
  it.each([
    ['file:///work/main/packages/core/dist/index.js', 'packages/core/dist/index.js'],
    ['file:///x/node_modules/.pnpm/a@1/node_modules/@alicloud/pop-core/lib/rpc.js', '@alicloud/pop-core/lib/rpc.js'],
    ['node:internal/url', 'node:internal/url'],
    ['', '(native / idle / gc)'],
  ])('%s → %s', (url, short) => expect(shortFile(url)).toBe(short));
});

describe('summarizeProfile', () => {
  it('sums self samples per function and per file, largest first', () => {
    const frame = (functionName: string, url: string, lineNumber: number) => ({ functionName, url, lineNumber });
    const profile = {
      startTime: 0,
      endTime: 4_000,
      nodes: [
        { id: 1, callFrame: frame('(root)', '', -1) },
        { id: 2, callFrame: frame('signV3', 'file:///r/packages/core/dist/index.js', 9) },
        { id: 3, callFrame: frame('decode', 'file:///r/packages/core/dist/index.js', 99) },
      ],
      samples: [2, 2, 3, 1],
    };
    const s = summarizeProfile(profile);
    expect(s.totalMs).toBe(4);
    expect(s.byFile[0]).toEqual({ name: 'packages/core/dist/index.js', pct: 75 });
    expect(s.byFunction[0]).toEqual({ name: 'signV3  packages/core/dist/index.js:10', pct: 50 });
  });
});
