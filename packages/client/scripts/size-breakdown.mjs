// Where the Worker bundle's bytes go: bundles test/fixtures/worker-entry.ts as the size test does (esbuild,
// browser, ESM, minified, core from source), then prints each module's share as the gzip bytes the bundle
// loses without it (modules minified one by one, so the figures are close to, not exactly, the real bundle).
// Usage: pnpm --filter @org/ecs-pipelines-client size
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = new URL('../../../', import.meta.url);
const path = (p) => fileURLToPath(new URL(p, root));
const esbuild = await import(path('runtime-tests/node_modules/esbuild/lib/main.js'));
const options = {
  entryPoints: [path('packages/client/test/fixtures/worker-entry.ts')],
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'browser',
  alias: { '@org/ecs-pipelines-core': path('packages/core/src/index.ts') },
  logLevel: 'silent',
};
const gzip = (code) => gzipSync(code, { level: 9 }).length;

const real = (await esbuild.build({ ...options, minify: true })).outputFiles[0].text;
// Unminified, esbuild heads each module's code with a `// path` comment: split there, minify each part.
const plain = (await esbuild.build(options)).outputFiles[0].text;
const parts = [];
for (const chunk of plain.split(/^(?=\/\/ \S+\.ts$)/m)) {
  parts.push({ name: chunk.split('\n')[0].replace(/^\/\/ /, ''), code: (await esbuild.transform(chunk, { minify: true, format: 'esm' })).code });
}
const whole = gzip(parts.map((p) => p.code).join(''));
const rows = parts
  .map((p, i) => ({ share: whole - gzip(parts.filter((_, j) => j !== i).map((q) => q.code).join('')), minified: p.code.length, name: p.name }))
  .sort((a, b) => b.share - a.share);

console.log(`worker bundle: ${real.length} B minified, ${gzip(real)} B gzip (issue 5 budget 8192 B, goal 6144 B)`);
console.log('gzip share  minified  module');
for (const r of rows) console.log(`${String(r.share).padStart(10)}  ${String(r.minified).padStart(8)}  ${r.name}`);
