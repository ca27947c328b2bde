#!/usr/bin/env node
// Headless Chromium from the npm registry, no system browser: `@sparticuz/chromium` ships a brotli-compressed
// Linux x64 chrome-headless-shell inside the package (with the NSS/NSPR/expat libraries it links and a
// fonts config). This unpacks it once into a cache under the system temp dir, keyed by the package version,
// and reuses it afterwards. The test calls it; `node scripts/unpack-chromium.mjs` does it ahead of time.
//
// The package's own `executablePath()` unpacks into `os.tmpdir()` itself (a shared `<tmp>/chromium`, whatever
// version put it there, and a half-written binary after an interrupted run is reused). So it runs in a child
// process whose TMPDIR is a fresh staging folder, which is renamed into place only once complete.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const exec = promisify(execFile);
const self = fileURLToPath(import.meta.url);
const packageDir = join(dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium')), '..');

/** The version of `@sparticuz/chromium` installed (the Chromium major version is its major). */
export const CHROMIUM_PACKAGE_VERSION = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version;

const cacheDir = () => process.env.ECS_RUNTIME_CHROMIUM_CACHE ?? join(tmpdir(), 'ecs-pipelines-runtime-chromium');

/**
 * The unpacked Chromium: its executable, the environment it needs and the flags to launch it with.
 * `unpackMs` is the time spent unpacking (0 when the cache already had it).
 */
export async function npmChromium() {
  const dir = join(cacheDir(), `chromium-${CHROMIUM_PACKAGE_VERSION}`);
  let unpackMs = 0;
  if (!existsSync(join(dir, 'chromium'))) {
    const started = performance.now();
    mkdirSync(cacheDir(), { recursive: true });
    const staging = mkdtempSync(`${dir}.partial-`);
    try {
      await exec(process.execPath, [self, '--unpack-into-tmpdir'], {
        env: { ...process.env, TMPDIR: staging },
        timeout: 300_000,
      });
      try {
        renameSync(staging, dir);
      } catch (error) {
        if (!existsSync(join(dir, 'chromium'))) throw error; // else a concurrent run got there first
      }
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
    unpackMs = Math.round(performance.now() - started);
  }
  const { default: chromium } = await import('@sparticuz/chromium');
  return {
    executablePath: join(dir, 'chromium'),
    // The package's recipe (its setupLambdaEnvironment), for the browser process only: its fonts, and the
    // bundled libnss3/libnspr4/libexpat, which a fresh machine may lack. They need glibc >= 2.34; on an older
    // glibc the system's own must be installed instead.
    env: {
      FONTCONFIG_PATH: join(dir, 'fonts'),
      ...(glibcAtLeast(2, 34) ? { LD_LIBRARY_PATH: join(dir, 'al2023', 'lib') } : {}),
    },
    args: chromium.args,
    unpackMs,
  };
}

function glibcAtLeast(major, minor) {
  const [a = 0, b = 0] = String(process.report.getReport().header.glibcVersionRuntime ?? '0.0').split('.').map(Number);
  return a > major || (a === major && b >= minor);
}

if (process.argv[1] === self) {
  if (process.argv[2] === '--unpack-into-tmpdir') {
    // Child mode: TMPDIR is the staging folder. chromium, fonts/ and the SwiftShader libraries land there
    // (executablePath); the shared libraries go to al2023/lib (it only unpacks those on AWS itself).
    const { default: chromium, inflate } = await import('@sparticuz/chromium');
    await chromium.executablePath();
    await inflate(join(packageDir, 'bin', 'al2023.tar.br'));
  } else {
    const { executablePath, unpackMs } = await npmChromium();
    console.log(`chromium (@sparticuz/chromium ${CHROMIUM_PACKAGE_VERSION}): ${executablePath}${unpackMs ? ` (unpacked in ${unpackMs} ms)` : ''}`);
  }
}
