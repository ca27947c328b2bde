// Deno with network access to 127.0.0.1 only: no --allow-env, --allow-read, --allow-write or --allow-sys.
// Bare specifiers resolve through an import map to the built packages' files; no config, no lock file.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { importMapEntries } from './import-map.ts';
import { bin, here, scratch } from './paths.ts';

/** Deno's export conditions for the import map: the `deno` entry where a package has one, else the default (web) entry. */
export const DENO_CONDITIONS = ['deno', 'import'];

/** Writes an import map of `packages` (and their dependencies) to the built files; returns its path. */
export function writeDenoImportMap(name: string, packages: readonly string[]): string {
  const imports = Object.fromEntries(
    Object.entries(importMapEntries(packages, DENO_CONDITIONS)).map(([k, file]) => [k, pathToFileURL(file).href]),
  );
  const file = join(scratch('deno'), `${name}.import-map.json`);
  writeFileSync(file, JSON.stringify({ imports }, null, 2));
  return file;
}

/** `deno run` arguments: only network permission, and only for 127.0.0.1. */
export function denoRunArgs(importMap: string, script: string, args: readonly string[]): string[] {
  return ['run', '--no-prompt', '--no-config', '--no-lock', '--allow-net=127.0.0.1', `--import-map=${importMap}`, script, ...args];
}

// The npm package's binary itself: its `.bin/deno` is a Node wrapper that spawns it, and a signal sent to
// the wrapper would not reach the server.
const denoExe = join(here, 'node_modules', 'deno', 'deno');
export const deno = existsSync(denoExe) ? denoExe : bin('deno');
export const denoEnv = () => ({ ...process.env, DENO_NO_UPDATE_CHECK: '1', DENO_DIR: scratch('deno-dir'), NO_COLOR: '1' });
