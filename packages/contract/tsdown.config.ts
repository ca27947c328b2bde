import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/index.ts', 'src/node/index.ts', 'src/msw/index.ts', 'src/undici/index.ts'],
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  dts: true,
  sourcemap: true,
  clean: true,
  fixedExtension: false,
  // The `/node` entry imports Node builtins; the neutral platform does not know them, so say they stay external.
  deps: { neverBundle: [/^node:/] },
});
