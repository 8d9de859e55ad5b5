import { defineConfig } from 'vitest/config';

/** Unit (pure core) and integration (backend + storage on temp files) tests; e2e has its own config. */
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 20_000,
  },
});
