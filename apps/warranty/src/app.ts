import type { Database } from '@sanbao/db';
import type { Logger } from '@sanbao/logger';
import { createService, type ReadinessCheck, type RequestLimits } from '@sanbao/service-kit';
import type { TokenVerifier } from '@sanbao/trpc/auth';
import { createWarrantyRouter } from './router.ts';
import { createSalesImportJobs } from './sales-import/sales-import.jobs.ts';
import type { WarrantyDatabase } from './schema.ts';

export interface WarrantyAppDeps {
  database: Database<WarrantyDatabase>;
  log: Logger;
  verifyToken: TokenVerifier;
  /** Readiness of the Temporal frontend, where the process has a connection. */
  temporalReady?: ReadinessCheck;
  limits?: Partial<RequestLimits>;
}

/** No side effects: tests build it with their own database and verifier. */
export function createWarrantyApp({ database, log, verifyToken, temporalReady, limits }: WarrantyAppDeps) {
  const salesImports = createSalesImportJobs();
  const router = createWarrantyRouter({ db: database.db, log, jobs: salesImports });
  const service = createService({
    name: 'warranty',
    log,
    trpc: { router, verifyToken, limits: { ...limits, importProcedures: ['salesImports.start'] } },
    readiness: { postgres: database.ping, ...(temporalReady ? { temporal: temporalReady } : {}) },
  });
  /** Sales imports run in the background; shutdown waits for them before closing the pool. */
  return { ...service, salesImports };
}
