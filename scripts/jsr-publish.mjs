#!/usr/bin/env node
// `deno publish` for the packages' jsr.json, with the Deno of the workspace (the npm `deno` package's binary).
//
//   node scripts/jsr-publish.mjs --dry-run [core client …]   what the test command runs: type check, slow
//                                                            types, file list; nothing is uploaded
//   node scripts/jsr-publish.mjs --publish                   the release (needs a JSR login, so never in CI):
//                                                            the whole workspace, in dependency order
//
// deno.json at the root makes the four packages one Deno workspace: `@org/ecs-pipelines-*` imports are
// published as `jsr:@org/ecs-pipelines-*@^<version>`, npm dependencies as `npm:<name>@<version>` (from each
// package.json), and the sources' NodeNext `./x.js` imports as `./x.ts` ("sloppy imports", set there too).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGES = ['core', 'client', 'contract', 'cli'];

/** The real binary: the npm package's `.bin/deno` is a Node wrapper that costs a second process. */
function denoBinary() {
  const candidates = [join(root, 'runtime-tests/node_modules/deno/deno'), join(root, 'node_modules/deno/deno'), join(root, 'runtime-tests/node_modules/.bin/deno')];
  const found = candidates.find((f) => existsSync(f));
  if (!found) throw new Error('no deno binary: run `pnpm install` (the runtime-tests package has the npm `deno` package)');
  return found;
}

const env = {
  ...process.env,
  DENO_NO_UPDATE_CHECK: '1',
  NO_COLOR: '1',
  // Deno's module and type-check cache, kept between runs like the Node downloads of the runtime tests.
  DENO_DIR: process.env.DENO_DIR ?? join(tmpdir(), 'ecs-pipelines-deno-dir'),
};

function run(args, cwd) {
  const started = performance.now();
  const r = spawnSync(denoBinary(), args, { cwd, env, stdio: 'inherit' });
  return { ok: r.status === 0, seconds: ((performance.now() - started) / 1000).toFixed(1) };
}

const args = process.argv.slice(2);
if (args.includes('--publish')) {
  process.exitCode = run(['publish'], root).ok ? 0 : 1;
} else if (args.includes('--dry-run')) {
  const names = args.filter((a) => !a.startsWith('--'));
  let failed = 0;
  for (const name of names.length ? names : PACKAGES) {
    if (!PACKAGES.includes(name)) throw new Error(`unknown package ${name}: one of ${PACKAGES.join(', ')}`);
    const r = run(['publish', '--dry-run', '--allow-dirty', '--quiet'], join(root, 'packages', name));
    console.log(`jsr: ${r.ok ? 'ok' : 'FAILED'}: deno publish --dry-run in packages/${name} (${r.seconds} s)`);
    if (!r.ok) failed++;
  }
  process.exitCode = failed ? 1 : 0;
} else {
  console.error('usage: node scripts/jsr-publish.mjs --dry-run [core|client|contract|cli …] | --publish');
  process.exitCode = 2;
}
