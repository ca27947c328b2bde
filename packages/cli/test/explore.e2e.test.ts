// `ecs-pipelines explore` through the built binary: help, bad flags (exit 2, nothing served), and a run that
// prints its URL, serves the built page script, relays to its embedded emulator and stops cleanly on SIGTERM.
// (The page itself is driven in Chromium by runtime-tests/test/explore.test.ts.)
import { spawn } from 'node:child_process';
import { DEFAULT_CREDENTIALS } from '@org/ecs-pipelines-contract';
import { encodeQuery, signRequest, toWireParams } from '@org/ecs-pipelines-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, BIN, runCli, tempHome } from './helpers/cli.js';

const home = tempHome();
beforeAll(() => assertBuilt());
afterAll(() => home.cleanup());
const cli = (args: string[]) => runCli(args, { HOME: home.dir });

describe('ecs-pipelines explore', () => {
  it('is in the main help, and has its own', async () => {
    expect((await cli(['--help'])).stdout).toMatch(/\n {2}explore +try every action in a browser page/);
    const help = await cli(['explore', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^ecs-pipelines explore — try every action in a browser/);
    expect(help.stdout).toContain('Usage: ecs-pipelines explore [--emulator] [--port N] [--host HOST]');
    expect((await cli(['explor'])).stderr).toContain('(did you mean "explore"?)');
  });

  it.each([
    [['--port', 'eighty'], /--port: "eighty" is not a port \(allowed: an integer from 0 to 65535/],
    [['--port', '70000'], /--port: "70000" is not a port/],
    [['--emulator-state', 's.json'], /--emulator-state: needs --emulator/],
    [['--emulator', '--emulator-bogus', '1'], /--emulator-bogus: not a flag the embedded emulator takes/],
    [['now'], /now: unexpected argument/],
    [['--open'], /--open: unknown flag/],
  ])('refuses %j with exit 2 and serves nothing', async (args, message) => {
    const r = await cli(['explore', ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('prints its URL, serves the page and its built script, relays to its emulator, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, [BIN, 'explore', '--emulator', '--port', '0'], { env: { PATH: process.env['PATH'], HOME: home.dir }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL: ${out} ${err}`)), 15_000);
      child.stdout.setEncoding('utf8').on('data', (d: string) => {
        out += d;
        const m = /^explorer on (http:\/\/127\.0\.0\.1:\d+)\n/.exec(out);
        if (m) (clearTimeout(timer), resolve(m[1]!));
      });
    });
    try {
      await expect.poll(() => err).toMatch(/an embedded emulator answers at http:\/\/127\.0\.0\.1:\d+ \(its demo key LTAI5tEmulatorDemoKey is filled in\)/);
      const html = await (await fetch(url)).text();
      const config = JSON.parse(/id="explorer-config">(.*?)<\/script>/.exec(html)![1]!);
      const script = await (await fetch(`${url}/app.js`)).text();
      // The bundle carries the client's edge build and core (WebCrypto signing), and nothing of Node.
      expect(script.length).toBeGreaterThan(20_000);
      expect(script).not.toMatch(/from\s*["']node:|undici/);
      expect(script).toContain('ACS3-HMAC-SHA256');

      const params = toWireParams({ RegionId: 'cn-hangzhou', MaxResults: 2 });
      const target = `${config.emulator.endpoint}/?${encodeQuery(params)}`;
      const s = await signRequest({ signatureVersion: 'v1', method: 'GET', url: target, headers: {}, credentials: DEFAULT_CREDENTIALS, action: 'DescribeImagePipelines', version: '2014-05-26', params });
      const res = await fetch(`${url}/relay`, { headers: { ...s.headers, 'x-explorer-target': s.url, 'x-explorer-session': config.session } });
      expect(res.status).toBe(200);
      expect((await res.json()).ImagePipeline.ImagePipelineSet).toHaveLength(2);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(err).toMatch(/explore: stopped\n$/);
  });
});
