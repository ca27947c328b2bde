// Shared vitest settings: every package writes a JSON report that scripts/test-summary.mjs counts for CI.
import type { ViteUserConfig } from 'vitest/config';

export const shared: ViteUserConfig['test'] = {
  include: ['test/**/*.test.ts'],
  reporters: ['default', 'json'],
  outputFile: { json: '.test-results/vitest.json' },
  passWithNoTests: true,
  testTimeout: 30_000,
  hookTimeout: 30_000,
};
