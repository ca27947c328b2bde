// Runs a runtime as a child process and reads its answer: the scenario runners print one JSON object per
// line on stdout, and a failure message carries both streams so a red test says what the runtime said.
import { spawn, type ChildProcess } from 'node:child_process';

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to completion (killed after `timeoutMs`), never rejecting on a non-zero exit. */
export function run(cmd: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      stderr += `\n[killed after ${options.timeoutMs ?? 60_000} ms]`;
      child.kill('SIGKILL');
    }, options.timeoutMs ?? 60_000);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** Runs a command that must exit 0, returning its output; the error shows the command and both streams. */
export async function runOk(cmd: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const r = await run(cmd, args, options);
  if (r.code !== 0) throw new Error(`${describe(cmd, args)} exited ${r.code ?? r.signal}\n${streams(r)}`);
  return r;
}

/** Runs a command and returns the last JSON object it printed on a line of its own. */
export async function runJsonLine<T = any>(cmd: string, args: readonly string[], options: RunOptions = {}): Promise<T> {
  const r = await run(cmd, args, options);
  const found = lastJsonLine(r.stdout);
  if (found === undefined || r.code !== 0) {
    throw new Error(`${describe(cmd, args)} exited ${r.code ?? r.signal} ${found ? '' : 'without a JSON result line'}\n${streams(r)}`);
  }
  return found as T;
}

/** A long-running child (a server) whose first JSON line announces it is ready. */
export interface Started<T> {
  ready: T;
  child: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
}

/** Starts a server process and waits for its first JSON line (or fails with its output). */
export function startServer<T = any>(cmd: string, args: readonly string[], options: RunOptions = {}): Promise<Started<T>> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let settled = false;
    // 'exit', not 'close': a grandchild holding the pipes must not keep stop() waiting.
    const exited = new Promise<void>((done) => child.on('exit', () => done()));
    const stop = async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      // A server that ignores SIGTERM (or drains connections) is killed after 5 s rather than hanging the test.
      const kill = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(kill);
      child.stdout?.destroy();
      child.stderr?.destroy();
    };
    const fail = (why: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${describe(cmd, args)}: ${why}\n${streams({ stdout, stderr })}`));
    };
    const timer = setTimeout(() => fail(`not ready after ${options.timeoutMs ?? 30_000} ms`), options.timeoutMs ?? 30_000);
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
      const ready = lastJsonLine(stdout);
      if (ready !== undefined && !settled) {
        settled = true;
        clearTimeout(timer);
        resolve({ ready: ready as T, child, output: () => streams({ stdout, stderr }), stop });
      }
    });
    child.on('error', (e) => fail(String(e)));
    child.on('close', (code) => fail(`exited ${code} before it was ready`));
  });
}

/** The last complete line of `text` that parses as a JSON object. */
export function lastJsonLine(text: string): unknown {
  const lines = text.split('\n').slice(0, -1).reverse();
  for (const line of lines) {
    const t = line.trim();
    if (!t.startsWith('{')) continue;
    try {
      return JSON.parse(t);
    } catch {}
  }
  return undefined;
}

const describe = (cmd: string, args: readonly string[]) => [cmd, ...args].map((a) => (a.length > 120 ? `${a.slice(0, 117)}...` : a)).join(' ');
const tail = (s: string) => (s.length > 4000 ? `…${s.slice(-4000)}` : s);
const streams = (r: { stdout: string; stderr: string }) => `--- stdout\n${tail(r.stdout)}\n--- stderr\n${tail(r.stderr)}`;
