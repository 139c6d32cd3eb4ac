// Test support for other packages' tests and benchmarks. Exported only under the `sanbao-testing`
// condition (vitest and the bench set it): a production process that imported it would fail to start.
import { fileURLToPath } from 'node:url';

export { startPartsHarness, key, type PartsHarness, type PartsClient } from './parts-harness.ts';
export { seedWorld, world } from './parts-world.ts';
export { createPartsApp } from '../src/app.ts';
export { partsMigrations } from '../src/migrations/index.ts';
export { partsSchemaName, type PartsDatabase } from '../src/schema.ts';

/** The service's own entry points, to start it as production does: one process, configured by env. */
export const partsEntries = {
  main: fileURLToPath(new URL('../src/main.ts', import.meta.url)),
  migrate: fileURLToPath(new URL('../src/migrate.ts', import.meta.url)),
};
