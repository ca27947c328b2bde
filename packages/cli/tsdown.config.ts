import { defineConfig } from 'tsdown';

export default defineConfig([
  {
    entry: ['src/index.ts', 'src/bin.ts'],
    format: 'esm',
    platform: 'node',
    target: 'node20',
    dts: true,
    sourcemap: true,
    clean: true,
    fixedExtension: false,
  },
  // `ecs-pipelines explore`'s page script: plain DOM code with the client's edge build and core bundled in (the
  // browser conditions pick the client's web entry), served by the explorer from dist/explore/app.js.
  {
    entry: { app: 'src/explore/page/app.ts' },
    outDir: 'dist/explore',
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    dts: false,
    sourcemap: false,
    clean: false,
    fixedExtension: false,
    deps: { alwaysBundle: [/.*/], onlyBundle: false },
  },
]);
