// Test support for other packages' tests and the benchmark. Exported only under the `sanbao-testing`
// condition (vitest and the bench set it): a production process that imported it would fail to start.
import { fileURLToPath } from 'node:url';

export { startWarranty, key, type WarrantyHarness } from './warranty-harness.ts';
export { createWarrantyApp } from '../src/app.ts';
export { warrantyMigrations } from '../src/migrations/index.ts';
export { unitFactsQuery } from '../src/claims/unit-facts.repository.ts';
export { warrantySchemaName, type WarrantyDatabase } from '../src/schema.ts';

/** The service's own entry points, to start it as production does: one process, configured by env. */
export const warrantyEntries = {
  main: fileURLToPath(new URL('../src/main.ts', import.meta.url)),
  migrate: fileURLToPath(new URL('../src/migrate.ts', import.meta.url)),
};
