// The binary on a real pseudo-terminal (util-linux `script`): the default table fitted to the terminal, the
// progress line on stderr while --all runs with nothing but the result on stdout, the y/N prompt of a delete
// (answered through the terminal), and the live status line of start --wait.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayWidth } from '../src/output/text-width.js';
import { assertBuilt, BIN, runCli, tempHome } from './helpers/cli.js';
import { canaryEnv, startCanaryEmulator, type EmulatorServer } from './helpers/emulator.js';

let server: EmulatorServer;
const home = tempHome();
const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * Runs `shellCommand` on a pseudo-terminal; resolves with everything the terminal showed. `answer` is typed
 * into the terminal once `prompt` appears on it.
 */
function onTerminal(shellCommand: string, env: Record<string, string>, answer?: { prompt: string; text: string }): Promise<{ code: number | null; screen: string }> {
  return new Promise((resolve, reject) => {
    // stdin stays open (a pipe) when there is something to type: `script` ends the session when its input ends.
    const child = spawn('script', ['-qfec', shellCommand, '/dev/null'], { env: { PATH: process.env['PATH'], TERM: 'xterm', ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    if (!answer) child.stdin.end();
    let screen = '';
    let typed = false;
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      screen += d;
      if (answer && !typed && screen.includes(answer.prompt)) {
        typed = true;
        child.stdin.write(answer.text);
      }
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, screen });
    });
  });
}

/** The lines a terminal ends up showing: progress rewrites (\r, erase-line) resolved, \r\n normalised. */
function finalLines(screen: string): string[] {
  return screen.replace(/\r\n/g, '\n').split('\n').map((line) => {
    const parts = line.split(/\r(?:\x1b\[2K)?/);
    return parts[parts.length - 1]!;
  });
}

const node = (...args: string[]) => [process.execPath, BIN, ...args].map(quote).join(' ');

beforeAll(async () => {
  assertBuilt();
  server = await startCanaryEmulator({ pipelines: 37, buildStepMs: 400 });
});
afterAll(async () => {
  await server?.close();
  home.cleanup();
});

describe('on a terminal', () => {
  it('prints a table by default, fitted to COLUMNS, with progress while --all pages', async () => {
    const { code, screen } = await onTerminal(node('describe', '--endpoint', server.url, '--all', '--max-results', '5'), { ...canaryEnv(), HOME: home.dir, COLUMNS: '90' });
    expect(code).toBe(0);
    // Progress: one rewrite per page, on the same line, then erased.
    for (let page = 1; page <= 8; page++) expect(screen).toContain(`\r\x1b[2Kpage ${page} · ${Math.min(page * 5, 37)} of 37 pipelines`);
    const lines = finalLines(screen).filter((l) => l !== '');
    // 90 columns is narrower than every column at its comfortable width: images, instance types and regions
    // give first; the ID, the name and the time stay whole.
    expect(lines[0]).toMatch(/^ImagePipelineId\s+Name\s+Base\S*\s+Inst\S*\s+ToReg\S*\s+CreationTime$/);
    expect(lines.at(-1)).toBe('37 of 37');
    expect(lines).toHaveLength(39);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(90);
    console.log(`tty: table of ${lines.length - 2} rows within 90 columns, ${screen.split('page ').length - 1} progress updates`);
  });

  it('fits the terminal\'s own width when COLUMNS is not set', async () => {
    const { code, screen } = await onTerminal(`stty cols 72 rows 50; ${node('describe', '--endpoint', server.url, '--max-results', '10')}`, { ...canaryEnv(), HOME: home.dir });
    expect(code).toBe(0);
    const lines = finalLines(screen).filter((l) => l !== '');
    expect(lines.at(-2)).toBe('10 of 37');
    // The last line carries the NextToken, whole so it can be copied; the table itself fits.
    for (const line of lines.slice(0, -1)) expect(displayWidth(line)).toBeLessThanOrEqual(72);
    expect(Math.max(...lines.map(displayWidth))).toBeGreaterThan(60);
  });

  it('keeps stdout clean: redirected to a file it gets only JSON, while the terminal shows progress', async () => {
    const out = join(home.dir, 'out.json');
    const { code, screen } = await onTerminal(`${node('describe', '--endpoint', server.url, '--all', '--max-results', '10')} > ${quote(out)}`, { ...canaryEnv(), HOME: home.dir });
    expect(code).toBe(0);
    expect(screen).toContain('page 4 · 37 of 37 pipelines');
    expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveLength(37);
  });
});

describe('writes on a terminal', () => {
  const env = () => ({ ...canaryEnv(), HOME: home.dir });
  /** A new template on the tty suite's emulator (created off the terminal). */
  async function template(): Promise<string> {
    const r = await runCli(['create-image-pipeline', '--endpoint', server.url, '--base-image-type', 'IMAGE', '--base-image', 'm-1', '--build-content', 'RUN true', '-o', 'json'], env());
    expect(r.code, r.stderr).toBe(0);
    return (JSON.parse(r.stdout) as { ImagePipelineId: string }).ImagePipelineId;
  }
  const exists = async (id: string) => (JSON.parse((await runCli(['describe', '--endpoint', server.url, '--id', id, '-o', 'json'], env())).stdout) as { TotalCount: number }).TotalCount === 1;

  it('delete asks y/N on the terminal; "y" deletes', async () => {
    const id = await template();
    const prompt = `Delete an image template ${id} in cn-hangzhou? [y/N] `;
    const { code, screen } = await onTerminal(node('delete-image-pipeline', id, '--endpoint', server.url), env(), { prompt, text: 'y\n' });
    expect(code, screen).toBe(0);
    expect(screen).toContain(prompt);
    expect(await exists(id)).toBe(false);
  });

  it('anything but y sends nothing: exit 1, "not confirmed"', async () => {
    const id = await template();
    const before = server.emulator.log.length;
    const prompt = `Delete an image template ${id} in cn-hangzhou? [y/N] `;
    const { code, screen } = await onTerminal(node('delete-image-pipeline', id, '--endpoint', server.url), env(), { prompt, text: 'n\n' });
    expect(code, screen).toBe(1);
    expect(screen).toContain('ecs-pipelines: not confirmed; nothing was sent.');
    expect(server.emulator.log.length).toBe(before);
    expect(await exists(id)).toBe(true);
  });

  it('--yes does not ask', async () => {
    const id = await template();
    const { code, screen } = await onTerminal(node('delete-image-pipeline', id, '--endpoint', server.url, '--yes'), env());
    expect(code, screen).toBe(0);
    expect(screen).not.toContain('[y/N]');
    expect(await exists(id)).toBe(false);
  });

  it('start --wait shows one live status line, rewritten in place, and leaves the final state', async () => {
    const id = await template();
    const { code, screen } = await onTerminal(node('start', id, '--endpoint', server.url, '--wait', '--poll-interval', '200ms'), { ...env(), COLUMNS: '100' });
    expect(code, screen).toBe(0);
    // Rewrites: \r and erase-line before each state, the clock ticking between polls.
    expect(screen).toMatch(/\r\x1b\[2Kexec-\S+ (PREPARING|BUILDING) · \ds/);
    const lines = finalLines(screen).filter((l) => l !== '');
    const status = lines.findIndex((l) => / SUCCESS · \d+s$/.test(l));
    expect(status, screen).toBeGreaterThanOrEqual(0);
    // After it, the final state's fields, one per row (a table on a terminal).
    expect(lines.slice(status + 1).join('\n')).toMatch(/^Status\s+SUCCESS$/m);
  });
});
