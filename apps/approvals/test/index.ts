// Test support for other packages' tests (the worker's) and benchmarks. Exported only under the
// `sanbao-testing` condition: a production process that imported it would fail to start.
import { fileURLToPath } from 'node:url';

export { startApprovals, managerToken, key, type ApprovalsHarness, type ApprovalsClient } from './approvals-harness.ts';
export { createApprovalsApp } from '../src/app.ts';
export { approvalsMigrations } from '../src/migrations/index.ts';
export { seedDemoPolicies } from '../src/policies/policies.service.ts';
export { approvalsSchemaName, type ApprovalsDatabase } from '../src/schema.ts';

/** The service's own entry points, to start it as production does: one process, configured by env. */
export const approvalsEntries = {
  main: fileURLToPath(new URL('../src/main.ts', import.meta.url)),
  migrate: fileURLToPath(new URL('../src/migrate.ts', import.meta.url)),
  seedDemoPolicies: fileURLToPath(new URL('../src/seed-demo-policies.ts', import.meta.url)),
};
