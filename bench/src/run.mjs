#!/usr/bin/env node
// `pnpm bench [--quick]`: runs every measurement and writes results/latest.{md,svg} (quick: results/quick/).
// Options: --quick (tiny harness check, < 30 s), --rounds N, --duration MS (load per measurement),
// --only throughput,first,bundle,cold,paging,emulator, --contenders id,id (a partial run writes to results/raw/ only).
// Asserts nothing about speed: exits 1 only when the harness itself breaks.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { summarize } from './aggregate.mjs';
import { measureBundle } from './bundle.mjs';
import { CANNED_ITEMS, cannedBytes } from './canned.mjs';
import { renderChart } from './chart.mjs';
import { measureColdImports } from './cold-import.mjs';
import { FIRST_BASELINE, FIRST_CONTENDERS, measureFirstResponses } from './first-response.mjs';
import { FETCH, RAW_UNDICI, SDK, contenders as allContenders } from './contenders/registry.mjs';
import { describeMachine, describeVersions } from './environment.mjs';
import { evaluateGoals } from './goals.mjs';
import { oursAvailable, waitForBuilds } from './ours.mjs';
import { measureEmulator, measurePaging } from './paging.mjs';
import { runJsonChildPatiently, startService } from './proc.mjs';
import { renderMarkdown } from './report.mjs';
import { spliceReadme } from './readme.mjs';

const srcDir = dirname(fileURLToPath(import.meta.url));
const benchDir = join(srcDir, '..');
// `pnpm bench -- --quick` forwards the `--` separator itself; it carries no meaning here.
const { values: args } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    quick: { type: 'boolean', default: false },
    rounds: { type: 'string' },
    duration: { type: 'string' },
    only: { type: 'string' },
    contenders: { type: 'string' },
  },
});

// Sized so the full run stays near 4 minutes on a 2-core machine and the quick one under 30 s.
const settings = args.quick
  ? { rounds: 1, warmupMs: 100, durationMs: 200, coldRuns: 3, firstRuns: 1, pagingSmall: 1_000, pagingLarge: 5_000, emulatorMs: 300 }
  : { rounds: 5, warmupMs: 500, durationMs: 2_000, coldRuns: 15, firstRuns: 15, pagingSmall: 10_000, pagingLarge: 100_000, emulatorMs: 2_000 };
if (args.rounds) settings.rounds = Number(args.rounds);
if (args.duration) settings.durationMs = Number(args.duration);
const parts = new Set((args.only ?? 'throughput,first,bundle,cold,paging,emulator').split(','));
const outDir = join(benchDir, 'results', args.quick ? 'quick' : args.only || args.contenders ? 'raw' : '');
// Fixed, fake credentials: the canned server checks nothing, and the emulator is told to accept them.
const credentials = { accessKeyId: 'bench-access-key-id', accessKeySecret: 'bench-access-key-secret' };
const log = (msg) => process.stderr.write(`[bench] ${msg}\n`);
const started = Date.now();

await waitForBuilds(benchDir, { log });
const ours = await oursAvailable(benchDir);
if (!ours.ok) log(`our client is not measurable yet (${ours.reason}); its rows will be empty`);
const named = args.contenders?.split(',');
const contenders = allContenders.filter((c) => (!c.ours || ours.ok) && (!named || named.includes(c.id)));

const results = {
  date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  quick: args.quick,
  machine: describeMachine(),
  versions: describeVersions(benchDir),
  settings: {
    ...settings,
    contenders: contenders.length,
    cannedItems: CANNED_ITEMS,
    cannedBytes: cannedBytes.length,
  },
  contenders: allContenders,
  throughput: {},
  bundle: [],
  coldImport: { bareMs: Number.NaN, runs: 0, results: [] },
  firstResponse: { runs: 0, results: [] },
  paging: { skipped: 'not run' },
  emulator: { skipped: 'not run' },
};

if (parts.has('throughput')) {
  const server = await startService(join(srcDir, 'server.mjs'));
  const modes = { seq: 1, c16: 16 };
  const rounds = [];
  try {
    for (let r = 0; r < settings.rounds; r++) {
      const round = {};
      for (const [mode, concurrency] of Object.entries(modes)) {
        round[mode] = {};
        for (const c of contenders) {
          const options = { contender: c.id, concurrency, warmupMs: settings.warmupMs, durationMs: settings.durationMs, port: server.info.port, credentials };
          round[mode][c.id] = await runJsonChildPatiently(join(srcDir, 'measure-http.mjs'), [JSON.stringify(options)], { cwd: benchDir }, { log });
        }
        log(`round ${r + 1}/${settings.rounds} ${mode}: ${contenders.map((c) => `${c.id} ${Math.round(round[mode][c.id].reqPerSec)}`).join(', ')} req/s`);
      }
      rounds.push(round);
    }
  } finally {
    await server.stop();
  }
  results.throughput = summarize(rounds, Object.keys(modes), contenders.map((c) => c.id), [FETCH, SDK, RAW_UNDICI]);
  results.rawRounds = rounds;
}

