import { sql, type Kysely } from '@sanbao/db';

/**
 * Creates the `idempotency_keys` table the store (`store.ts`) reads and writes. Each service calls it
 * from its own first migration, so the table is part of that service's history; the shape is written
 * once, here, beside the code that uses it.
 */
export async function createIdempotencyKeysTable(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('idempotency_keys')
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('request_hash', 'text', (c) => c.notNull())
    .addColumn('response', 'jsonb')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('idempotency_keys_pk', ['scope', 'key'])
    .execute();
}

export async function dropIdempotencyKeysTable(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('idempotency_keys').execute();
}
