import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { shared, sourceAliases } from '../../scripts/vitest-shared.ts';

// Behaviour tests run the contract's emulator from source; the client itself never imports the contract.
const contractNode = fileURLToPath(new URL('../contract/src/node/index.ts', import.meta.url));
const base = { ...shared, alias: [{ find: /^@org\/ecs-pipelines-contract\/node$/, replacement: contractNode }, ...sourceAliases] };

// The 50 ms abort/deadline bounds are measured first, alone: on two shared cores the soak, the 200-call
// concurrency test and the child processes of the exit test would otherwise delay the timers being measured.
const TIMING = ['test/abort-timeout.test.ts'];

export default defineConfig({
  test: {
    reporters: shared?.reporters,
    outputFile: shared?.outputFile,
    passWithNoTests: true,
    projects: [
      { test: { ...base, name: 'timing', include: TIMING, sequence: { groupOrder: 0 } } },
      {
        test: {
          ...base,
          name: 'client',
          exclude: ['**/node_modules/**', ...TIMING],
          sequence: { groupOrder: 1 },
          typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.test.json' },
        },
      },
    ],
  },
});
