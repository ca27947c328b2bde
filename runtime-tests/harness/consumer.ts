// A consumer app outside the workspace: every package packed with `pnpm pack` (workspace:* becomes the
// real version), the tarballs installed with npm into a fresh folder under the system temp dir, so
// nothing resolves through the monorepo's node_modules.
import { cpSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PACKAGES, here, packageDir } from './paths.ts';
import { runOk } from './run.ts';

export interface ConsumerApp {
  root: string;
  app: string;
  tarballs: string[];
}

/** Packs the four packages and installs their tarballs (and, from the registry, contract's dependencies). */
export async function installConsumerApp(): Promise<ConsumerApp> {
  const root = mkdtempSync(join(tmpdir(), 'ecs-pipelines-consumer-'));
  const packs = join(root, 'tarballs');
  for (const folder of PACKAGES) {
    await runOk('pnpm', ['pack', '--pack-destination', packs], { cwd: packageDir(folder), timeoutMs: 60_000 });
  }
  const tarballs = readdirSync(packs).filter((f) => f.endsWith('.tgz')).map((f) => join(packs, f));
  if (tarballs.length !== PACKAGES.length) throw new Error(`expected ${PACKAGES.length} tarballs, got ${tarballs.join(', ')}`);

  const app = join(root, 'app');
  // The app's sources (consumer/*) are copied in; the scenario is imported from here by absolute path.
  cpSync(join(here, 'consumer'), app, { recursive: true });
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'ecs-pipelines-consumer', private: true, type: 'module' }, null, 2));
  await runOk('npm', ['install', ...tarballs, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: app,
    timeoutMs: 180_000,
  });
  return { root, app, tarballs };
}
