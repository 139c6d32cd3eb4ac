import type { Database } from '@sanbao/db';
import type { Logger } from '@sanbao/logger';
import { createService, type ReadinessCheck, type RequestLimits } from '@sanbao/service-kit';
import type { TokenVerifier } from '@sanbao/trpc/auth';
import type { ClaimCoverage } from './requests/claim-coverage.ts';
import type { HolidayCalendar } from './returns/holiday-calendar.ts';
import { createPartsRouter } from './router.ts';
import type { PartsDatabase } from './schema.ts';

export interface PartsAppDeps {
  database: Database<PartsDatabase>;
  log: Logger;
  verifyToken: TokenVerifier;
  claimCoverage: ClaimCoverage;
  holidayCalendar: HolidayCalendar;
  defaultReturnDueDays: number;
  /** Defaults to the system clock; tests pass their own. */
  clock?: () => Date;
  /** Extra readiness checks, e.g. the warranty service. */
  readiness?: Record<string, ReadinessCheck>;
  limits?: Partial<RequestLimits>;
}

/** No side effects: tests build it with their own database, verifier and claim coverage. */
export function createPartsApp({
  database,
  log,
  verifyToken,
  claimCoverage,
  holidayCalendar,
  defaultReturnDueDays,
  clock = () => new Date(),
  readiness = {},
  limits,
}: PartsAppDeps) {
  const router = createPartsRouter({
    db: database.db,
    claimCoverage,
    holidayCalendar,
    clock,
    defaultReturnDueDays,
  });
  return createService({
    name: 'parts',
    log,
    trpc: {
      router,
      verifyToken,
      limits: { ...limits, importProcedures: ['catalog.importParts', 'catalog.importBom'] },
    },
    readiness: { postgres: database.ping, ...readiness },
  });
}
