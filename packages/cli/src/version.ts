// The CLI's version, read from its package.json at run time (src/ and dist/ both sit one level below it).
import { readFileSync } from 'node:fs';

/** The `version` field of @org/ecs-pipelines-cli's package.json. */
export function cliVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}
