// Issue 5's budget: a Worker that creates a client and paginates, bundled for the browser platform, is at
// most 8 KiB gzip (goal 6 KiB), and carries no Node-only code.
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { bundle } from './helpers/bundle.js';

const BUDGET = 8 * 1024;
const GOAL = 6 * 1024;

test('the Worker bundle fits the budget and has no node: import', async () => {
  const code = await bundle(fileURLToPath(new URL('fixtures/worker-entry.ts', import.meta.url)), { platform: 'browser', minify: true });
  const gzip = gzipSync(code, { level: 9 }).length;
  console.log(`worker bundle: ${code.length} B minified, ${gzip} B gzip (budget ${BUDGET}, goal ${GOAL})`);
  expect(code).not.toMatch(/node:|require\(|process\./);
  expect(gzip).toBeLessThanOrEqual(BUDGET);
});
