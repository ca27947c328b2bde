// For the explorer test: the built `ecs-pipelines explore` as a child process (the browser comes from
// chromium.ts, fonts included).
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { packageDir } from './paths.ts';

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
