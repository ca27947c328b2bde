// Renders a finished run as markdown (pure: results in, text out).
import { FETCH, OURS_NODE, SDK } from './contenders/registry.mjs';
import { cell, int, kib, num, x } from './format.mjs';

const MODE_TITLE = { seq: 'Sequential (1 in flight)', c16: '16 in flight' };
const row = (cells) => `| ${cells.map(cell).join(' | ')} |`;
const table = (head, rows) => [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');

/** `value · ×fetch · ×SDK` for one metric of one contender. */
function withRatios(s, metric, fmt) {
  return `${fmt(s[metric])} · ${x(s.vs[FETCH]?.[metric])} · ${x(s.vs[SDK]?.[metric])}`;
}

function throughputSection(results) {
  const parts = [];
  for (const mode of Object.keys(results.throughput)) {
    const rows = results.contenders
      .filter((c) => results.throughput[mode][c.id])
      .map((c) => {
        const s = results.throughput[mode][c.id];
        return [
          c.label,
          int(s.reqPerSec),
          x(s.vs[FETCH]?.reqPerSec),
          x(s.vs[SDK]?.reqPerSec),
          withRatios(s, 'p50Ms', num),
          withRatios(s, 'p99Ms', num),
          withRatios(s, 'cpuUsPerCall', int),
          withRatios(s, 'peakRssMiB', num),
        ];
      });
    parts.push(
      `### ${MODE_TITLE[mode] ?? mode}\n\n` +
        table(
          ['contender', 'req/s', '× fetch', '× SDK', 'p50 ms · ×F · ×S', 'p99 ms · ×F · ×S', 'CPU µs/call · ×F · ×S', 'peak RSS MiB · ×F · ×S'],
          rows,
        ),
    );
  }
  return parts.join('\n\n');
}

function bundleSection(bundles) {
  const rows = bundles.map((b) => {
    if (b.ok) return [b.label, kib(b.bytes), kib(b.gzipBytes), 'bundles'];
    const ext = b.withNodeExternal;
    const alt = ext?.ok
      ? `with Node built-ins external: ${kib(ext.bytes)} min, ${kib(ext.gzipBytes)} gzip`
      : `not even with Node built-ins external: ${ext?.error ?? 'not tried'}`;
    return [b.label, '—', '—', `does not bundle for the browser: ${b.error}; ${alt}`];
  });
  return table(['Worker entry', 'minified', 'gzip', 'note'], rows);
}

function coldSection(cold) {
  const rows = [
    ["bare `node -e ''`", '—', num(cold.bareMs), '—'],
    ...cold.results.map((c) => [c.label, num(c.importMs), num(c.wallMs), num(c.overBareMs)]),
  ];
  return `Median of ${cold.runs} fresh processes each, interleaved. Each target is imported from an ES module entry (\`node --input-type=module -e "await import('…')"\`); the one-line module shows what the first file import costs in itself (ESM loader, resolution), whatever the package.\n\n${table(
    ['import', 'import() in process, ms', 'node wall, ms', 'over bare node, ms'],
    rows,
  )}`;
}

function firstSection(first, contenders) {
  if (!first.results.length) return 'Not measured.';
  const label = (id) => contenders.find((c) => c.id === id)?.label ?? id;
  const rows = first.results.map((r) => [label(r.id), num(r.importedMs), num(r.firstMs), x(r.vsBaseline.firstMs), num(r.exitMs), x(r.vsBaseline.exitMs)]);
  return `A fresh \`node\` process per sample imports one contender, makes one call against the canned server and lets the process end on its own; ${first.runs} samples per contender, interleaved, medians. Times are from the process's start (\`performance.timeOrigin\`, Node's own start-up included); the last columns time spawn to exit as the parent sees it. Ratios are medians of per-round ratios to ${label(first.baseline)}.\n\n${table(
    ['contender', 'imported, ms', 'first response, ms', '× raw node:http', 'process ended, ms', '× raw node:http'],
    rows,
  )}`;
}

function pagingSection(p) {
  if (p.skipped) return `Not measured: ${p.skipped}`;
  const rows = [p.small, p.large].map((r) => [
    int(r.items),
    int(r.pages),
    num(r.timeMs / 1000),
    int((r.items * 1000) / r.timeMs),
    num(r.peakRssMiB),
    `${num(r.heapMidMiB)} / ${num(r.heapEndMiB)}`,
  ]);
  const head = ['items', 'pages', 'time, s', 'items/s', 'client peak RSS, MiB', 'retained heap halfway / at the end, MiB'];
  return `${p.note}\n\n${table(head, rows)}\n\nAt ${int(p.large.items)} items peak RSS is ${x(
    p.large.peakRssMiB / p.small.peakRssMiB,
  )} and retained heap ${x(p.large.heapEndMiB / p.small.heapEndMiB)} the figures at ${int(p.small.items)}.`;
}

function emulatorSection(e, throughput) {
  if (e.skipped) return `Not measured: ${e.skipped}`;
  const rows = Object.entries(e.modes).map(([mode, s]) => [
    MODE_TITLE[mode] ?? mode,
    int(s.reqPerSec),
    num(s.p50Ms),
    num(s.p99Ms),
    x(s.reqPerSec / throughput?.[mode]?.[OURS_NODE]?.reqPerSec),
  ]);
  return `${e.note}\n\n${table(['load', 'req/s', 'p50 ms', 'p99 ms', '× same client on the canned server'], rows)}`;
}

function goalsSection(goals) {
  const verdict = (m) => (m === null ? 'not measured' : m ? '**met**' : '**missed**');
  const value = (g) => (g.unit === '×' ? x(g.value) : Number.isFinite(g.value) ? `${num(g.value)} ${g.unit}` : '—');
  return table(['goal', 'target', 'measured', 'verdict'], goals.map((g) => [g.goal, g.target, value(g), verdict(g.met)]));
}

/** The whole report as markdown. */
export function renderMarkdown(results) {
  const { machine, versions, settings } = results;
  const versionList = Object.entries(versions.packages)
    .map(([name, v]) => `\`${name}\` ${v}`)
    .join(', ');
  return `# Benchmark results${results.quick ? ' (quick run: harness check, figures meaningless)' : ''}

- **Date:** ${results.date}
- **Machine:** ${machine.os}; ${machine.cpus}× ${machine.cpuModel}; ${machine.memoryGiB} GiB RAM; load average at start ${machine.loadAvg}
- **Node:** ${versions.node}; ${versionList}
- **Run:** ${settings.rounds} interleaved round${settings.rounds === 1 ? '' : 's'} × ${settings.contenders} contenders × 2 loads, each measurement in its own process: ${settings.warmupMs} ms warm-up, then ${settings.durationMs} ms of load against one loopback \`node:http\` server (own process) serving a canned ${settings.cannedItems}-pipeline page (${kib(settings.cannedBytes)}), no signature checks. Figures are medians over rounds; ratios are medians of per-round ratios (value ÷ baseline: above 1× is better for req/s, worse for latency, CPU and memory). CPU is the client process only.

## Goals (reported, not asserted)

${goalsSection(results.goals)}

## Throughput against a canned server

${throughputSection(results)}

## First response of a fresh process

${firstSection(results.firstResponse ?? { results: [] }, results.contenders)}

## Worker bundle size (esbuild, browser platform, ESM, minified; gzip level 9)

${bundleSection(results.bundle)}

## Cold import

${coldSection(results.coldImport)}

## Paging through the emulator (MaxResults 500)

${pagingSection(results.paging)}

## The emulator's own throughput (signature verification on)

${emulatorSection(results.emulator, results.throughput)}
`;
}
