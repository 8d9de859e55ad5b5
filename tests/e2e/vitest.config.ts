import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * Browser end-to-end specs: one real Chromium (or Electron) per test, so files run one at a time in
 * a forked worker and timeouts allow for a cold browser start on a slow CI machine.
 */
export default defineConfig({
  test: {
    root: resolve(__dirname, '../..'),
    include: ['tests/e2e/**/*.spec.ts'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    teardownTimeout: 30_000,
  },
});
