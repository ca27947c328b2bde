#!/usr/bin/env node
// Installs the extra Node versions the runtime tests run the scenario on, from the npm `node` package,
// into a cache under the system temp dir (`npm i --prefix <cache>/node-X -E node@X`); an installed
// version is reused. Run by scripts/test-all.sh before the package tests; the tests call it too.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const exec = promisify(execFile);

/** The Node versions besides the one running the tests (the repository's engines floor is Node 20). */
export const NODE_VERSIONS = ['22.23.3', '24.21.0'];

const cacheDir = () => process.env.ECS_RUNTIME_NODE_CACHE ?? join(tmpdir(), 'ecs-pipelines-runtime-node');

/** The path of the `node` binary of `version`, installing it first when the cache lacks it. */
export async function nodeBinary(version) {
  const prefix = join(cacheDir(), `node-${version}`);
  const binary = join(prefix, 'node_modules', 'node', 'bin', 'node');
  if ((await versionOf(binary)) === `v${version}`) return binary;
  // The package's preinstall copies the platform's binary in; npm only warns that install scripts ran.
  await exec('npm', ['i', '--prefix', prefix, '-E', `node@${version}`, '--no-audit', '--no-fund', '--loglevel=error'], {
    timeout: 300_000,
  });
  const actual = await versionOf(binary);
  if (actual !== `v${version}`) throw new Error(`${binary} reports ${actual}, expected v${version}`);
  return binary;
}

async function versionOf(binary) {
  if (!existsSync(binary)) return undefined;
  try {
    return (await exec(binary, ['--version'])).stdout.trim();
  } catch {
    return undefined;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const v of NODE_VERSIONS) console.log(`node ${v}: ${await nodeBinary(v)}`);
}
