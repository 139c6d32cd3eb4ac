import type { Database } from '@sanbao/db';
import type { Logger } from '@sanbao/logger';
import { createService, type ReadinessCheck, type RequestLimits } from '@sanbao/service-kit';
import type { TokenVerifier } from '@sanbao/trpc/auth';
import type { ChargebackOutbox } from './deductions/chargeback-outbox.ts';
import { mountExports } from './exports/exports.routes.ts';
import { createSettlementRouter } from './router.ts';
import type { SettlementDatabase } from './schema.ts';
import type { SlaPenaltyTerms } from './settlement-deps.ts';
import { createBackgroundWork } from './shared/background-work.ts';

export interface SettlementAppDeps {
  database: Database<SettlementDatabase>;
  log: Logger;
  verifyToken: TokenVerifier;
  chargebackOutbox: ChargebackOutbox;
  vatRateBp: number;
  slaPenalty: SlaPenaltyTerms;
  /** Defaults to the system clock; tests pass their own. */
  clock?: () => Date;
  readiness?: Record<string, ReadinessCheck>;
  limits?: Partial<RequestLimits>;
}

/** No side effects: tests build it with their own database, verifier and outbox. */
export function createSettlementApp({
  database,
  log,
  verifyToken,
  chargebackOutbox,
  vatRateBp,
  slaPenalty,
  clock = () => new Date(),
  readiness = {},
  limits,
}: SettlementAppDeps) {
  const background = createBackgroundWork((err) =>
    log.warn({ err }, 'background work failed; the next run retries it'),
  );
  const deps = { db: database.db, clock, chargebackOutbox, vatRateBp, slaPenalty, background };
  const router = createSettlementRouter(deps);
  const service = createService({
    name: 'settlement',
    log,
    trpc: { router, verifyToken, limits: { ...limits, importProcedures: ['payments.import'] } },
    readiness: { postgres: database.ping, ...readiness },
  });
  mountExports(service, deps, verifyToken);
  return { ...service, background };
}
