// For the explorer test: the built `ecs-pipelines explore` as a child process, and the npm package's Chromium
// with a fonts config that finds the fonts the package ships (its own fonts.conf lists Lambda paths such as
// /var/task/fonts, so screenshots of a fresh machine would show no text at all).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { npmChromium } from '../scripts/unpack-chromium.mjs';
import { packageDir, scratch } from './paths.ts';

/** The built CLI's binary. */
export const CLI_BIN = join(packageDir('cli'), 'dist', 'bin.js');

export interface RunningExplorer {
  url: string;
  child: ChildProcess;
  stderr: () => string;
  stop: () => Promise<number | null>;
}

/** Runs `ecs-pipelines explore …args` and resolves once it prints `explorer on URL`. */
export function startExplorerProcess(args: readonly string[], env: Record<string, string | undefined> = {}): Promise<RunningExplorer> {
  const child = spawn(process.execPath, [CLI_BIN, 'explore', ...args], { env: { PATH: process.env['PATH'], ...env } as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (err += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`explore printed no URL within 20 s:\n${out}\n${err}`)), 20_000);
    child.stdout!.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const m = /explorer on (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({
          url: m[1]!,
          child,
          stderr: () => err,
          stop: async () => {
            if (child.exitCode === null) child.kill('SIGTERM');
            return exited;
          },
        });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`explore exited with ${code} before printing its URL:\n${out}\n${err}`));
    });
  });
}

/** The npm package's Chromium, with its own fonts found (and nothing else: no network, no system browser). */
export async function launchChromiumWithFonts(): Promise<{ browser: Browser; executablePath: string }> {
  const { executablePath, env, args } = await npmChromium();
  const dir = scratch('explore-fonts');
  const conf = join(dir, 'fonts.conf');
  mkdirSync(join(dir, 'cache'), { recursive: true });
  writeFileSync(
    conf,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${join(dirname(executablePath), 'fonts', 'fonts')}</dir>\n  <cachedir>${join(dir, 'cache')}</cachedir>\n</fontconfig>\n`,
  );
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [
      ...args.filter((a: string) => a !== '--disable-web-security'),
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
    ],
    env: { ...process.env, ...env, FONTCONFIG_PATH: dir, FONTCONFIG_FILE: conf },
  });
  return { browser, executablePath };
}
