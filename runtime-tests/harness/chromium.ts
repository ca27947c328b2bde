// Headless Chromium for the browser runtime test: the Chromium inside the npm package @sparticuz/chromium
// (unpacked once by scripts/unpack-chromium.mjs), driven by playwright-core. No system browser, no
// `playwright install`, no root: a fresh Linux x64 machine with Node and npm is enough.
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_PACKAGE_VERSION, npmChromium } from '../scripts/unpack-chromium.mjs';

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

export async function launchChromium(): Promise<LaunchedChromium> {
  const { executablePath, env, args, unpackMs } = await npmChromium();
  const started = performance.now();
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [...args.filter((a: string) => !DROPPED.has(a)), ...NO_NETWORK],
    env: { ...process.env, ...env },
  });
  const launchMs = Math.round(performance.now() - started);
  const describe = `Chromium ${browser.version()} from @sparticuz/chromium ${CHROMIUM_PACKAGE_VERSION} at ${executablePath} (unpack ${unpackMs} ms, launch ${launchMs} ms)`;
  return { browser, executablePath, unpackMs, launchMs, describe };
}
