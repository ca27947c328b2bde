// Cold import cost: wall time of `node` importing a package, over bare `node -e ''`, median of N fresh
// processes run interleaved (bare, A, B, bare, A, B, …) so drift hits every target alike. Also reports the
// in-process time of the `import()` itself, which is far less noisy than whole-process wall time.
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { median } from './stats.mjs';

const inProcess = (specifier) =>
  `const t=performance.now();await import(${JSON.stringify(specifier)});` +
  'process.stdout.write(String(performance.now()-t))';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// A failed import of a workspace package usually means a concurrent build is rewriting its dist/ (shared
// checkout): wait and time again. Anything else is a broken harness.
async function timeOnce(args, cwd, attempts = 10) {
  for (let attempt = 1; ; attempt++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
    const wallMs = performance.now() - t0;
    if (r.status === 0) return { wallMs, importMs: Number(r.stdout) };
    if (attempt >= attempts || !/ERR_MODULE_NOT_FOUND|Cannot find module/.test(r.stderr)) {
      throw new Error(`node ${args.join(' ')} failed: ${r.stderr.trim().split('\n').slice(0, 3).join(' ')}`);
    }
    await sleep(3_000);
  }
}

/**
 * Times `targets` (`{ name, specifier }`) `runs` times each, from `cwd` (where the specifiers resolve).
 * Resolves to `{ bareMs, results: [{ id, label, specifier, wallMs, overBareMs, importMs }] }`, all medians.
 */
export async function measureColdImports(targets, { runs, cwd }) {
  const bare = [];
  const samples = targets.map(() => ({ wall: [], imp: [] }));
  for (let i = 0; i < runs; i++) {
    bare.push((await timeOnce(['-e', ''], cwd)).wallMs);
    for (const [j, t] of targets.entries()) {
      const s = await timeOnce(['--input-type=module', '-e', inProcess(t.specifier)], cwd);
      samples[j].wall.push(s.wallMs);
      samples[j].imp.push(s.importMs);
    }
  }
  const bareMs = median(bare);
  return {
    bareMs,
    runs,
    results: targets.map((t, j) => ({
      ...t,
      wallMs: median(samples[j].wall),
      overBareMs: median(samples[j].wall) - bareMs,
      importMs: median(samples[j].imp),
    })),
  };
}
