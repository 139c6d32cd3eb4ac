import { sql, type Generated, type Kysely } from '@sanbao/db';

export interface IdempotencyTable {
  scope: string;
  key: string;
  requestHash: string;
  status: 'pending' | 'done';
  response: unknown;
  createdAt: Generated<Date>;
  completedAt: Date | null;
}

export type Claim =
  | { kind: 'new' }
  | { kind: 'replay'; response: unknown }
  | { kind: 'in-progress' }
  | { kind: 'mismatch' };

/** Keeps key + request hash + response per service, in the service's own schema. */
export interface IdempotencyStore {
  claim(scope: string, key: string, requestHash: string): Promise<Claim>;
  complete(scope: string, key: string, response: unknown): Promise<void>;
  release(scope: string, key: string): Promise<void>;
}

/**
 * A call whose process died after claiming its key leaves it `pending`. Past this age the claim is
 * taken over, so the caller's retry runs instead of being refused for ever. (The response is stored
 * after the call's own transaction commits, so a crash in between can, at worst, run a call twice.)
 */
export const abandonedAfterSeconds = 300;

export function createIdempotencyStore<DB extends { idempotencyKeys: IdempotencyTable }>(
  serviceDb: Kysely<DB>,
  { abandonedAfter = abandonedAfterSeconds }: { abandonedAfter?: number } = {},
): IdempotencyStore {
  // Kysely's database type is invariant; this store only touches its own table.
  const db = serviceDb as unknown as Kysely<{ idempotencyKeys: IdempotencyTable }>;
  return {
    async claim(scope, key, requestHash) {
      const inserted = await db
        .insertInto('idempotencyKeys')
        .values({ scope, key, requestHash, status: 'pending', response: null })
        .onConflict((oc) => oc.columns(['scope', 'key']).doNothing())
        .returning('key')
        .executeTakeFirst();
      if (inserted) return { kind: 'new' };
      const existing = await db
        .selectFrom('idempotencyKeys')
        .select(['requestHash', 'status', 'response'])
        .where('scope', '=', scope)
        .where('key', '=', key)
        .executeTakeFirst();
      if (!existing) return this.claim(scope, key, requestHash); // released between our two statements
      if (existing.requestHash !== requestHash) return { kind: 'mismatch' };
      if (existing.status === 'pending') {
        const takenOver = await db
          .updateTable('idempotencyKeys')
          .set({ createdAt: sql<Date>`now()` })
          .where('scope', '=', scope)
          .where('key', '=', key)
          .where('status', '=', 'pending')
          .where('createdAt', '<', sql<Date>`now() - make_interval(secs => ${abandonedAfter})`)
          .returning('key')
          .executeTakeFirst();
        return takenOver ? { kind: 'new' } : { kind: 'in-progress' };
      }
      return { kind: 'replay', response: existing.response };
    },
    async complete(scope, key, response) {
      await db
        .updateTable('idempotencyKeys')
        .set({ status: 'done', response: JSON.stringify(response ?? null), completedAt: sql<Date>`now()` })
        .where('scope', '=', scope)
        .where('key', '=', key)
        .execute();
    },
    async release(scope, key) {
      await db.deleteFrom('idempotencyKeys').where('scope', '=', scope).where('key', '=', key).where('status', '=', 'pending').execute();
    },
  };
}

/** Every service includes this in its migrations index. */
export const idempotencyMigration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('idempotency_keys')
      .addColumn('scope', 'text', (c) => c.notNull())
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('request_hash', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('pending', 'done')`))
      .addColumn('response', 'jsonb')
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('completed_at', 'timestamptz')
      .addPrimaryKeyConstraint('idempotency_keys_pk', ['scope', 'key'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('idempotency_keys').execute();
  },
};
