import { defineConfig } from 'vitest/config';

/** Unit (pure core) and integration (backend + storage on temp files) tests; e2e has its own config. */
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // Generous: several integration tests spawn the real `gioia` CLI, which transpiles the source with
    // tsx on start; on a loaded 2-core machine one spawn has taken 15 s. A hang still fails the run.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
