import type { Kysely, Transaction } from 'kysely';

/**
 * Runs `work` in a transaction: the caller's, when `db` already is one (a mutation runs inside the
 * transaction that also stores its idempotency record), or a new one otherwise. Kysely refuses to
 * open a transaction inside a transaction, so services write `inTransaction(db, …)` instead of
 * `db.transaction().execute(…)` and work the same whether or not a caller opened one.
 */
export function inTransaction<DB, T>(db: Kysely<DB>, work: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return work(db as Transaction<DB>);
  return db.transaction().execute(work);
}
