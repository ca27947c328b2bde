import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { shared, sourceAliases } from '../../scripts/vitest-shared.ts';

// Behaviour tests run the contract's emulator from source; the client itself never imports the contract.
const contractNode = fileURLToPath(new URL('../contract/src/node/index.ts', import.meta.url));

export default defineConfig({
  test: {
    ...shared,
    alias: [{ find: /^@org\/ecs-pipelines-contract\/node$/, replacement: contractNode }, ...sourceAliases],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.test.json' },
  },
});
