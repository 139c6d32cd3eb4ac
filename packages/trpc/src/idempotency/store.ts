import type { Generated, Kysely, Transaction } from '@sanbao/db';

/** One row per answered mutation; each service's own migration creates the table. */
export interface IdempotencyTable {
  /** Tenant, user and procedure (see `scopeOf`): a key is private to them. */
  scope: string;
  key: string;
  requestHash: string;
  /** Null only inside the transaction that claimed the key; a committed row always holds its response. */
  response: unknown;
  createdAt: Generated<Date>;
}

export type Claim = { kind: 'new' } | { kind: 'replay'; response: unknown } | { kind: 'mismatch' };

type KeysDb = Kysely<{ idempotencyKeys: IdempotencyTable }>;
// Kysely's database type is invariant; the store only touches its own table.
const keysOf = <DB>(trx: Transaction<DB>) => trx as unknown as KeysDb;

/**
 * Claims the key inside the mutation's transaction. A concurrent transaction holding the same key
 * makes the INSERT wait: once it commits, this one sees its stored response (a replay); if it rolls
 * back, this one proceeds as the first.
 */
export async function claimKey<DB>(
  trx: Transaction<DB>,
  scope: string,
  key: string,
  requestHash: string,
): Promise<Claim> {
  const db = keysOf(trx);
  const inserted = await db
    .insertInto('idempotencyKeys')
    .values({ scope, key, requestHash, response: null })
    .onConflict((oc) => oc.columns(['scope', 'key']).doNothing())
    .returning('key')
    .executeTakeFirst();
  if (inserted) return { kind: 'new' };
  const stored = await db
    .selectFrom('idempotencyKeys')
    .select(['requestHash', 'response'])
    .where('scope', '=', scope)
    .where('key', '=', key)
    .executeTakeFirstOrThrow();
  return stored.requestHash === requestHash ? { kind: 'replay', response: stored.response } : { kind: 'mismatch' };
}

/** Keeps the response with the claim; it commits (or rolls back) with the mutation's own writes. */
export async function storeResponse<DB>(
  trx: Transaction<DB>,
  scope: string,
  key: string,
  response: unknown,
): Promise<void> {
  await keysOf(trx)
    .updateTable('idempotencyKeys')
    .set({ response: JSON.stringify(response ?? null) })
    .where('scope', '=', scope)
    .where('key', '=', key)
    .execute();
}
