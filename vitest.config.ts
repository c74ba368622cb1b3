import { defineConfig } from 'vitest/config';

// One test run for the whole workspace: unit tests sit beside the code, cross-package and browser tests under tests/.
export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'apps/*/src/**/*.test.ts', 'tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
