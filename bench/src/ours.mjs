// Whether our client can be measured yet: its build must exist (the bench imports packages as users do,
// through their `exports`, so it needs `dist/`).
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Resolves to `{ ok: true }` or `{ ok: false, reason }`. */
export async function oursAvailable(benchDir) {
  const dist = join(benchDir, 'node_modules', '@org', 'ecs-pipelines-client', 'dist', 'index.js');
  if (!existsSync(dist)) return { ok: false, reason: 'packages/client has no dist/; build it with tsdown' };
  return { ok: false, reason: 'the client has no request API yet' };
}
