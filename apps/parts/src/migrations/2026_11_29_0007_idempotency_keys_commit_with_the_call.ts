import { sql, type Kysely } from '@sanbao/db';

/**
 * A key is now claimed, answered and committed in the mutation's own transaction, so a row is never
 * seen half-done: the pending state and its completion time go. Keys are now scoped by tenant and
 * user; the old ones (scoped by user alone) are dropped rather than left to match nothing.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`delete from idempotency_keys`.execute(db);
  await db.schema.alterTable('idempotency_keys').dropColumn('status').dropColumn('completed_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('idempotency_keys')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('done').check(sql`status in ('pending', 'done')`))
    .addColumn('completed_at', 'timestamptz')
    .execute();
}
