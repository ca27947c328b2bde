// Where the Worker bundles' bytes go (issue 15's budgets): bundles test/fixtures/worker-entry.ts (the full
// client, paging DescribeImagePipelines; budget 16 KiB gzip) and test/fixtures/worker-bare.ts (a bare client
// and the standalone describeImagePipelines; budget 12 KiB gzip) as the size test does (esbuild, browser, ESM,
// minified, core from source), then prints each module's share as the gzip bytes the bundle loses without
// it (modules minified one by one, so the figures are close to, not exactly, the real bundle).
// Usage: pnpm --filter @org/ecs-pipelines-client size [full|bare]
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = new URL('../../../', import.meta.url);
const path = (p) => fileURLToPath(new URL(p, root));
const esbuild = await import(path('runtime-tests/node_modules/esbuild/lib/main.js'));
const WORKERS = {
  full: { entry: 'packages/client/test/fixtures/worker-entry.ts', budget: 16 * 1024 },
  bare: { entry: 'packages/client/test/fixtures/worker-bare.ts', budget: 12 * 1024 },
};
const gzip = (code) => gzipSync(code, { level: 9 }).length;

const asked = process.argv.slice(2);
for (const kind of asked.length ? asked : Object.keys(WORKERS)) {
  const worker = WORKERS[kind];
  if (!worker) throw new Error(`unknown worker ${kind}: full or bare`);
  const options = {
    entryPoints: [path(worker.entry)],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    alias: { '@org/ecs-pipelines-core': path('packages/core/src/index.ts') },
    logLevel: 'silent',
  };
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

  console.log(`\n${kind} Worker (${worker.entry}): ${real.length} B minified, ${gzip(real)} B gzip (budget ${worker.budget} B, ${worker.budget - gzip(real)} B to spare)`);
  console.log('gzip share  minified  module');
  for (const r of rows) console.log(`${String(r.share).padStart(10)}  ${String(r.minified).padStart(8)}  ${r.name}`);
}
