// `ecs-pipelines explore --emulator --port 0` (the built CLI) driven in the npm package's Chromium by accessible
// names, as a person would use it: DescribeImagePipelines with a tag filter, paging (next page, all pages), a
// wrong secret's SignatureDoesNotMatch with both strings to sign, a write behind its confirmation, and the
// generated code: the TypeScript (our client and Alibaba's SDK) compiles with tsc, the CLI command runs.
// Screenshots go to .test-results/explore/ (git-ignored).
import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createEmulator, DEFAULT_CREDENTIALS } from '@org/ecs-pipelines-contract';
import type { Browser, Locator, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../harness/chromium.ts';
import { CLI_BIN, type RunningExplorer, startExplorerProcess } from '../harness/explorer.ts';
import { here, repoRoot, scratch } from '../harness/paths.ts';

const exec = promisify(execFile);
const REGION = 'cn-hangzhou';
const TAG = { Key: 'acs:image-builder', Value: 'managed' };
const PAGE_SIZE = 5;
const WRONG_SECRET = 'explorer-wrong-secret-0042';

// What the embedded emulator serves (the same seeded demo data as createEmulator's defaults).
const oracle = createEmulator();
const pipelines = oracle.pipelines[REGION]!;
const tagged = pipelines.filter((p) => p.Tags!.Tag!.some((t) => t.TagKey === TAG.Key && t.TagValue === TAG.Value)).map((p) => p.ImagePipelineId!);
const doomed = pipelines.find((p) => !tagged.includes(p.ImagePipelineId!))!.ImagePipelineId!;

const shots = join(here, '.test-results', 'explore');
let explorer: RunningExplorer;
let browser: Browser;
let page: Page;
const requests: Request[] = [];
const problems: string[] = [];

const shot = (name: string) => page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
const label = (text: string) => page.getByLabel(text, { exact: true });
// playwright-core has no web-first assertions (those are @playwright/test's): these wait the same way.
/** Waits until the status line (role=status) matches `pattern`. */
const statusIs = (pattern: RegExp) => expect.poll(() => page.locator('#status').textContent(), { timeout: 15_000 }).toMatch(pattern);
const visible = (locator: Locator) => locator.waitFor({ state: 'visible', timeout: 15_000 });
const textOf = (locator: Locator) => expect.poll(() => locator.innerText(), { timeout: 15_000 });
const focused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);
/** The response body, parsed from the raw view. */
const body = async () => JSON.parse(await page.locator('#raw-body').inputValue()) as Record<string, any>;
const code = (id: 'code-ts' | 'code-cli' | 'code-sdk') => page.locator(`#${id}`).innerText();

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  explorer = await startExplorerProcess(['--emulator', '--port', '0']);
  ({ browser } = await launchChromium());
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  page.on('request', (r) => requests.push(r));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  await page.goto(explorer.url);
});

afterAll(async () => {
  await browser?.close();
  const code = await explorer?.stop();
  expect(code).toBe(0);
  expect(explorer.stderr()).toMatch(/explore: stopped/);
});

