import { defineConfig } from 'vitest/config';

// Vite's default server conditions plus `sanbao-testing`, under which a service exports the test
// support other packages' tests may use (its harness, its app, its migrations): never a production export.
const ssr = { resolve: { conditions: ['module', 'node', 'development|production', 'sanbao-testing'] } };

// Two projects: fast unit tests beside the code, and integration tests that need a real
// Postgres and a real Temporal server (started once per run by the global setup).
export default defineConfig({
  test: {
    projects: [
      {
        ssr,
        test: {
          name: 'unit',
          include: ['{apps,packages}/*/src/**/*.test.ts', 'workflows/src/**/*.test.ts', 'bench/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
          environment: 'node',
        },
      },
      {
        ssr,
        test: {
          name: 'int',
          include: ['{apps,packages}/*/src/**/*.int.test.ts', 'workflows/src/**/*.int.test.ts'],
          exclude: ['**/node_modules/**'],
          environment: 'node',
          pool: 'forks',
          globalSetup: ['packages/testing/src/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
