import type { Kysely } from '@sanbao/db';
import type { WorkflowDesk } from './inbox/workflow-desk.ts';
import type { ApprovalsDatabase } from './schema.ts';

/** What every feature of the service is built from; tests pass their own. */
export interface ApprovalsDeps {
  /** The pool; a mutation's resolver passes its transaction instead (`{ ...deps, db: ctx.db }`). */
  db: Kysely<ApprovalsDatabase>;
  /** The waiting workflows: decisions go to them as Updates, timelines come from their status query. */
  workflows: WorkflowDesk;
  /** Now, for `overdue`; injected so tests can move time. */
  clock: () => Date;
}
