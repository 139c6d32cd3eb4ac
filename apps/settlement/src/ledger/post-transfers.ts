import type { Kysely } from '@sanbao/db';
import type { SettlementDatabase } from '../schema.ts';
import { LedgerRefusal } from './ledger-errors.ts';
import {
  breaksLimit,
  continueBalance,
  effectOf,
  emptyBalance,
  legsProblem,
  swapSide,
  bodyHashOf,
  type Leg,
  type RunningBalance,
} from './ledger-rules.ts';
import {
  entriesOfTransfers,
  followUpsOf,
  headsOf,
  insertEntries,
  insertTransfers,
  lockAccountsInOrder,
  lockIdempotencyKeys,
  transfersByIds,
  transfersByKeys,
  type LedgerEntryTable,
  type StoredEntry,
  type StoredTransfer,
} from './ledger.repository.ts';

type Db = Kysely<SettlementDatabase>;

interface Described {
  idempotencyKey: string;
  /** What the money is for, e.g. 'line:123' or 'statement:ST-202611-000001'; searchable. */
  reference?: string | undefined;
  description?: string | undefined;
}

export interface NewMoneyRequest extends Described {
  kind: 'posted' | 'pending';
  /** Defaults to CNY; every leg's account must keep this currency. */
  currency?: string | undefined;
  legs: Leg[];
}
export interface ResolutionRequest extends Described {
  kind: 'post_pending' | 'void_pending';
  pendingTransferId: number;
}
export interface ReversalRequest extends Described {
  kind: 'reversal';
  reversesTransferId: number;
}

/** A request to the ledger. Legs are given for new money; resolutions and reversals take the legs of the transfer they name. */
export type TransferRequest = NewMoneyRequest | ResolutionRequest | ReversalRequest;

const isNewMoney = (r: TransferRequest): r is NewMoneyRequest => r.kind === 'posted' || r.kind === 'pending';
const isResolution = (r: TransferRequest): r is ResolutionRequest =>
  r.kind === 'post_pending' || r.kind === 'void_pending';

export interface PostedTransfer extends StoredTransfer {
  entries: StoredEntry[];
  /** True when the idempotency key had already posted this very request: nothing new was written. */
  replayed: boolean;
}

const bodyOf = (r: TransferRequest) => {
  const { idempotencyKey: _key, ...body } = r;
  return isNewMoney(r) ? { ...body, currency: r.currency ?? 'CNY' } : body;
};

/**
 * The one way money moves. Posts a batch of transfers atomically — all of them or none — in the given
 * db, reusing an open transaction when given one (the caller then owns commit and rollback), else in a
 * transaction of its own. A refused batch writes nothing; the refusal is a LedgerRefusal naming why.
 *
 * Order of locks, the same for every caller: the batch's idempotency keys (sorted), then its accounts
 * (sorted ids, SELECT … FOR UPDATE). Everything is checked and planned in memory under those locks, then
 * written. Needs READ COMMITTED (Postgres' default), so reads after a lock see what its holder committed.
 *
 * Each request's key is idempotent on its own: a key already used with the same body replays the stored
 * transfer (`replayed: true`), with another body it is a CONFLICT.
 */
export async function postTransfers(db: Db, requests: readonly TransferRequest[]): Promise<PostedTransfer[]> {
  if (requests.length === 0) return [];
  if (db.isTransaction) return postInTransaction(db, requests);
  return db.transaction().execute((trx) => postInTransaction(trx, requests));
}

export async function postTransfer(db: Db, request: TransferRequest): Promise<PostedTransfer> {
  const [posted] = await postTransfers(db, [request]);
  return posted!;
}

