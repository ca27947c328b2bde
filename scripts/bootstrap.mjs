#!/usr/bin/env node
// The README's two commands on a fresh machine (Node 20+ and npm only): `npm run demo` and `npm test`.
// Installs the pinned pnpm through npx when the global one is missing or different, installs the workspace
// with the frozen lockfile, then runs the demo or the whole test command.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.split('@')[1];
const env = {
  ...process.env,
  pnpm_config_manage_package_manager_versions: 'false',
  TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1', REDOCLY_TELEMETRY: 'off',
  REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', DENO_NO_UPDATE_CHECK: '1', WRANGLER_SEND_METRICS: 'false',
};

function pnpmCommand() {
  try {
    const v = execFileSync('pnpm', ['--version'], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (v === pinned) return ['pnpm'];
  } catch {}
  return ['npx', '--yes', `pnpm@${pinned}`];
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, env, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const [pnpm, ...pre] = pnpmCommand();
const task = process.argv[2];
run(pnpm, [...pre, 'install', '--frozen-lockfile']);
if (task === 'demo') run(pnpm, [...pre, 'run', 'demo:run']);
else if (task === 'test') run('bash', [join(root, 'scripts/test-all.sh')]);
else {
  console.error('usage: bootstrap.mjs demo|test');
  process.exit(2);
}
