// Mock Service Worker in headless Chromium (the npm package's Chromium, as chromium.test.ts): a page bundled by
// esbuild with MSW's `setupWorker(...ecsHandlers())` from the built contract package and the built edge client,
// which calls the default ECS endpoint with default settings and gets the emulator's data from inside the page,
// signatures verified (WebCrypto), with no emulator server at all. The page and msw's mockServiceWorker.js are
// served from one 127.0.0.1 test server (a service worker needs a secure context; 127.0.0.1 is one).
import { copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium, type LaunchedChromium } from '../harness/chromium.ts';
import { here, scratch } from '../harness/paths.ts';
import { startStaticServer, type StaticServer } from '../harness/static-server.ts';

interface MswResult {
  ids: string[];
  expectedIds: string[];
  v1Ids: string[];
  wrongSecret: string;
  unknownKey: string;
  hosts: string[];
  log: string[];
  controlled: boolean;
  userAgent: string;
}

/** What the page adds to `window`. */
type MswWindow = { runMswScenario?: () => Promise<MswResult> };

let launched: LaunchedChromium;
let context: BrowserContext;
let site: StaticServer;

beforeAll(async () => {
  const dir = scratch('msw-page');
  // The worker script comes from the msw installed here, the same copy the page's bundle uses.
  copyFileSync(createRequire(join(here, 'package.json')).resolve('msw/mockServiceWorker.js'), join(dir, 'mockServiceWorker.js'));
  await build({
    entryPoints: [join(here, 'pages', 'msw-worker.mjs')],
    outfile: join(dir, 'page.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'error',
  });
  site = await startStaticServer(dir, {
    '/': '<!doctype html><meta charset="utf-8"><title>msw</title><link rel="icon" href="data:,"><script type="module" src="/page.js"></script>',
  });
  launched = await launchChromium();
  console.log(launched.describe);
  context = await launched.browser.newContext();
});

afterAll(async () => {
  await context?.close();
  await launched?.browser.close();
  await site?.close();
});

it("setupWorker with ecsHandlers answers the edge client's default endpoint in the page, signatures verified", async () => {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  await page.goto(`${site.url}/`);
  await page.waitForFunction(() => typeof (window as MswWindow).runMswScenario === 'function', undefined, { timeout: 15_000 }).catch(() => {
    throw new Error(`the page never loaded:\n${problems.join('\n')}`);
  });
  const result = await page.evaluate(() => (window as MswWindow).runMswScenario!());
  expect(result.userAgent).toMatch(/HeadlessChrome\//);
  expect(result.controlled).toBe(true);
  expect(result.hosts).toEqual(['ecs-cn-hangzhou.aliyuncs.com']);
  expect(result.expectedIds).toHaveLength(23);
  expect(result.ids).toEqual(result.expectedIds);
  expect(result.v1Ids).toEqual(result.expectedIds.slice(0, 5));
  expect(result.wrongSecret).toBe('400 SignatureDoesNotMatch');
  expect(result.unknownKey).toBe('400 InvalidAccessKeyId.NotFound');
  expect(result.log).toEqual([...Array(5).fill('200 v3'), '200 v1', '400 v3 SignatureDoesNotMatch', '400 v3 InvalidAccessKeyId.NotFound']);
  // The refusals make the browser log their 400s; anything else is a problem.
  expect(problems.filter((p) => !/status of 400/.test(p))).toEqual([]);
});