describe('ecs-pipelines explore --emulator in Chromium', () => {
  it('fills DescribeImagePipelines with a tag filter, sends it and shows the pipelines', async () => {
    await visible(page.getByRole('heading', { name: 'DescribeImagePipelines', level: 2 }));
    await label('RegionId').fill(REGION);
    await page.getByRole('button', { name: 'Add Tag' }).click();
    await label('Tag.1.Key').fill(TAG.Key);
    await label('Tag.1.Value').fill(TAG.Value);
    await label('MaxResults').fill(String(PAGE_SIZE));
    await page.getByRole('button', { name: 'Send' }).click();
    await statusIs(/HTTP 200/);
    await visible(page.getByText('TotalCount'));
    const first = await body();
    expect(first.TotalCount).toBe(tagged.length);
    expect(first.ImagePipeline.ImagePipelineSet.map((p: { ImagePipelineId: string }) => p.ImagePipelineId)).toEqual(tagged.slice(0, PAGE_SIZE));
    // What was sent, signed in the page: the URL with the wire parameters, the signature, the strings signed.
    const sent = page.getByRole('table', { name: 'Request headers' });
    await visible(sent.getByRole('row', { name: /^authorization ACS3-HMAC-SHA256 Credential=/ }));
    await visible(page.getByText(`Tag.1.Key=${encodeURIComponent(TAG.Key)}`, { exact: false }).first());
    await textOf(page.locator('#canonical-request')).toContain('x-acs-action:DescribeImagePipelines');
    await textOf(page.locator('#string-to-sign')).toMatch(/^ACS3-HMAC-SHA256\n[0-9a-f]{64}$/);
    await visible(page.getByText('it gives the signature that was sent'));
    await textOf(page.getByLabel('$metadata')).toContain('"attempts": 1');
    await shot('1-describe-with-tag');
  });

  it('pages through with "Next page", and gets every page with "All pages"', async () => {
    const seen = (await body()).ImagePipeline.ImagePipelineSet.map((p: { ImagePipelineId: string }) => p.ImagePipelineId);
    const next = page.getByRole('button', { name: 'Next page' });
    while (await next.isEnabled()) {
      const before = await body();
      await next.click();
      await expect.poll(() => label('NextToken').inputValue()).toBe(before.NextToken);
      await expect.poll(async () => (await body()).NextToken !== before.NextToken || (await body()).RequestId !== before.RequestId).toBe(true);
      await statusIs(/HTTP 200/);
      seen.push(...(await body()).ImagePipeline.ImagePipelineSet.map((p: { ImagePipelineId: string }) => p.ImagePipelineId));
    }
    expect(seen).toEqual(tagged);
    await shot('2-last-page');
    await page.getByRole('button', { name: 'All pages' }).click();
    const pages = Math.ceil(tagged.length / PAGE_SIZE);
    await statusIs(new RegExp(`${pages} pages, ${tagged.length} items`));
    await visible(page.getByRole('list', { name: 'Every item of every page' }));
    await shot('3-all-pages');
  });

  it('generates TypeScript that compiles (our client and Alibaba\'s SDK) and a CLI command that runs', async () => {
    await label('NextToken').fill('');
    const dir = scratch('explore-code');
    writeFileSync(join(dir, 'client.ts'), await code('code-ts'));
    writeFileSync(join(dir, 'sdk.ts'), await code('code-sdk'));
    expect(await code('code-ts')).toContain(`Tag: [{ Key: ${JSON.stringify(TAG.Key)}, Value: ${JSON.stringify(TAG.Value)} }]`);
    expect(await code('code-sdk')).toContain('new $Ecs.DescribeImagePipelinesRequestTag(');
    await compile(dir, ['client.ts', 'sdk.ts']);

    const cli = await code('code-cli');
    expect(cli).toContain(`ecs-pipelines describe-image-pipelines --region ${REGION} --tag ${TAG.Key}=${TAG.Value} --max-results ${PAGE_SIZE} --endpoint ${new URL(explorer.url).protocol}`);
    const out = await runShell(cli);
    expect(JSON.parse(out).TotalCount).toBe(tagged.length);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(explorer.url).origin });
    await page.getByRole('button', { name: 'Copy CLI' }).click();
    await visible(page.getByText('Copied.'));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(cli);
    await shot('4-code');
  });

  it('shows both strings to sign for a wrong secret (SignatureDoesNotMatch), for either signature version', async () => {
    await label('AccessKeySecret').fill(WRONG_SECRET);
    for (const version of ['v3', 'v1'] as const) {
      await label('Signature version').selectOption(version);
      await page.getByRole('button', { name: 'Send' }).click();
      await statusIs(/failed: SignatureDoesNotMatch/);
      const error = page.locator('#error');
      await textOf(error).toContain('SignatureDoesNotMatch');
      await textOf(error).toContain('RequestId');
      const client = page.getByLabel('Client string to sign');
      const server = page.getByLabel('Server string to sign');
      await visible(client);
      await visible(server);
      expect(await client.innerText()).toBe(await server.innerText());
      expect(await client.innerText()).toMatch(version === 'v3' ? /^ACS3-HMAC-SHA256\n[0-9a-f]{64}$/ : /^GET&%2F&AccessKeyId%3D/);
      await visible(page.getByText('The strings to sign are the same'));
      await shot(`5-wrong-secret-${version}`);
    }
    await label('Signature version').selectOption('v3');
    await label('AccessKeySecret').fill(DEFAULT_CREDENTIALS.accessKeySecret);
  });

  it('marks where the strings to sign differ when a parameter is changed after signing', async () => {
    // A proxy that rewrites MaxResults on the way: the service signs another query than the page did.
    await page.route('**/relay', (route) => {
      const headers = route.request().headers();
      const target = headers['x-explorer-target']!.replace(`MaxResults=${PAGE_SIZE}`, `MaxResults=${PAGE_SIZE + 1}`);
      return route.continue({ headers: { ...headers, 'x-explorer-target': target } });
    });
    try {
      await label('Signature version').selectOption('v1');
      await page.getByRole('button', { name: 'Send' }).click();
      await statusIs(/failed: SignatureDoesNotMatch/);
      await visible(page.getByText('The strings to sign differ (marked)'));
      expect(await page.locator('#client-string-to-sign mark').allInnerTexts()).toEqual([`MaxResults%3D${PAGE_SIZE}%26`]);
      expect(await page.locator('#server-string-to-sign mark').allInnerTexts()).toEqual([`MaxResults%3D${PAGE_SIZE + 1}%26`]);
      await shot('5-tampered-v1');
      await label('Signature version').selectOption('v3');
      await page.getByRole('button', { name: 'Send' }).click();
      await statusIs(/failed: SignatureDoesNotMatch/);
      // ACS3 signs a hash of the canonical request: the second line differs as a whole.
      expect((await page.locator('#client-string-to-sign mark').allInnerTexts()).map((t) => t.trim())).toEqual([expect.stringMatching(/^[0-9a-f]{64}$/)]);
      expect((await page.locator('#server-string-to-sign mark').allInnerTexts()).map((t) => t.trim())).toEqual([expect.stringMatching(/^[0-9a-f]{64}$/)]);
    } finally {
      await page.unroute('**/relay');
    }
  });

  it('names the wire parameter when core refuses the request, and sends nothing', async () => {
    const before = requests.length;
    await label('MaxResults').fill('0');
    await page.getByRole('button', { name: 'Send' }).click();
    await statusIs(/Not sent: 1 problem/);
    await textOf(page.getByRole('alert')).toContain('MaxResults must be at least 1, got 0');
    expect(await label('MaxResults').getAttribute('aria-invalid')).toBe('true');
    expect(await focused(label('MaxResults'))).toBe(true);
    expect(requests.slice(before).filter((r) => r.url().endsWith('/relay'))).toEqual([]);
    await label('MaxResults').fill(String(PAGE_SIZE));
  });

  it('asks before a write: cancelling sends nothing, confirming deletes', async () => {
    await page.getByRole('link', { name: /DeleteImagePipeline/ }).click();
    await visible(page.getByRole('heading', { name: 'DeleteImagePipeline', level: 2 }));
    await label('ImagePipelineId').fill(doomed);
    const before = requests.length;
    await page.getByRole('button', { name: 'Send' }).click();
    const dialog = page.getByRole('dialog', { name: 'Send DeleteImagePipeline?' });
    await visible(dialog);
    await textOf(dialog).toContain(`ImagePipelineId=${doomed}`);
    expect(await focused(dialog.getByRole('button', { name: 'Cancel' }))).toBe(true);
    await shot('6-confirm');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await statusIs(/not sent: not confirmed/);
    expect(requests.slice(before).filter((r) => r.url().endsWith('/relay'))).toEqual([]);

    await page.getByRole('button', { name: 'Send' }).click();
    await dialog.getByRole('button', { name: 'Confirm and send' }).click();
    await statusIs(/DeleteImagePipeline: HTTP 200/);
    expect((await body()).RequestId).toMatch(/\S/);

    await page.getByRole('link', { name: /DescribeImagePipelines/ }).first().click();
    await page.getByRole('button', { name: 'Remove Tag.1' }).click();
    await page.getByRole('button', { name: 'Add ImagePipelineId' }).click();
    await label('ImagePipelineId.1').fill(doomed);
    await page.getByRole('button', { name: 'Send' }).click();
    await statusIs(/HTTP 200/);
    expect((await body()).TotalCount).toBe(0);
  });

  it('fills a struct-heavy write (CreateImagePipeline), confirms it, and its code compiles and runs', async () => {
    await page.getByRole('link', { name: /CreateImagePipeline/ }).click();
    await label('RegionId').fill(REGION);
    await label('BaseImageType').selectOption('IMAGE');
    await label('BaseImage').fill('m-explorer00000000001');
    await label('Name').fill('explorer-made');
    await label('InstanceType').fill('ecs.g7.large');
    await label('SystemDiskSize').fill('60');
    await label('DeleteInstanceOnFailure').selectOption('false');
    await page.getByRole('button', { name: 'Add AddAccount' }).click();
    await label('AddAccount.1').fill('1234567890123');
    await page.getByRole('button', { name: 'Add ToRegionId' }).click();
    await label('ToRegionId.1').fill('cn-shanghai');
    await label('ImageOptions.ImageName').fill('explorer-image');
    await label('ImageOptions.ImageFeatures.NvmeSupport').selectOption('auto');
    await page.getByRole('button', { name: 'Add ImageOptions.ImageTags' }).click();
    await label('ImageOptions.ImageTags.1.Key').fill('team');
    await label('ImageOptions.ImageTags.1.Value').fill('web');
    await label('BuildContent').fill('RUN echo explorer');
    await shot('7-create-form');

    const dir = scratch('explore-code-create');
    writeFileSync(join(dir, 'client.ts'), await code('code-ts'));
    writeFileSync(join(dir, 'sdk.ts'), await code('code-sdk'));
    expect(await code('code-sdk')).toContain('new $Ecs.CreateImagePipelineRequestImageOptions(');
    expect(await code('code-sdk')).toContain('new $Ecs.CreateImagePipelineRequestImageOptionsImageTags(');
    await compile(dir, ['client.ts', 'sdk.ts']);
    const cli = await code('code-cli');
    expect(cli).toContain('--image-options.image-tags team=web');

    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Confirm and send' }).click();
    await statusIs(/CreateImagePipeline: HTTP 200/);
    const made = (await body()).ImagePipelineId as string;
    expect(made).toMatch(/^ip-/);
    // The same call from the generated command: a second template with the same settings.
    const out = JSON.parse(await runShell(cli));
    expect(out.ImagePipelineId).toMatch(/^ip-/);
    expect(out.ImagePipelineId).not.toBe(made);
    await shot('8-created');
  });

  it('is readable in a narrow window, labels every control, and reaches Send by keyboard', async () => {
    await page.getByRole('link', { name: /DescribeImagePipelines/ }).first().click();
    await page.setViewportSize({ width: 360, height: 800 });
    // Nothing wider than the window (the page scrolls down only).
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
        .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} (${Math.round(el.getBoundingClientRect().right)} px)`),
    );
    expect(wide).toEqual([]);
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll('input, select, textarea, button')]
        .filter((el) => !(el as HTMLInputElement).labels?.length && !el.getAttribute('aria-label') && !el.getAttribute('aria-labelledby') && !el.textContent?.trim())
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(unlabelled).toEqual([]);
    await label('MaxResults').focus();
    let reached = false;
    for (let i = 0; i < 10 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.textContent === 'Send');
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await statusIs(/HTTP 200/);
    await shot('9-narrow');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('keeps the secret in the page: no storage, no cookie, never in a request; loads nothing from elsewhere', async () => {
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([0, 0, '']);
    const origin = new URL(explorer.url).origin;
    expect(requests.map((r) => new URL(r.url()).origin).filter((o) => o !== origin)).toEqual([]);
    for (const r of requests) {
      const text = [r.url(), JSON.stringify(await r.allHeaders()), r.postData() ?? ''].join('\n');
      for (const secret of [DEFAULT_CREDENTIALS.accessKeySecret, WRONG_SECRET]) expect(text).not.toContain(secret);
    }
    expect(requests.filter((r) => r.url().endsWith('/relay')).length).toBeGreaterThan(8);
    expect(problems.filter((p) => !/status of 4\d\d/.test(p))).toEqual([]);
  });
});

/** tsc over `files` in `dir`: strict, bundler resolution (our client from runtime-tests/node_modules, the SDK from the root's). */
async function compile(dir: string, files: string[]): Promise<void> {
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', strict: true, esModuleInterop: true, skipLibCheck: true, noEmit: true, types: ['node'], lib: ['ES2022', 'DOM'] },
      files,
    }),
  );
  try {
    await exec(join(repoRoot, 'node_modules', '.bin', 'tsc'), ['-p', join(dir, 'tsconfig.json')], { cwd: dir });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    throw new Error(`tsc failed on the generated code:\n${e.stdout}${e.stderr}`);
  }
}

/** Runs a generated command in sh, with `ecs-pipelines` on PATH (the built CLI) and the emulator's demo key. */
async function runShell(script: string): Promise<string> {
  const dir = scratch('explore-shell');
  const shim = join(dir, 'ecs-pipelines');
  writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${CLI_BIN}" "$@"\n`);
  chmodSync(shim, 0o755);
  try {
    const { stdout } = await exec('sh', ['-c', script], {
      cwd: dir,
      env: {
        PATH: `${dir}:${process.env['PATH']}`,
        HOME: dir,
        ALIBABA_CLOUD_ACCESS_KEY_ID: DEFAULT_CREDENTIALS.accessKeyId,
        ALIBABA_CLOUD_ACCESS_KEY_SECRET: DEFAULT_CREDENTIALS.accessKeySecret,
      },
      timeout: 20_000,
    });
    return stdout;
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; code?: number };
    throw new Error(`the generated command failed (${e.code}):\n${script}\n${e.stdout}${e.stderr}`);
  }
}
