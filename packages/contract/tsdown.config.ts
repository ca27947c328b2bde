import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/index.ts', 'src/node/index.ts'],
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  dts: true,
  sourcemap: true,
  clean: true,
  fixedExtension: false,
  // The Node entry imports node: builtins and the adapter; keep them external.
  external: [/^node:/, /^@hono\//, /^hono/, /^@org\//],
});
