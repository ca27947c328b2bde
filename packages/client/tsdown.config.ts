import { defineConfig } from 'tsdown';

// Two entries: the edge build (web-standard globals only) and the Node build (`node` condition and
// `./node` subpath) whose default transport is undici or node:http; undici stays an import of the latter.
export default defineConfig({
  entry: { index: 'src/index.ts', node: 'src/node/index.ts' },
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  deps: { neverBundle: [/^node:/, /^undici(\/|$)/] },
  dts: true,
  sourcemap: true,
  clean: true,
  fixedExtension: false,
});
