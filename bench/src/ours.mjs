// Whether our client can be measured: the bench imports packages as users do, through their `exports`,
// so it needs packages/client's `dist/` (built by the test command's turbo step, or by tsdown).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Resolves to `{ ok: true }` or `{ ok: false, reason }`. */
export async function oursAvailable(benchDir) {
  const dist = join(benchDir, 'node_modules', '@org', 'ecs-pipelines-client', 'dist', 'index.js');
  if (!existsSync(dist)) return { ok: false, reason: 'packages/client has no dist/; build it first' };
  let mod;
  try {
    mod = await import('@org/ecs-pipelines-client');
  } catch (err) {
    return { ok: false, reason: `importing the built client failed: ${String(err.message).split('\n')[0]}` };
  }
  if (typeof mod.createClient !== 'function') return { ok: false, reason: 'the built client exports no createClient' };
  return { ok: true };
}

/** The built entry files of every workspace package the bench imports, from their `exports` maps. */
function builtEntries(benchDir) {
  const files = [];
  for (const name of ['ecs-pipelines-core', 'ecs-pipelines-client', 'ecs-pipelines-contract']) {
    const dir = join(benchDir, 'node_modules', '@org', name);
    const walk = (v) => {
      if (typeof v === 'string') {
        if (v.endsWith('.js')) files.push(join(dir, v));
      } else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).exports);
  }
  return files;
}

/**
 * Waits (up to `timeoutMs`) until every workspace package's built entry exists: in a shared checkout another
 * build may be rewriting dist/ (tsdown cleans it first). Resolves to the files still missing, if any.
 */
export async function waitForBuilds(benchDir, { timeoutMs = 60_000, log = () => {} } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (let warned = false; ; warned = true) {
    const missing = builtEntries(benchDir).filter((f) => !existsSync(f));
    if (missing.length === 0 || Date.now() > deadline) return missing;
    if (!warned) log(`waiting for workspace builds: ${missing.length} entry file(s) missing`);
    await new Promise((r) => setTimeout(r, 1_000));
  }
}
