import type { Kysely } from '@sanbao/db';
import { createWorkflowOutbox, dropWorkflowOutbox } from '@sanbao/temporal';

/** Quota overruns start their approval workflow through an outbox written with the held line itself. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createWorkflowOutbox(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await dropWorkflowOutbox(db);
}
