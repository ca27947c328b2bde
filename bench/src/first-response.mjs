// A fresh process's time to its first response, per contender: what a CLI run or a serverless cold start
// waits for, where importing a transport (undici: tens of ms) matters more than its cost per call. Each sample
// is a new `node` process (module caches cold) run interleaved with the others (A B C …, A B C …); figures are
// medians, ratios medians of per-round ratios to the baseline.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { median, pairedRatio } from './stats.mjs';

/** Who is measured, in this order: our client on its Node default and on fetch, the floors, the official SDK. */
export const FIRST_CONTENDERS = ['ours-node', 'ours-fetch', 'raw-http', 'raw-undici', 'raw-fetch', 'alibaba-sdk'];
/** The ratio baseline: raw node:http, the cheapest way for a fresh process to get its first answer. */
export const FIRST_BASELINE = 'raw-http';

/** Runs one child to its natural end; resolves to its JSON line plus `exitMs`, the wall time spawn → exit. */
function runOnce(script, options, cwd) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [script, JSON.stringify(options)], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (c) => (out += c));
    child.stderr.setEncoding('utf8').on('data', (c) => (err += c));
    const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(killer);
      const exitMs = performance.now() - t0;
      try {
        if (code !== 0) throw new Error(`exit ${code}`);
        resolve({ ...JSON.parse(out.trim().split('\n').pop()), exitMs });
      } catch (e) {
        reject(new Error(`${options.contender} first response: ${e.message}\n${err.trim().slice(-1_000)}`));
      }
    });
  });
}

/**
 * Measures `contenders` (ids of contender modules) `runs` times each against the server on `port`.
 * Resolves to `{ runs, baseline, results: [{ id, importedMs, firstMs, exitMs, vsBaseline: { firstMs, exitMs } }] }`.
 */
export async function measureFirstResponses({ srcDir, cwd, port, credentials, contenders, baseline, runs }) {
  const script = join(srcDir, 'measure-first.mjs');
  const rounds = [];
  for (let i = 0; i < runs; i++) {
    const round = {};
    for (const id of contenders) round[id] = await runOnce(script, { contender: id, port, credentials }, cwd);
    rounds.push(round);
  }
  const field = (id, f) => rounds.map((r) => r[id][f]);
  const vs = (id, f) => pairedRatio(rounds.map((r) => ({ a: r[id][f], b: r[baseline][f] })), 'a', 'b');
  return {
    runs,
    baseline,
    results: contenders.map((id) => ({
      id,
      importedMs: median(field(id, 'importedMs')),
      firstMs: median(field(id, 'firstMs')),
      exitMs: median(field(id, 'exitMs')),
      vsBaseline: { firstMs: vs(id, 'firstMs'), exitMs: vs(id, 'exitMs') },
    })),
  };
}
