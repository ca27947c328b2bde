import { describe, expect, it } from 'vitest';
import { renderChart } from '../src/chart.mjs';
import { contenders } from '../src/contenders/registry.mjs';
import { evaluateGoals } from '../src/goals.mjs';
import { END, START, spliceReadme } from '../src/readme.mjs';
import { renderMarkdown } from '../src/report.mjs';

const summary = (reqPerSec: number, vsFetch: number, vsSdk: number) => ({
  reqPerSec,
  p50Ms: 0.5,
  p99Ms: 2,
  cpuUsPerCall: 300,
  peakRssMiB: 60,
  vs: {
    'raw-fetch': { reqPerSec: vsFetch, p50Ms: 1, p99Ms: 1, cpuUsPerCall: 1, peakRssMiB: 1 },
    'alibaba-sdk': { reqPerSec: vsSdk, p50Ms: 1, p99Ms: 1, cpuUsPerCall: 1, peakRssMiB: 1 },
  },
});

function fakeResults() {
  const r: Record<string, unknown> & { goals?: unknown } = {
    date: '2026-01-01T00:00:00Z',
    quick: false,
    machine: { os: 'Linux', cpus: 2, cpuModel: 'CPU', memoryGiB: '8.0', loadAvg: '0 / 0 / 0' },
    versions: { node: 'v20.0.0', packages: { esbuild: '0.27.3' } },
    settings: { rounds: 5, contenders: 6, warmupMs: 500, durationMs: 2000, cannedItems: 10, cannedBytes: 7000 },
    contenders,
    throughput: {
      seq: { 'raw-fetch': summary(1000, 1, 0.8), 'ours-node': summary(2000, 2, 1.6), 'ours-fetch': summary(950, 0.95, 0.76), 'alibaba-sdk': summary(1250, 1.25, 1) },
      c16: { 'raw-fetch': summary(1500, 1, 1), 'ours-node': summary(2000, 1.33, 1.33), 'alibaba-sdk': summary(1500, 1, 1) },
    },
    bundle: [
      { id: 'ours', label: 'ours', ok: true, bytes: 12_000, gzipBytes: 5_000 },
      { id: 'sdk', label: 'sdk', ok: false, error: 'Could not resolve "fs" | x', withNodeExternal: { ok: true, bytes: 3_000_000, gzipBytes: 400_000 } },
    ],
    coldImport: {
      bareMs: 40,
      runs: 15,
      results: [
        { id: 'ours', label: 'ours', importMs: 13, wallMs: 55, overBareMs: 15 },
        { id: 'one-line', label: 'one line', importMs: 5, wallMs: 45, overBareMs: 5 },
      ],
    },
    firstResponse: {
      runs: 15,
      baseline: 'raw-http',
      results: [
        { id: 'ours-node', importedMs: 60, firstMs: 70, exitMs: 80, vsBaseline: { firstMs: 1.1, exitMs: 1.05 } },
        { id: 'raw-http', importedMs: 50, firstMs: 64, exitMs: 76, vsBaseline: { firstMs: 1, exitMs: 1 } },
      ],
    },
    paging: { note: 'n', small: { items: 10_000, pages: 20, timeMs: 1000, peakRssMiB: 60, heapMidMiB: 8, heapEndMiB: 6 }, large: { items: 100_000, pages: 200, timeMs: 9000, peakRssMiB: 63, heapMidMiB: 8, heapEndMiB: 9 } },
    emulator: { skipped: 'not run' },
  };
  r.goals = evaluateGoals(r);
  return r;
}

describe('evaluateGoals', () => {
  it('marks each goal met, missed, or not measured', () => {
    const goals = evaluateGoals(fakeResults());
    const verdict = Object.fromEntries(goals.map((g: { goal: string; met: boolean | null }) => [g.goal, g.met]));
    expect(verdict['ours (Node path) vs official SDK, sequential']).toBe(true);
    expect(verdict['ours (Node path) vs official SDK, 16 in flight']).toBe(false);
    expect(verdict['ours (plain fetch) vs raw fetch, sequential']).toBe(true);
    expect(verdict['ours (plain fetch) vs raw fetch, 16 in flight']).toBeNull();
    expect(verdict['stretch: ours (Node path) vs raw undici Pool, 16 in flight']).toBeNull();
    expect(verdict['first response of a fresh process, ours (Node default) vs raw node:http']).toBe(true);
    expect(verdict['Worker bundle, ours (minified, gzip)']).toBe(true);
    expect(verdict['cold import, ours (Node entry), over a one-line ES module']).toBe(true);
    expect(verdict['paging 100,000 vs 10,000 items: peak RSS']).toBe(true);
    expect(verdict['paging 100,000 vs 10,000 items: heap retained after GC']).toBe(false);
  });
});

describe('renderMarkdown', () => {
  const md = renderMarkdown(fakeResults());

  it('states date, machine and versions', () => {
    expect(md).toContain('2026-01-01T00:00:00Z');
    expect(md).toContain('2× CPU; 8.0 GiB RAM');
    expect(md).toContain('`esbuild` 0.27.3');
  });

  it('prints throughput with both ratios and the goal verdicts', () => {
    expect(md).toMatch(/\| ours: default on Node \(undici after 16 requests\) \| 2,000 \| 2\.00× \| 1\.60× \|/);
    expect(md).toContain('| ours (Node path) vs official SDK, 16 in flight | ≥ 1.5× | 1.33× | **missed** |');
  });

  it('prints the first response of a fresh process with its ratio', () => {
    expect(md).toMatch(/\| ours: default on Node \(undici after 16 requests\) \| 60\.0 \| 70\.0 \| 1\.10× \| 80\.0 \| 1\.05× \|/);
  });

  it('reports a package that does not bundle, escaping the pipe in its error', () => {
    expect(md).toContain('does not bundle for the browser: Could not resolve "fs" \\| x');
    expect(md).toContain('390.6 KiB gzip');
  });

  it('keeps every table row at its header width', () => {
    for (const block of md.split('\n\n').filter((b) => b.startsWith('| '))) {
      const widths = block.split('\n').map((l) => l.split(/(?<!\\)\|/).length);
      expect(new Set(widths).size).toBe(1);
    }
  });
});

describe('renderChart', () => {
  const svg = renderChart(fakeResults());

  it('draws one labelled bar per figure and n/a where one is missing', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('>2.00×</text>');
    expect(svg).toContain('>n/a</text>');
    expect(svg.trim().endsWith('</svg>')).toBe(true);
  });

  it('escapes markup in labels', () => {
    const r = fakeResults();
    r.contenders = [{ id: 'raw-fetch', label: '<raw & "fetch">' }];
    expect(renderChart(r)).toContain('&#60;raw &#38; &#34;fetch&#34;&#62;');
  });
});

describe('spliceReadme', () => {
  it('replaces only the text between the markers, demoting headings', () => {
    const readme = `# bench\n\nintro\n\n${START}\nold\n${END}\n\nafter\n`;
    const out = spliceReadme(readme, '# Benchmark results\n\n## Goals\n\nrow\n');
    expect(out).toContain(`intro\n\n${START}\n\n### Benchmark results\n\n#### Goals\n\nrow\n\n${END}\n\nafter`);
    expect(out).not.toContain('old');
    expect(spliceReadme(out, '# B\n')).toContain(`${START}\n\n### B\n\n${END}`);
  });

  it('refuses to write when the markers are gone', () => {
    expect(() => spliceReadme('# bench\n', 'x')).toThrow(/markers/);
  });
});