async function postInTransaction(db: Db, requests: readonly TransferRequest[]): Promise<PostedTransfer[]> {
  const keys = requests.map((r) => r.idempotencyKey);
  keys.forEach((key, i) => {
    if (typeof key !== 'string' || key.length === 0)
      throw new LedgerRefusal('invalid_legs', 'an idempotency key is required', `transfers.${i}.idempotencyKey`);
    if (keys.indexOf(key) !== i)
      throw new LedgerRefusal(
        'duplicate_key_in_batch',
        `idempotency key ${key} appears twice in one batch`,
        `transfers.${i}.idempotencyKey`,
      );
  });
  const hashes = requests.map((r) => bodyHashOf(bodyOf(r)));

  await lockIdempotencyKeys(db, keys);
  const existing = new Map((await transfersByKeys(db, keys)).map((t) => [t.idempotencyKey, t]));
  requests.forEach((r, i) => {
    const stored = existing.get(r.idempotencyKey);
    if (stored && stored.bodyHash !== hashes[i]) {
      throw new LedgerRefusal(
        'idempotency_conflict',
        `idempotency key ${r.idempotencyKey} was used for another transfer (#${stored.id})`,
        `transfers.${i}.idempotencyKey`,
      );
    }
  });
  const fresh = requests.map((r, i) => ({ r, i, hash: hashes[i]! })).filter(({ r }) => !existing.has(r.idempotencyKey));

  // Resolutions and reversals take their legs from the transfer they name.
  const targetIds = fresh.flatMap(({ r }) =>
    isResolution(r) ? [r.pendingTransferId] : r.kind === 'reversal' ? [r.reversesTransferId] : [],
  );
  const targets = new Map((await transfersByIds(db, targetIds)).map((t) => [t.id, t]));
  const targetEntries = Map.groupBy(await entriesOfTransfers(db, [...targets.keys()]), (e) => e.transferId);

  const plans = fresh.map(({ r, i, hash }) => {
    const field = `transfers.${i}`;
    if (isNewMoney(r)) {
      const problem = legsProblem(r.legs);
      if (problem) throw new LedgerRefusal('invalid_legs', problem, `${field}.legs`);
      const legs = r.legs.map((l) => ({
        accountId: l.accountId,
        side: l.side,
        effect: effectOf[r.kind],
        amount: l.amount,
      }));
      return { r, i, hash, field, currency: r.currency ?? 'CNY', legs, targetId: null, targetField: null };
    }
    const targetId = r.kind === 'reversal' ? r.reversesTransferId : r.pendingTransferId;
    const target = targets.get(targetId);
    const targetField = r.kind === 'reversal' ? `${field}.reversesTransferId` : `${field}.pendingTransferId`;
    if (r.kind === 'reversal') {
      if (!target) throw new LedgerRefusal('reversal_not_found', `transfer ${targetId} not found`, targetField);
      if (target.kind === 'pending' || target.kind === 'void_pending') {
        throw new LedgerRefusal(
          'not_reversible',
          `transfer ${targetId} moved no posted money (${target.kind}); void a pending transfer instead`,
          targetField,
        );
      }
    } else {
      if (!target) throw new LedgerRefusal('pending_not_found', `pending transfer ${targetId} not found`, targetField);
      if (target.kind !== 'pending')
        throw new LedgerRefusal('not_pending', `transfer ${targetId} is not pending (${target.kind})`, targetField);
    }
    const legs = (targetEntries.get(targetId) ?? []).map((e) => ({
      accountId: e.accountId,
      side: r.kind === 'reversal' ? swapSide(e.side) : e.side,
      effect: effectOf[r.kind],
      amount: e.amount,
    }));
    return { r, i, hash, field, currency: target.currency, legs, targetId, targetField };
  });

  const accountIds = [...new Set(plans.flatMap((p) => p.legs.map((l) => l.accountId)))];
  const accounts = new Map((await lockAccountsInOrder(db, accountIds)).map((a) => [a.id, a]));
  for (const p of plans) {
    for (const [j, leg] of p.legs.entries()) {
      const account = accounts.get(leg.accountId);
      if (!account)
        throw new LedgerRefusal(
          'unknown_account',
          `account ${leg.accountId} not found`,
          `${p.field}.legs.${j}.accountId`,
        );
      if (account.currency !== p.currency) {
        throw new LedgerRefusal(
          'currency_mismatch',
          `account ${leg.accountId} keeps ${account.currency}, the transfer is in ${p.currency}`,
          `${p.field}.legs.${j}.accountId`,
        );
      }
    }
  }

  // Under the account locks no other posting can resolve or reverse these targets concurrently.
  const resolved = new Set(
    (
      await followUpsOf(
        db,
        plans.flatMap((p) => (p.targetId === null ? [] : [p.targetId])),
      )
    ).map((t) => t.pendingTransferId ?? t.reversesTransferId),
  );
  for (const p of plans) {
    if (p.targetId === null) continue;
    if (resolved.has(p.targetId)) {
      throw p.r.kind === 'reversal'
        ? new LedgerRefusal(
            'already_reversed',
            `transfer ${p.targetId} was already reversed`,
            p.targetField ?? undefined,
          )
        : new LedgerRefusal(
            'pending_resolved',
            `pending transfer ${p.targetId} was already posted or voided`,
            p.targetField ?? undefined,
          );
    }
    resolved.add(p.targetId);
  }

  const heads = await headsOf(db, accountIds);
  const entryRows: { key: string; row: Omit<LedgerEntryTable, 'id' | 'createdAt' | 'transferId'> }[] = [];
  for (const p of plans) {
    for (const leg of p.legs) {
      const next = continueBalance(heads.get(leg.accountId) ?? emptyBalance, leg.side, leg.effect, leg.amount);
      heads.set(leg.accountId, next);
      entryRows.push({
        key: p.r.idempotencyKey,
        row: { accountId: leg.accountId, side: leg.side, effect: leg.effect, amount: leg.amount, ...next },
      });
    }
    for (const accountId of new Set(p.legs.map((l) => l.accountId))) {
      const account = accounts.get(accountId)!;
      if (breaksLimit(account.balanceLimit, heads.get(accountId)!)) {
        throw new LedgerRefusal(
          'limit_exceeded',
          `account ${accountId} (${account.code}${account.providerId ? ` of ${account.providerId}` : ''}): ${describeLimit(account.balanceLimit!, heads.get(accountId)!)}`,
          `${p.field}.legs`,
        );
      }
    }
  }

  const inserted = await insertTransfers(
    db,
    plans.map((p) => ({
      idempotencyKey: p.r.idempotencyKey,
      bodyHash: p.hash,
      kind: p.r.kind,
      currency: p.currency,
      pendingTransferId: isResolution(p.r) ? p.r.pendingTransferId : null,
      reversesTransferId: p.r.kind === 'reversal' ? p.r.reversesTransferId : null,
      reference: p.r.reference ?? null,
      description: p.r.description ?? null,
    })),
  );
  const idOfKey = new Map(inserted.map((t) => [t.idempotencyKey, t.id]));
  const entries = Map.groupBy(
    await insertEntries(
      db,
      entryRows.map(({ key, row }) => ({ ...row, transferId: idOfKey.get(key)! })),
    ),
    (e) => e.transferId,
  );
  const replayedEntries = Map.groupBy(
    await entriesOfTransfers(
      db,
      [...existing.values()].map((t) => t.id),
    ),
    (e) => e.transferId,
  );

  const insertedByKey = new Map(inserted.map((t) => [t.idempotencyKey, t]));
  return requests.map((r) => {
    const stored = existing.get(r.idempotencyKey);
    if (stored) return { ...stored, entries: replayedEntries.get(stored.id) ?? [], replayed: true };
    const made = insertedByKey.get(r.idempotencyKey)!;
    return { ...made, entries: entries.get(made.id) ?? [], replayed: false };
  });
}

function describeLimit(
  limit: 'debits_must_not_exceed_credits' | 'credits_must_not_exceed_debits',
  b: RunningBalance,
): string {
  return limit === 'debits_must_not_exceed_credits'
    ? `debits ${b.debitsPosted + b.debitsPending} fen (posted and pending) would exceed credits ${b.creditsPosted} fen`
    : `credits ${b.creditsPosted + b.creditsPending} fen (posted and pending) would exceed debits ${b.debitsPosted} fen`;
}
