// Issue 17: undici is the Node entry's alone. The edge entry (what Workers, Deno, Bun and browsers import)
// bundles without it, and the Node entry only imports it when a request needs it (never at load).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { bundle } from './helpers/bundle.js';

const src = (p: string) => fileURLToPath(new URL(`../src/${p}`, import.meta.url));

test('a minified bundle of the edge entry holds no undici', async () => {
  const code = await bundle(src('index.ts'), { platform: 'browser', minify: true });
  expect(code).toContain('DescribeImagePipelines');
  expect(code).not.toMatch(/undici/i);
});

test('the Node entry loads undici lazily: no static import of it in any file it imports at load', async () => {
  const files = ['node/index.ts', 'node/default-transport.ts', 'node/undici.ts', 'node/mock-agent.ts', 'node/transport.ts', 'node/url.ts'];
  for (const f of files) {
    const text = await readFile(src(f), 'utf8');
    expect(text, f).not.toMatch(/^\s*import\s[^;]*from\s+['"]undici/m);
  }
  expect(await readFile(src('node/undici.ts'), 'utf8')).toMatch(/import\(\s*(\/\/[^\n]*\n\s*)*'undici\/lib\/dispatcher\/pool\.js'\s*\)/);
});
