// Whether our client can be measured: the bench imports packages as users do, through their `exports`,
// so it needs packages/client's `dist/` (built by the test command's turbo step, or by tsdown).
import { existsSync } from 'node:fs';
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
