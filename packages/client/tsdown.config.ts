import { defineConfig, type UserConfig } from 'tsdown';

// Two builds, not two entries of one build: the edge entry (web-standard globals only) and the Node entry
// (`node` condition and `./node` subpath) whose default transport is undici or node:http, undici staying an
// import of the latter. Separate builds give the Node entry one file instead of a file plus a shared chunk:
// each module costs Node's ESM loader time, and one fewer saved ~1 ms of the ~9 ms cold import
// (bench/README.md). Nothing breaks by the duplication: under Node the package's `.` and `./node` both
// resolve to dist/node.js, and elsewhere only dist/index.js exists for the runtime.
const shared: UserConfig = {
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  deps: { neverBundle: [/^node:/, /^undici(\/|$)/] },
  dts: true,
  sourcemap: true,
  clean: true,
  fixedExtension: false,
};

export default defineConfig([
  { ...shared, entry: { index: 'src/index.ts' } },
  { ...shared, entry: { node: 'src/node/index.ts' } },
]);
