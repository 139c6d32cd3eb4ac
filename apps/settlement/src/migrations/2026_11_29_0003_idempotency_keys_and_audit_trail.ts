import { createAuditTrail, dropAuditTrail, sql, type Kysely } from '@sanbao/db';

/**
 * The service's own idempotency keys, in their final shape (claimed, answered and committed in the
 * mutation's transaction; scoped by tenant, user and procedure), and its audit trail of state changes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('idempotency_keys')
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('request_hash', 'text', (c) => c.notNull())
    .addColumn('response', 'jsonb')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('idempotency_keys_pk', ['scope', 'key'])
    .execute();
  await createAuditTrail(db, ['statement', 'settlement_line']);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await dropAuditTrail(db);
  await db.schema.dropTable('idempotency_keys').execute();
}
