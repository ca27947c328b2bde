#!/usr/bin/env node
// Installs the extra Node versions the runtime tests run the scenario on, from the npm `node` package,
// into a cache under the system temp dir (`npm i --prefix <cache>/node-X -E node@X`); an installed
// version is reused. Run by scripts/test-all.sh before the package tests; the tests call it too.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The Node versions besides the one running the tests (the repository's engines floor is Node 20). */
export const NODE_VERSIONS = ['22.23.3', '24.21.0'];

const cacheDir = () => process.env.ECS_RUNTIME_NODE_CACHE ?? join(tmpdir(), 'ecs-pipelines-runtime-node');

/** The path of the `node` binary of `version`, installing it first when the cache lacks it. */
export function nodeBinary(version) {
  const prefix = join(cacheDir(), `node-${version}`);
  const binary = join(prefix, 'node_modules', 'node', 'bin', 'node');
  if (existsSync(binary) && versionOf(binary) === `v${version}`) return binary;
  execFileSync('npm', ['i', '--prefix', prefix, '-E', `node@${version}`, '--no-audit', '--no-fund', '--loglevel=error'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const actual = versionOf(binary);
  if (actual !== `v${version}`) throw new Error(`${binary} reports ${actual}, expected v${version}`);
  return binary;
}

function versionOf(binary) {
  try {
    return execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const v of NODE_VERSIONS) console.log(`node ${v}: ${nodeBinary(v)}`);
}
