// Bundle size of a Worker entry: esbuild (browser platform, ESM, minified) then gzip, the way a Worker or
// browser app would ship it. A package that cannot bundle for the browser is reported with the error,
// and once more with Node's built-ins left external (what a Workers `nodejs_compat` build would need),
// so the size it would cost there is still visible.
import { builtinModules } from 'node:module';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

async function bundleOnce(entry, external) {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    minify: true,
    write: false,
    logLevel: 'silent',
    external,
  });
  const bytes = out.outputFiles[0].contents;
  return { bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
}

/** The first error line of an esbuild failure, short enough for a table cell. */
function firstError(err) {
  const e = err.errors?.[0];
  if (!e) return String(err.message ?? err).split('\n')[0];
  // pnpm's store paths are long and machine-specific; the package path after the last node_modules/ says it all.
  const where = e.location ? ` (in ${e.location.file.split('node_modules/').pop()}:${e.location.line})` : '';
  return `${e.text}${where}${err.errors.length > 1 ? ` (+${err.errors.length - 1} more errors)` : ''}`;
}

/**
 * Bundles `entry`. Resolves to `{ ok: true, bytes, gzipBytes }`, or `{ ok: false, error, withNodeExternal }`
 * where `withNodeExternal` is the size with node built-ins external (or its own error).
 */
export async function measureBundle(entry) {
  try {
    return { ok: true, ...(await bundleOnce(entry, [])) };
  } catch (err) {
    const result = { ok: false, error: firstError(err) };
    try {
      result.withNodeExternal = { ok: true, ...(await bundleOnce(entry, nodeBuiltins)) };
    } catch (err2) {
      result.withNodeExternal = { ok: false, error: firstError(err2) };
    }
    return result;
  }
}
