// Headless Chromium for the browser tests: the Chromium inside the npm package @sparticuz/chromium
// (unpacked once by scripts/unpack-chromium.mjs), driven by playwright-core. No system browser, no
// `playwright install`, no root: a fresh Linux x64 machine with Node and npm is enough.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_PACKAGE_VERSION, npmChromium } from '../scripts/unpack-chromium.mjs';
import { scratch } from './paths.ts';

/**
 * The package's flags minus `--disable-web-security` (it would turn CORS off and with it the cross-origin
 * half of the test), plus flags that keep Chromium from calling out to the network. The package's flags
 * already include `--no-sandbox` (needed as root, harmless otherwise) and `--single-process`.
 */
const NO_NETWORK = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const DROPPED = new Set(['--disable-web-security']);

export interface LaunchedChromium {
  browser: Browser;
  executablePath: string;
  /** Time spent unpacking the binary (0 when cached) and launching it, in ms. */
  unpackMs: number;
  launchMs: number;
  describe: string;
}

/**
 * A fonts config that finds the fonts the package ships next to the binary: its own fonts.conf lists Lambda
 * paths such as /var/task/fonts, so on a fresh machine pages would render with no text at all.
 */
function fontsConfig(executablePath: string): Record<string, string> {
  const dir = scratch('chromium-fonts');
  const conf = join(dir, 'fonts.conf');
  mkdirSync(join(dir, 'cache'), { recursive: true });
  writeFileSync(
    conf,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${join(dirname(executablePath), 'fonts', 'fonts')}</dir>\n  <cachedir>${join(dir, 'cache')}</cachedir>\n</fontconfig>\n`,
  );
  return { FONTCONFIG_PATH: dir, FONTCONFIG_FILE: conf };
}

/** The npm package's Chromium, its fonts found, kept off the network. */
export async function launchChromium(): Promise<LaunchedChromium> {
  const { executablePath, env, args, unpackMs } = await npmChromium();
  const started = performance.now();
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [...args.filter((a: string) => !DROPPED.has(a)), ...NO_NETWORK],
    env: { ...process.env, ...env, ...fontsConfig(executablePath) },
  });
  const launchMs = Math.round(performance.now() - started);
  const describe = `Chromium ${browser.version()} from @sparticuz/chromium ${CHROMIUM_PACKAGE_VERSION} at ${executablePath} (unpack ${unpackMs} ms, launch ${launchMs} ms)`;
  return { browser, executablePath, unpackMs, launchMs, describe };
}
