import type { Database } from '@sanbao/db';
import type { Logger } from '@sanbao/logger';
import { createService, type ReadinessCheck } from '@sanbao/service-kit';
import type { TokenVerifier } from '@sanbao/trpc/auth';
import { createIdempotencyStore } from '@sanbao/trpc/idempotency';
import { createWarrantyRouter } from './router.ts';
import type { WarrantyDatabase } from './schema.ts';

export interface WarrantyAppDeps {
  database: Database<WarrantyDatabase>;
  log: Logger;
  verifyToken: TokenVerifier;
  /** Readiness of the Temporal frontend, where the process has a connection. */
  temporalReady?: ReadinessCheck;
}

/** No side effects: tests build it with their own database and verifier. */
export function createWarrantyApp({ database, log, verifyToken, temporalReady }: WarrantyAppDeps) {
  const router = createWarrantyRouter({ db: database.db, idempotency: createIdempotencyStore(database.db) });
  return createService({
    name: 'warranty',
    log,
    trpc: { router, verifyToken },
    readiness: { postgres: database.ping, ...(temporalReady ? { temporal: temporalReady } : {}) },
  });
}
