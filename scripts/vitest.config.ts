import { defineConfig } from 'vitest/config';

// Repository-level tests (spec, generation, versioning, edge rules); packages have their own configs.
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['scripts/test/**/*.test.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: '.test-results/vitest.json' },
    testTimeout: 120_000,
  },
});
