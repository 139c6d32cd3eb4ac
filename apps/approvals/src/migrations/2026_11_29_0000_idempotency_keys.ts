import type { Kysely } from '@sanbao/db';
import { createIdempotencyKeysTable, dropIdempotencyKeysTable } from '@sanbao/trpc/idempotency';

/** The service's own idempotency keys: a mutation claims its key and stores its answer in its own transaction. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createIdempotencyKeysTable(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await dropIdempotencyKeysTable(db);
}
