// Headless Chromium (Debian's /usr/bin/chromium through Playwright): a page on one 127.0.0.1 origin loads
// the built client through an import map (no bundler) and runs the scenario against the emulator on
// another origin, so every call is a real cross-origin request with a CORS preflight.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../harness/emulator.ts';
import { importMapEntries } from '../harness/import-map.ts';
import { here, repoRoot } from '../harness/paths.ts';
import { expectSmokePassed, type SmokeResult } from '../harness/smoke.ts';
import { startStaticServer, type StaticServer } from '../harness/static-server.ts';

/** The flags known to work here (TOOLCHAIN.md): no sandbox in a container, no GPU, no background traffic. */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const BROWSER_CONDITIONS = ['browser', 'import'];

let emulator: RunningEmulator;
let site: StaticServer;
let context: BrowserContext;
let profile: string;

beforeAll(async () => {
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
  profile = mkdtempSync(join(tmpdir(), 'ecs-chromium-'));
  context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await context?.close();
  await site?.close();
  await emulator?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
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
});
