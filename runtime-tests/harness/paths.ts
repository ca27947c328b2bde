// Where things are: the repository, this package, its scratch folder (.tmp/, git-ignored) and the
// runtimes installed as this package's devDependencies.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const here = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
export const repoRoot = join(here, '..');
export const bin = (name: string) => join(here, 'node_modules', '.bin', name);

/** The four published packages, by folder under packages/. */
export const PACKAGES = ['core', 'client', 'contract', 'cli'] as const;
export const packageDir = (folder: string) => join(repoRoot, 'packages', folder);

/** A fresh scratch folder under runtime-tests/.tmp (kept between runs only as a cache where noted). */
export function scratch(name: string): string {
  const dir = join(here, '.tmp', name);
  mkdirSync(dir, { recursive: true });
  return dir;
}
