// esbuild from the workspace's runtime-tests package (no new dependency), with core resolved to its source so
// a test never measures or runs a stale build.
import { fileURLToPath } from 'node:url';

const root = new URL('../../../../', import.meta.url);
const esbuildPath = fileURLToPath(new URL('runtime-tests/node_modules/esbuild/lib/main.js', root));

/** Where core's source lives, for esbuild's `alias`. */
export const coreSource = fileURLToPath(new URL('packages/core/src/index.ts', root));

interface BuildOutput {
  outputFiles: { text: string; contents: Uint8Array }[];
}

/** Bundles `entry` in memory and returns the code. */
export async function bundle(entry: string, options: { platform: 'browser' | 'node'; minify?: boolean }): Promise<string> {
  const esbuild = (await import(esbuildPath)) as { build(o: object): Promise<BuildOutput> };
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'esm',
    platform: options.platform,
    minify: options.minify ?? false,
    target: 'es2022',
    alias: { '@org/ecs-pipelines-core': coreSource },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}
