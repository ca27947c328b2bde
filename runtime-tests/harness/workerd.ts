// workerd through Miniflare, with workers bundled exactly as `wrangler deploy` bundles them
// (`wrangler deploy --dry-run --outdir`), using each wrangler.toml's compatibility date and no flags.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Miniflare } from 'miniflare';
import { bin, scratch } from './paths.ts';
import { runOk } from './run.ts';

export interface WorkerBundle {
  /** The bundled module Wrangler would upload. */
  script: string;
  compatibilityDate: string;
  compatibilityFlags: string[];
  /** The `[vars]` of wrangler.toml, which `wrangler deploy` would bind. */
  vars: Record<string, string>;
}

/** Reads the few wrangler.toml keys the test needs (a full TOML parser is not worth a dependency). */
export function readWranglerToml(configPath: string): { compatibilityDate: string; compatibilityFlags: string[]; vars: Record<string, string> } {
  const toml = readFileSync(configPath, 'utf8');
  const date = /^compatibility_date\s*=\s*"([^"]+)"/m.exec(toml)?.[1];
  if (!date) throw new Error(`${configPath} sets no compatibility_date`);
  const flags = /^compatibility_flags\s*=\s*\[([^\]]*)\]/m.exec(toml)?.[1];
  // [vars]: the string `KEY = "value"` lines up to the next table.
  const varsTable = /^\[vars\]\s*$([\s\S]*?)(?=^\[|(?![\s\S]))/m.exec(toml)?.[1] ?? '';
  const vars = Object.fromEntries([...varsTable.matchAll(/^([A-Za-z_][\w-]*)\s*=\s*"([^"]*)"/gm)].map((m) => [m[1]!, m[2]!]));
  return { compatibilityDate: date, compatibilityFlags: flags ? [...flags.matchAll(/"([^"]+)"/g)].map((m) => m[1]!) : [], vars };
}

/** Bundles the worker of `configPath` with Wrangler into a scratch folder named `name`. */
export async function bundleWorker(configPath: string, name: string): Promise<WorkerBundle> {
  const outDir = scratch(`workers/${name}`);
  rmSync(outDir, { recursive: true, force: true });
  await runOk(bin('wrangler'), ['deploy', '--dry-run', '--outdir', outDir, '--config', configPath], {
    cwd: dirname(configPath),
    timeoutMs: 60_000,
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', WRANGLER_LOG_PATH: scratch('wrangler-logs'), CI: 'true', NO_COLOR: '1' },
  });
  const scripts = readdirSync(outDir).filter((f) => /\.m?js$/.test(f));
  if (scripts.length !== 1) throw new Error(`expected one bundled module in ${outDir}, found ${scripts.join(', ')}`);
  return { script: join(outDir, scripts[0]!), ...readWranglerToml(configPath) };
}

/** Runs a bundled worker in workerd; `port: 0` also exposes it on 127.0.0.1 (Miniflare picks the port). */
export async function startWorker(bundle: WorkerBundle, options: { bindings?: Record<string, string>; port?: number } = {}) {
  const mf = new Miniflare({
    modules: true,
    scriptPath: bundle.script,
    // Miniflare refuses module paths outside its root; the bundle's own folder is the root.
    modulesRoot: dirname(bundle.script),
    compatibilityDate: bundle.compatibilityDate,
    compatibilityFlags: bundle.compatibilityFlags,
    bindings: { ...bundle.vars, ...options.bindings },
    ...(options.port !== undefined ? { host: '127.0.0.1', port: options.port } : {}),
  });
  const url = await mf.ready;
  return { mf, url: url.origin, name: basename(bundle.script), dispose: () => mf.dispose() };
}
