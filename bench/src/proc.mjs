// Child-process plumbing: every measurement runs in a fresh Node process so module caches, JIT state and
// heap growth of one contender never leak into the next.
import { spawn } from 'node:child_process';

/**
 * Starts a long-lived helper (a server) that prints one JSON line when ready.
 * Resolves to that line parsed, plus `stop()`, which closes the helper's stdin and waits for it to exit.
 */
export function startService(script, args = [], { cwd } = {}) {
  const child = spawn(process.execPath, [script, ...args], { cwd, stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    child.stdin.end();
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };
  return new Promise((resolve, reject) => {
    let buffered = '';
    const onData = (chunk) => {
      buffered += chunk;
      const nl = buffered.indexOf('\n');
      if (nl === -1) return;
      child.stdout.off('data', onData);
      child.stdout.resume();
      try {
        resolve({ info: JSON.parse(buffered.slice(0, nl)), stop, pid: child.pid });
      } catch (err) {
        stop().finally(() => reject(err));
      }
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${script} exited (${code}) before it was ready`)));
    child.once('error', reject);
  });
}

/**
 * Runs `node script ...args` to completion and parses the last stdout line as JSON.
 * Rejects with the child's stderr when it fails or outlives `timeoutMs`.
 */
export function runJsonChild(script, args = [], { cwd, timeoutMs = 120_000, nodeArgs = [] } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, script, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (c) => (out += c));
    child.stderr.setEncoding('utf8').on('data', (c) => (err += c));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', reject);
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      const last = out.trim().split('\n').pop();
      if (code === 0 && last) {
        try {
          return resolve(JSON.parse(last));
        } catch {}
      }
      const why = signal ? `killed by ${signal} (timeout ${timeoutMs} ms?)` : `exit ${code}`;
      reject(new Error(`${script} ${args.join(' ')}: ${why}\n${err.trim().slice(-2_000)}`));
    });
  });
}

/**
 * `runJsonChild`, retried while a workspace package's dist/ is missing: in a shared checkout another
 * build may be rewriting it (tsdown cleans dist/ first). Any other failure is the harness's and is thrown.
 */
export async function runJsonChildPatiently(script, args, options = {}, { attempts = 10, waitMs = 3_000, log = () => {} } = {}) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runJsonChild(script, args, options);
    } catch (err) {
      const rebuilding = /ERR_MODULE_NOT_FOUND|Cannot find module|does not provide an export named/.test(err.message) && /@org\/ecs-pipelines-|packages\//.test(err.message);
      if (!rebuilding || attempt >= attempts) throw err;
      log(`a workspace package's dist/ is missing (being rebuilt?); retrying in ${waitMs} ms`);
      await new Promise((r) => setTimeout(r, waitMs));
    }
  }
}
