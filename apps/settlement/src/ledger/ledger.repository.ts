import { type Kysely, type Selectable, sql } from '@sanbao/db';
import type { LedgerEntryTable, LedgerTransferTable, SettlementDatabase } from '../schema.ts';
import type { AccountCode, BalanceLimit, EntryEffect, RunningBalance, Side } from './ledger-rules.ts';

export type { LedgerEntryTable } from '../schema.ts';

type Db = Kysely<SettlementDatabase>;

export interface LedgerAccount {
  id: number;
  code: AccountCode;
  providerId: string | null;
  currency: string;
  balanceLimit: BalanceLimit | null;
}

export interface StoredEntry extends RunningBalance {
  id: number;
  transferId: number;
  accountId: number;
  side: Side;
  effect: EntryEffect;
  amount: number;
}

export type StoredTransfer = Selectable<LedgerTransferTable>;

const accountColumns = ['id', 'code', 'providerId', 'currency', 'balanceLimit'] as const;
const transferColumns = [
  'id',
  'idempotencyKey',
  'bodyHash',
  'kind',
  'currency',
  'pendingTransferId',
  'reversesTransferId',
  'reference',
  'description',
  'createdAt',
] as const;
const entryColumns = [
  'id',
  'transferId',
  'accountId',
  'sequence',
  'side',
  'effect',
  'amount',
  'debitsPosted',
  'creditsPosted',
  'debitsPending',
  'creditsPending',
] as const;

/** Inserts the account unless one with the same code, provider and currency exists; returns it either way. */
export async function insertAccountOnce(
  db: Db,
  account: { code: AccountCode; providerId: string | null; currency: string; balanceLimit: BalanceLimit | null },
): Promise<LedgerAccount> {
  const inserted = await sql<LedgerAccount>`
    insert into ledger_accounts (code, provider_id, currency, balance_limit)
    values (${account.code}, ${account.providerId}, ${account.currency}, ${account.balanceLimit})
    on conflict (code, coalesce(provider_id, ''), currency) do nothing
    returning id, code, provider_id, currency, balance_limit`.execute(db);
  if (inserted.rows[0]) return inserted.rows[0];
  let query = db
    .selectFrom('ledgerAccounts')
    .select(accountColumns)
    .where('code', '=', account.code)
    .where('currency', '=', account.currency);
  query =
    account.providerId === null
      ? query.where('providerId', 'is', null)
      : query.where('providerId', '=', account.providerId);
  return query.executeTakeFirstOrThrow();
}

export async function findAccounts(db: Db, ids: readonly number[]): Promise<LedgerAccount[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('ledgerAccounts').select(accountColumns).where('id', 'in', ids).orderBy('id').execute();
}

/**
 * Locks the accounts in ascending id order — the one order every posting takes them in, so two
 * postings over overlapping accounts wait for each other instead of deadlocking.
 */
export async function lockAccountsInOrder(db: Db, ids: readonly number[]): Promise<LedgerAccount[]> {
  if (ids.length === 0) return [];
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  return db
    .selectFrom('ledgerAccounts')
    .select(accountColumns)
    .where('id', 'in', sorted)
    .orderBy('id')
    .forUpdate()
    .execute();
}

/**
 * Serializes postings that share an idempotency key, keys taken in sorted order before any account.
 * A transaction-scoped advisory lock: released at commit or rollback. Under READ COMMITTED the next
 * statement after the lock sees the transfer the previous holder committed.
 */
export async function lockIdempotencyKeys(db: Db, keys: readonly string[]): Promise<void> {
  const sorted = [...new Set(keys)].sort();
  for (const key of sorted) {
    await sql`select pg_advisory_xact_lock(hashtextextended(${`ledger:${key}`}, 0))`.execute(db);
  }
}

/** The latest entry of each account (its running balance); accounts without entries are absent. */
export async function headsOf(db: Db, accountIds: readonly number[]): Promise<Map<number, RunningBalance>> {
  if (accountIds.length === 0) return new Map();
  const { rows } = await sql<RunningBalance & { accountId: number }>`
    select a.id as account_id, h.sequence, h.debits_posted, h.credits_posted, h.debits_pending, h.credits_pending
    from unnest(${[...accountIds]}::bigint[]) as a(id)
    cross join lateral (
      select sequence, debits_posted, credits_posted, debits_pending, credits_pending
      from ledger_entries e where e.account_id = a.id order by e.sequence desc limit 1
    ) h`.execute(db);
  return new Map(rows.map(({ accountId, ...head }) => [accountId, head]));
}

export async function transfersByKeys(db: Db, keys: readonly string[]): Promise<StoredTransfer[]> {
  if (keys.length === 0) return [];
  return db.selectFrom('ledgerTransfers').select(transferColumns).where('idempotencyKey', 'in', keys).execute();
}

/** Transfers filed under a reference (e.g. 'line:123'), oldest first. */
export async function transfersByReference(db: Db, reference: string): Promise<StoredTransfer[]> {
  return db
    .selectFrom('ledgerTransfers')
    .select(transferColumns)
    .where('reference', '=', reference)
    .orderBy('id')
    .execute();
}

export async function transfersByIds(db: Db, ids: readonly number[]): Promise<StoredTransfer[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('ledgerTransfers').select(transferColumns).where('id', 'in', ids).execute();
}

/** Transfers that post or void one of these pending transfers, or reverse one of these transfers. */
export async function followUpsOf(db: Db, ids: readonly number[]): Promise<StoredTransfer[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('ledgerTransfers')
    .select(transferColumns)
    .where((eb) => eb.or([eb('pendingTransferId', 'in', ids), eb('reversesTransferId', 'in', ids)]))
    .execute();
}

export async function entriesOfTransfers(db: Db, transferIds: readonly number[]): Promise<StoredEntry[]> {
  if (transferIds.length === 0) return [];
  return db
    .selectFrom('ledgerEntries')
    .select(entryColumns)
    .where('transferId', 'in', transferIds)
    .orderBy('id')
    .execute();
}

export async function insertTransfers(
  db: Db,
  rows: Omit<LedgerTransferTable, 'id' | 'createdAt'>[],
): Promise<StoredTransfer[]> {
  if (rows.length === 0) return [];
  return db.insertInto('ledgerTransfers').values(rows).returning(transferColumns).execute();
}

/** Entries of one account must come in sequence order: each continues the one before it. */
export async function insertEntries(
  db: Db,
  rows: Omit<LedgerEntryTable, 'id' | 'createdAt'>[],
): Promise<StoredEntry[]> {
  if (rows.length === 0) return [];
  return db.insertInto('ledgerEntries').values(rows).returning(entryColumns).execute();
}

/** An account's entries in order, for statements of account and audits. */
export async function entriesOfAccount(
  db: Db,
  accountId: number,
  options: { afterSequence?: number; limit?: number } = {},
): Promise<StoredEntry[]> {
  return db
    .selectFrom('ledgerEntries')
    .select(entryColumns)
    .where('accountId', '=', accountId)
    .where('sequence', '>', options.afterSequence ?? 0)
    .orderBy('sequence')
    .limit(options.limit ?? 500)
    .execute();
}
