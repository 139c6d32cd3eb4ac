import { defineConfig } from 'vitest/config';

// Browser tests: playwright-core driving the machine's Chromium against the built bundle. Run with
// `pnpm --filter @sanbao/web test:e2e`; kept out of the root unit/int projects because they build
// the bundle and start a browser.
export default defineConfig({
  test: {
    name: 'e2e',
    root: new URL('..', import.meta.url).pathname,
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
