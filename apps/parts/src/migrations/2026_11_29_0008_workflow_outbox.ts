import type { Kysely } from '@sanbao/db';
import { createWorkflowOutbox, dropWorkflowOutbox } from '@sanbao/temporal';

/** The approval workflows are started and signalled through an outbox written with the change itself. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createWorkflowOutbox(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await dropWorkflowOutbox(db);
}
