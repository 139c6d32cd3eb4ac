import { createAuditTrail, dropAuditTrail, type Kysely } from '@sanbao/db';
import { createIdempotencyKeysTable, dropIdempotencyKeysTable } from '@sanbao/trpc/idempotency';

/**
 * The service's own idempotency keys (claimed, answered and committed in the mutation's transaction;
 * scoped by tenant, user and procedure), and its audit trail of state changes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createIdempotencyKeysTable(db);
  await createAuditTrail(db, ['statement', 'settlement_line']);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await dropAuditTrail(db);
  await dropIdempotencyKeysTable(db);
}
