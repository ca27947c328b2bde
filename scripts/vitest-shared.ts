// Shared vitest settings: every package writes a JSON report that scripts/test-summary.mjs counts for CI.
// Package unit tests import the workspace packages from source (no stale dist); the runtime tests, the
// consumer test and the CLI tests use the built packages.
import { fileURLToPath } from 'node:url';
import type { ViteUserConfig } from 'vitest/config';

const src = (pkg: string, entry = 'index.ts') => fileURLToPath(new URL(`../packages/${pkg}/src/${entry}`, import.meta.url));

export const sourceAliases = [
  { find: /^@org\/ecs-pipelines-core$/, replacement: src('core') },
  { find: /^@org\/ecs-pipelines-client$/, replacement: src('client') },
  { find: /^@org\/ecs-pipelines-contract$/, replacement: src('contract') },
];

export const shared: ViteUserConfig['test'] = {
  include: ['test/**/*.test.ts'],
  reporters: ['default', 'json'],
  outputFile: { json: '.test-results/vitest.json' },
  passWithNoTests: true,
  testTimeout: 30_000,
  hookTimeout: 30_000,
  alias: sourceAliases,
};
