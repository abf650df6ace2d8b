import { defineConfig } from 'vitest/config';

// The API tests run twice: on Node through app.request() on a fresh SQLite file per test file,
// and against the Worker on real workerd with a local D1 (`wrangler dev`, started once by the
// worker project's globalSetup and shared by its test files, which therefore run one at a time).
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: ['test/e2e/**', '**/node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'worker',
          include: ['test/api/**/*.test.ts', 'test/api/**/*.test.tsx'],
          env: { HENTETID_TEST_TARGET: 'worker' },
          globalSetup: ['test/support/worker-global-setup.ts'],
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
