// Import maps to the BUILT packages, for runtimes that do not read node_modules the Node way (Deno run
// with only network permission, a browser page). Each package's `exports` map is resolved with the
// runtime's conditions, the way a bundler or Node would, and its dependencies are mapped too.
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { here } from './paths.ts';

type Target = string | null | Target[] | { [condition: string]: Target };

/** Resolves an `exports` target with the given conditions (plus `default`), in the map's own key order. */
export function resolveTarget(target: Target, conditions: readonly string[]): string | undefined {
  if (target === null) return undefined;
  if (typeof target === 'string') return target;
  if (Array.isArray(target)) {
    for (const t of target) {
      const r = resolveTarget(t, conditions);
      if (r) return r;
    }
    return undefined;
  }
  for (const [key, value] of Object.entries(target)) {
    if (key === 'default' || conditions.includes(key)) {
      const r = resolveTarget(value, conditions);
      if (r) return r;
    }
  }
  return undefined;
}

/** The folder of package `name` as Node would find it from `fromDir` (walking up the node_modules folders). */
function packageDirOf(name: string, fromDir: string): string {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name, 'package.json');
    if (existsSync(candidate)) return realpathSync(dirname(candidate));
    if (dirname(dir) === dir) throw new Error(`cannot find package ${name} from ${fromDir}`);
  }
}

/**
 * Maps each named package and, transitively, its runtime dependencies: `name` and every non-wildcard
 * subpath `name/x` → an absolute file path. Wildcard subpaths are left out (none of our packages use them).
 */
export function importMapEntries(names: readonly string[], conditions: readonly string[], fromDir = here): Record<string, string> {
  const imports: Record<string, string> = {};
  const seen = new Set<string>();
  const visit = (name: string, from: string) => {
    const dir = packageDirOf(name, from);
    if (seen.has(dir)) return;
    seen.add(dir);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const exp = pkg.exports ?? { '.': pkg.module ?? pkg.main ?? './index.js' };
    const entries = typeof exp === 'string' || Array.isArray(exp) || !Object.keys(exp).some((k) => k.startsWith('.')) ? { '.': exp } : exp;
    for (const [sub, target] of Object.entries(entries as Record<string, Target>)) {
      if (sub.includes('*') || sub.endsWith('/') || sub === './package.json') continue;
      const file = resolveTarget(target, conditions);
      if (file) imports[sub === '.' ? name : `${name}/${sub.slice(2)}`] = join(dir, file);
    }
    for (const dep of Object.keys(pkg.dependencies ?? {})) visit(dep, dir);
  };
  for (const name of names) visit(name, fromDir);
  return imports;
}
