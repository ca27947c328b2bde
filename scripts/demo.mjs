#!/usr/bin/env node
// The README's main job: build the packages, then list pipelines with the CLI from its embedded emulator.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' } });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run(process.execPath, [join(root, 'node_modules/turbo/bin/turbo'), 'run', 'build', '--output-logs=errors-only']);
const bin = join(root, 'packages/cli/dist/bin.js');
// A table even when the output is captured (the CLI's own default is JSON when stdout is not a terminal).
run(process.execPath, [bin, 'describe', '--emulator', '--all', '--output', 'table', ...process.argv.slice(2)]);
