import { defineConfig } from 'vitest/config';
import { shared } from '../scripts/vitest-shared.ts';

// No source aliases: these tests prove the BUILT packages (dist, through each package's `exports`), the
// way users get them. Each test file drives one runtime; they run in parallel, two at a time on 2 cores.
export default defineConfig({
  test: {
    ...shared,
    alias: [],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
  },
});
