// Headless Chromium (the Chromium inside the npm package @sparticuz/chromium, through playwright-core; no
// system browser): a page on one 127.0.0.1 origin loads the built client through an import map (no bundler)
// and runs the scenario against the emulator on another origin, so every call is a real cross-origin request
// with a CORS preflight (the test also checks that this browser enforces CORS at all).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium, type LaunchedChromium } from '../harness/chromium.ts';
import { startEmulator, type RunningEmulator } from '../harness/emulator.ts';
import { importMapEntries } from '../harness/import-map.ts';
import { here, repoRoot } from '../harness/paths.ts';
import { expectSmokePassed, type SmokeResult } from '../harness/smoke.ts';
import { startStaticServer, type StaticServer } from '../harness/static-server.ts';
import { CHROMIUM_PACKAGE_VERSION } from '../scripts/unpack-chromium.mjs';

const BROWSER_CONDITIONS = ['browser', 'import'];

let emulator: RunningEmulator;
let site: StaticServer;
let launched: LaunchedChromium;
let browser: Browser;
let context: BrowserContext;
/** A 127.0.0.1 server that answers without any CORS header: a cross-origin fetch to it must fail. */
let noCors: Server;

beforeAll(async () => {
  launched = await launchChromium();
  browser = launched.browser;
  console.log(launched.describe);
  context = await browser.newContext();
  noCors = createServer((_req, res) => res.end('no CORS headers here')).listen(0, '127.0.0.1');
  await new Promise((resolve) => noCors.once('listening', resolve));
  emulator = await startEmulator({ cors: true });
  const files = importMapEntries(['@org/ecs-pipelines-client'], BROWSER_CONDITIONS);
  let pathFor: (file: string) => string = () => '';
  const page = () => `<!doctype html><meta charset="utf-8"><title>smoke</title><link rel="icon" href="data:,">
<script type="importmap">${JSON.stringify({ imports: Object.fromEntries(Object.entries(files).map(([k, f]) => [k, pathFor(f)])) })}</script>
<script type="module">
  import * as client from '@org/ecs-pipelines-client';
  import { runSmoke } from '${pathFor(join(here, 'scenario/smoke.mjs'))}';
  window.smoke = async (options) => ({ ...(await runSmoke(client, options)), runtimeVersion: navigator.userAgent });
</script>`;
  const pages: Record<string, string> = {};
  site = await startStaticServer(repoRoot, pages);
  pathFor = site.pathFor;
  pages['/smoke.html'] = page();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await site?.close();
  await emulator?.close();
  await new Promise((resolve) => (noCors ? noCors.close(resolve) : resolve(undefined)));
});

it('the browser is the Chromium from the npm package, not a system one', () => {
  expect(launched.executablePath).not.toMatch(/^\/usr\//);
  expect(launched.executablePath).toContain(`chromium-${CHROMIUM_PACKAGE_VERSION}`);
  expect(browser.version().split('.')[0]).toBe(CHROMIUM_PACKAGE_VERSION.split('.')[0]);
});

it('headless Chromium runs the scenario with the built client, cross-origin', async () => {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  await page.goto(`${site.url}/smoke.html`);
  await page.waitForFunction(() => typeof (window as any).smoke === 'function', undefined, { timeout: 15_000 }).catch(() => {
    throw new Error(`the page never loaded the client:\n${problems.join('\n')}`);
  });
  const result = (await page.evaluate((o) => (window as any).smoke({ ...o, runtime: 'chromium' }), emulator.smokeOptions)) as SmokeResult;
  expect(new URL(site.url).origin).not.toBe(new URL(emulator.url).origin);
  expectSmokePassed(result, 'chromium', emulator.expectedIds, emulator.smokeOptions.pageSize);
  expect(result.runtimeVersion).toMatch(/HeadlessChrome\//);
  // The wrong-secret check makes the browser log the 400 response; anything else is a problem.
  expect(problems.filter((p) => !/status of 40[03]/.test(p))).toEqual([]);
  // CORS is on (the test would prove little otherwise): the same page cannot read a 127.0.0.1 origin that
  // sends no CORS headers.
  const noCorsUrl = `http://127.0.0.1:${(noCors.address() as AddressInfo).port}/`;
  const blocked = await page.evaluate((u) => fetch(u).then((r) => `read: ${r.status}`, (e) => `blocked: ${e}`), noCorsUrl);
  expect(blocked).toMatch(/^blocked: TypeError/);
});
