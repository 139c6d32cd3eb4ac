import type { Database } from '@sanbao/db';
import type { Logger } from '@sanbao/logger';
import { createService, type ReadinessCheck, type RequestLimits } from '@sanbao/service-kit';
import type { TokenVerifier } from '@sanbao/trpc/auth';
import type { WorkflowDesk } from './inbox/workflow-desk.ts';
import { createApprovalsRouter } from './router.ts';
import type { ApprovalsDatabase } from './schema.ts';

export interface ApprovalsAppDeps {
  database: Database<ApprovalsDatabase>;
  log: Logger;
  verifyToken: TokenVerifier;
  workflows: WorkflowDesk;
  /** Defaults to the system clock; tests pass their own. */
  clock?: () => Date;
  /** Extra readiness checks, e.g. Temporal. */
  readiness?: Record<string, ReadinessCheck>;
  limits?: Partial<RequestLimits>;
}

/** No side effects: tests build it with their own database, verifier and workflow desk. */
export function createApprovalsApp({
  database,
  log,
  verifyToken,
  workflows,
  clock = () => new Date(),
  readiness = {},
  limits,
}: ApprovalsAppDeps) {
  const router = createApprovalsRouter({ db: database.db, workflows, clock });
  return createService({
    name: 'approvals',
    log,
    trpc: { router, verifyToken, limits },
    readiness: { postgres: database.ping, ...readiness },
  });
}
