import { defineConfig } from 'vitest/config';
import { shared } from '../../scripts/vitest-shared.ts';

export default defineConfig({
  test: {
    ...shared,
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.test.json' },
  },
});