if (parts.has('first')) {
  await waitForBuilds(benchDir, { log });
  const server = await startService(join(srcDir, 'server.mjs'));
  try {
    const ids = FIRST_CONTENDERS.filter((id) => ours.ok || !allContenders.find((c) => c.id === id)?.ours);
    results.firstResponse = await measureFirstResponses({ srcDir, cwd: benchDir, port: server.info.port, credentials, contenders: ids, baseline: FIRST_BASELINE, runs: settings.firstRuns });
  } finally {
    await server.stop();
  }
  log(`first response of a fresh process: ${results.firstResponse.results.map((r) => `${r.id} ${r.firstMs.toFixed(0)} ms`).join(', ')}`);
}

if (parts.has('bundle')) {
  await waitForBuilds(benchDir, { log });
  const entries = [
    { id: 'ours', label: 'ours (`@org/ecs-pipelines-client`)', file: 'ours.mjs', needsOurs: true },
    { id: 'sdk', label: 'official SDK (`@alicloud/ecs20140526`)', file: 'alibaba-sdk.mjs' },
  ];
  for (const e of entries) {
    if (e.needsOurs && !ours.ok) continue;
    results.bundle.push({ ...e, ...(await measureBundle(join(srcDir, 'worker-entries', e.file))) });
    log(`bundle ${e.id}: ${results.bundle.at(-1).ok ? `${results.bundle.at(-1).gzipBytes} B gzip` : 'does not bundle'}`);
  }
}

if (parts.has('cold')) {
  await waitForBuilds(benchDir, { log });
  const targets = [
    ...(ours.ok
      ? [
          { id: 'ours', label: '`@org/ecs-pipelines-client` (Node entry)', specifier: '@org/ecs-pipelines-client' },
          { id: 'core', label: '`@org/ecs-pipelines-core` alone (for reference)', specifier: '@org/ecs-pipelines-core' },
        ]
      : []),
    { id: 'sdk', label: '`@alicloud/ecs20140526`', specifier: '@alicloud/ecs20140526' },
    { id: 'pop-core', label: '`@alicloud/pop-core`', specifier: '@alicloud/pop-core' },
    { id: 'one-line', label: 'a one-line ES module (the floor of any import)', specifier: './src/one-line.mjs' },
  ];
  results.coldImport = await measureColdImports(targets, { runs: settings.coldRuns, cwd: benchDir });
  log(`cold import over bare node: ${results.coldImport.results.map((c) => `${c.id} ${c.overBareMs.toFixed(1)} ms`).join(', ')}`);
}

if (parts.has('paging')) {
  await waitForBuilds(benchDir, { log });
  results.paging = await measurePaging({ benchDir, srcDir, ours, small: settings.pagingSmall, large: settings.pagingLarge, log });
}
if (parts.has('emulator')) {
  await waitForBuilds(benchDir, { log });
  results.emulator = await measureEmulator({ benchDir, srcDir, ours, durationMs: settings.emulatorMs, warmupMs: settings.warmupMs, log });
}

results.goals = evaluateGoals(results);
results.elapsedS = (Date.now() - started) / 1000;
const markdown = renderMarkdown(results);
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'latest.md'), markdown);
writeFileSync(join(outDir, 'latest.svg'), renderChart(results));
if (!args.quick && !args.only && !args.contenders) {
  mkdirSync(join(benchDir, 'results', 'raw'), { recursive: true });
  writeFileSync(join(benchDir, 'results', 'raw', 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  const readmePath = join(benchDir, 'README.md');
  writeFileSync(readmePath, spliceReadme(readFileSync(readmePath, 'utf8'), markdown));
} else {
  writeFileSync(join(outDir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
}
log(`done in ${results.elapsedS.toFixed(1)} s: ${join(outDir, 'latest.md')}`);
// A quick run is a harness check: one round of 200 ms per contender on a shared machine, so its ratios say
// nothing about the goals.
if (args.quick) log('goals are judged on a full run only (`pnpm bench`); --quick is too short to mean anything');
else for (const g of results.goals) log(`goal ${g.met === null ? 'not measured' : g.met ? 'met   ' : 'missed'}: ${g.goal} (${g.target})`);
