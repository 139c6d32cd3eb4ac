import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from '@sanbao/db';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SettlementDatabase } from '../schema.ts';
import { freshSettlementDatabase } from '../../test/settlement-database.ts';
import { balancesOf, openAccount } from './accounts.ts';
import { LedgerRefusal } from './ledger-errors.ts';
import { transfersByReference, type LedgerAccount } from './ledger.repository.ts';
import { postTransfer, postTransfers, type NewMoneyRequest, type TransferRequest } from './post-transfers.ts';
import { ledgerInvariantBreaches, ledgerRowCounts, noBreaches } from './test-support/ledger-checks.ts';

let db: Kysely<SettlementDatabase>;
const key = (label = 'k') => `${label}-${randomUUID()}`;

beforeAll(() => freshSettlementDatabase((fresh) => (db = fresh)));

/** A provider's payable and chargeback receivable, with the shared expense, cash and VAT accounts. */
async function booksFor(providerId: string) {
  return {
    payable: await openAccount(db, { code: 'provider_payable', providerId }),
    receivable: await openAccount(db, { code: 'chargeback_receivable', providerId }),
    expense: await openAccount(db, { code: 'warranty_expense' }),
    cash: await openAccount(db, { code: 'cash' }),
    vatInput: await openAccount(db, { code: 'vat_input' }),
  };
}

const accrue = (
  books: Awaited<ReturnType<typeof booksFor>>,
  amount: number,
  idempotencyKey = key('accrue'),
): NewMoneyRequest => ({
  kind: 'posted',
  idempotencyKey,
  reference: 'line:test',
  legs: [
    { accountId: books.expense.id, side: 'debit', amount },
    { accountId: books.payable.id, side: 'credit', amount },
  ],
});

const netOf = async (accounts: LedgerAccount[]) =>
  (
    await balancesOf(
      db,
      accounts.map((a) => a.id),
    )
  ).map((b) => [b.account.id, b.debitsPosted - b.creditsPosted, b.debitsPending - b.creditsPending]);

const refusalOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LedgerRefusal);
  return error as LedgerRefusal;
};

describe('accounts', () => {
  it('opening an account twice returns the same account; per-provider codes need a provider and others refuse one', async () => {
    const a = await openAccount(db, { code: 'provider_payable', providerId: 'SP-OPEN' });
    expect(await openAccount(db, { code: 'provider_payable', providerId: 'SP-OPEN' })).toEqual(a);
    expect(a).toMatchObject({ currency: 'CNY', balanceLimit: 'debits_must_not_exceed_credits' });
    expect((await openAccount(db, { code: 'cash' })).id).toBe((await openAccount(db, { code: 'cash' })).id);
    await expect(openAccount(db, { code: 'provider_payable' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      field: 'providerId',
    });
    await expect(openAccount(db, { code: 'cash', providerId: 'SP-OPEN' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      field: 'providerId',
    });
  });
});

describe('posting', () => {
  it('a warranty line accrues a payable, VAT and expense; the balances read on their normal sides', async () => {
    const books = await booksFor('SP-POST');
    const posted = await postTransfer(db, {
      kind: 'posted',
      idempotencyKey: key(),
      legs: [
        { accountId: books.expense.id, side: 'debit', amount: 10_000 },
        { accountId: books.vatInput.id, side: 'debit', amount: 600 },
        { accountId: books.payable.id, side: 'credit', amount: 10_600 },
      ],
    });
    expect(posted).toMatchObject({ kind: 'posted', currency: 'CNY', replayed: false });
    expect(posted.entries.map((e) => [e.accountId, e.side, e.amount, e.sequence])).toEqual([
      [books.expense.id, 'debit', 10_000, expect.any(Number)],
      [books.vatInput.id, 'debit', 600, expect.any(Number)],
      [books.payable.id, 'credit', 10_600, 1],
    ]);
    const [payable] = await balancesOf(db, [books.payable.id]);
    expect(payable).toMatchObject({ posted: 10_600, creditsPosted: 10_600, debitsPosted: 0, sequence: 1 });
  });

  it.each([
    ['no credit', [{ side: 'debit', amount: 5 }], 'invalid_legs'],
    [
      'unbalanced by a fen',
      [
        { side: 'debit', amount: 5 },
        { side: 'credit', amount: 4 },
      ],
      'invalid_legs',
    ],
    [
      'a zero amount',
      [
        { side: 'debit', amount: 0 },
        { side: 'credit', amount: 0 },
      ],
      'invalid_legs',
    ],
    [
      'a negative amount',
      [
        { side: 'debit', amount: -5 },
        { side: 'credit', amount: -5 },
      ],
      'invalid_legs',
    ],
    [
      'a fractional fen',
      [
        { side: 'debit', amount: 1.5 },
        { side: 'credit', amount: 1.5 },
      ],
      'invalid_legs',
    ],
  ] as const)('refuses %s and writes nothing', async (_label, legs, reason) => {
    const books = await booksFor('SP-BAD');
    const before = await ledgerRowCounts(db);
    const refusal = await refusalOf(
      postTransfer(db, {
        kind: 'posted',
        idempotencyKey: key(),
        legs: legs.map((l, i) => ({ ...l, accountId: i === 0 ? books.expense.id : books.payable.id })),
      }),
    );
    expect(refusal).toMatchObject({ reason, code: 'BAD_REQUEST', field: 'transfers.0.legs' });
    expect(await ledgerRowCounts(db)).toEqual(before);
  });

  it('refuses an unknown account (NOT_FOUND) and an account of another currency, naming the leg', async () => {
    const books = await booksFor('SP-CUR');
    const usd = await openAccount(db, { code: 'cash', currency: 'USD' });
    const unknown = await refusalOf(
      postTransfer(db, {
        ...accrue(books, 5),
        legs: [
          { accountId: books.expense.id, side: 'debit', amount: 5 },
          { accountId: 8_888_888_888, side: 'credit', amount: 5 },
        ],
      }),
    );
    expect(unknown).toMatchObject({
      reason: 'unknown_account',
      code: 'NOT_FOUND',
      field: 'transfers.0.legs.1.accountId',
    });
    const other = await refusalOf(
      postTransfer(db, {
        ...accrue(books, 5),
        legs: [
          { accountId: books.expense.id, side: 'debit', amount: 5 },
          { accountId: usd.id, side: 'credit', amount: 5 },
        ],
      }),
    );
    expect(other).toMatchObject({ reason: 'currency_mismatch', code: 'BAD_REQUEST' });
  });

  it('never pays a provider more than it is owed: the payable cannot turn debit, and a refused batch leaves the rest of the batch unwritten', async () => {
    const books = await booksFor('SP-LIMIT');
    await postTransfer(db, accrue(books, 1_000));
    const pay = (amount: number): TransferRequest => ({
      kind: 'posted',
      idempotencyKey: key('pay'),
      legs: [
        { accountId: books.payable.id, side: 'debit', amount },
        { accountId: books.cash.id, side: 'credit', amount },
      ],
    });
    const before = await ledgerRowCounts(db);
    const refusal = await refusalOf(postTransfers(db, [accrue(books, 10), pay(1_011)]));
    expect(refusal).toMatchObject({ reason: 'limit_exceeded', code: 'PRECONDITION_FAILED', field: 'transfers.1.legs' });
    expect(await ledgerRowCounts(db)).toEqual(before);
    await postTransfers(db, [accrue(books, 10), pay(1_010)]);
    expect((await balancesOf(db, [books.payable.id]))[0]).toMatchObject({ posted: 0 });
  });

  it('files transfers under their reference; an empty batch posts nothing', async () => {
    const books = await booksFor('SP-REF');
    const reference = `line:${randomUUID()}`;
    const accrual = await postTransfer(db, { ...accrue(books, 42), reference });
    const reversal = await postTransfer(db, {
      kind: 'reversal',
      idempotencyKey: key(),
      reversesTransferId: accrual.id,
      reference,
    });
    expect((await transfersByReference(db, reference)).map((t) => [t.id, t.kind])).toEqual([
      [accrual.id, 'posted'],
      [reversal.id, 'reversal'],
    ]);
    expect(await postTransfers(db, [])).toEqual([]);
  });

  it('reuses the caller’s open transaction: a rollback there takes the posting with it', async () => {
    const books = await booksFor('SP-TRX');
    const before = await ledgerRowCounts(db);
    await expect(
      db.transaction().execute(async (trx) => {
        await postTransfer(trx, accrue(books, 77));
        expect((await balancesOf(trx, [books.payable.id]))[0]).toMatchObject({ posted: 77 });
        throw new Error('the caller changes its mind');
      }),
    ).rejects.toThrow('the caller changes its mind');
    expect(await ledgerRowCounts(db)).toEqual(before);
  });
});

describe('idempotency', () => {
  it('the same key and body replays the stored transfer; the same key with another body is a CONFLICT', async () => {
    const books = await booksFor('SP-IDEM');
    const request = accrue(books, 500);
    const first = await postTransfer(db, request);
    const again = await postTransfer(db, { ...request, legs: [...request.legs] });
    expect(again).toEqual({ ...first, replayed: true });
    const refusal = await refusalOf(postTransfer(db, accrue(books, 501, request.idempotencyKey)));
    expect(refusal).toMatchObject({
      reason: 'idempotency_conflict',
      code: 'CONFLICT',
      field: 'transfers.0.idempotencyKey',
    });
    expect((await balancesOf(db, [books.payable.id]))[0]).toMatchObject({ posted: 500 });
  });

  it('20 concurrent submissions of one key make one transfer', async () => {
    const books = await booksFor('SP-RACE');
    const request = accrue(books, 1_234);
    const results = await Promise.all(Array.from({ length: 20 }, () => postTransfer(db, request)));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    const { rows } = await sql<{
      n: number;
    }>`select count(*) as n from ledger_transfers where idempotency_key = ${request.idempotencyKey}`.execute(db);
    expect(rows[0]!.n).toBe(1);
    expect((await balancesOf(db, [books.payable.id]))[0]).toMatchObject({ posted: 1_234, sequence: 1 });
  });
});

describe('reversals', () => {
  it('a transfer plus its reversal nets every account to where it was (property)', async () => {
    const books = await booksFor('SP-REV');
    const accounts = [books.expense, books.vatInput, books.payable, books.receivable, books.cash];
    await postTransfer(db, accrue(books, 10_000_000));
    await postTransfer(db, {
      kind: 'posted',
      idempotencyKey: key(),
      legs: [
        { accountId: books.receivable.id, side: 'debit', amount: 10_000_000 },
        { accountId: books.expense.id, side: 'credit', amount: 10_000_000 },
      ],
    });
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            debit: fc.integer({ min: 0, max: 4 }),
            credit: fc.integer({ min: 0, max: 4 }),
            amount: fc.integer({ min: 1, max: 100_000 }),
          }),
          { minLength: 1, maxLength: 4 },
        ),
        async (pairs) => {
          runs++;
          const before = await netOf(accounts);
          const original = await postTransfer(db, {
            kind: 'posted',
            idempotencyKey: key(),
            legs: pairs.flatMap((p) => [
              { accountId: accounts[p.debit]!.id, side: 'debit' as const, amount: p.amount },
              { accountId: accounts[p.credit]!.id, side: 'credit' as const, amount: p.amount },
            ]),
          });
          const reversal = await postTransfer(db, {
            kind: 'reversal',
            idempotencyKey: key(),
            reversesTransferId: original.id,
            description: 'posted in error',
          });
          expect(reversal.entries.map((e) => [e.accountId, e.amount, e.side])).toEqual(
            original.entries.map((e) => [e.accountId, e.amount, e.side === 'debit' ? 'credit' : 'debit']),
          );
          expect(await netOf(accounts)).toEqual(before);
        },
      ),
      { numRuns: 40 },
    );
    expect(runs).toBe(40);
    expect(await ledgerInvariantBreaches(db)).toEqual(noBreaches);
  });

  it('a transfer is reversed once; a pending transfer is voided, not reversed', async () => {
    const books = await booksFor('SP-REV1');
    const original = await postTransfer(db, accrue(books, 300));
    await postTransfer(db, { kind: 'reversal', idempotencyKey: key(), reversesTransferId: original.id });
    expect(
      await refusalOf(postTransfer(db, { kind: 'reversal', idempotencyKey: key(), reversesTransferId: original.id })),
    ).toMatchObject({ reason: 'already_reversed', code: 'CONFLICT' });
    const hold = await postTransfer(db, { ...accrue(books, 300), kind: 'pending' });
    expect(
      await refusalOf(postTransfer(db, { kind: 'reversal', idempotencyKey: key(), reversesTransferId: hold.id })),
    ).toMatchObject({ reason: 'not_reversible', field: 'transfers.0.reversesTransferId' });
  });
});

describe('two-phase holds', () => {
  it('a pending transfer reserves without posting; posting it moves the reservation to posted; voiding it releases it', async () => {
    const books = await booksFor('SP-HOLD');
    const held = await postTransfer(db, { ...accrue(books, 900), kind: 'pending', reference: 'line:disputed' });
    expect((await balancesOf(db, [books.payable.id]))[0]).toMatchObject({
      creditsPending: 900,
      creditsPosted: 0,
      posted: 0,
    });
    const posted = await postTransfer(db, { kind: 'post_pending', idempotencyKey: key(), pendingTransferId: held.id });
    expect(posted.entries.map((e) => e.effect)).toEqual(['post_pending', 'post_pending']);
    expect((await balancesOf(db, [books.payable.id]))[0]).toMatchObject({
      creditsPending: 0,
      creditsPosted: 900,
      posted: 900,
    });

    const second = await postTransfer(db, { ...accrue(books, 400), kind: 'pending' });
    await postTransfer(db, { kind: 'void_pending', idempotencyKey: key(), pendingTransferId: second.id });
    expect((await balancesOf(db, [books.payable.id]))[0]).toMatchObject({ creditsPending: 0, creditsPosted: 900 });
  });

  it('resolves once: a second post or void is refused, and neither touches the balances', async () => {
    const books = await booksFor('SP-ONCE');
    for (const [first, then] of [
      ['post_pending', 'void_pending'],
      ['void_pending', 'post_pending'],
      ['post_pending', 'post_pending'],
      ['void_pending', 'void_pending'],
    ] as const) {
      const held = await postTransfer(db, { ...accrue(books, 250), kind: 'pending' });
      await postTransfer(db, { kind: first, idempotencyKey: key(), pendingTransferId: held.id });
      const before = await ledgerRowCounts(db);
      expect(
        await refusalOf(postTransfer(db, { kind: then, idempotencyKey: key(), pendingTransferId: held.id })),
      ).toMatchObject({ reason: 'pending_resolved', code: 'CONFLICT' });
      expect(await ledgerRowCounts(db)).toEqual(before);
    }
    const done = await postTransfer(db, accrue(books, 1));
    expect(
      await refusalOf(postTransfer(db, { kind: 'post_pending', idempotencyKey: key(), pendingTransferId: done.id })),
    ).toMatchObject({ reason: 'not_pending' });
  });

  it('ten concurrent posts and voids of one pending transfer: exactly one wins', async () => {
    const books = await booksFor('SP-RESOLVE-RACE');
    const held = await postTransfer(db, { ...accrue(books, 700), kind: 'pending' });
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) =>
        postTransfer(db, {
          kind: i % 2 ? 'post_pending' : 'void_pending',
          idempotencyKey: key(),
          pendingTransferId: held.id,
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results)
      if (r.status === 'rejected') expect(r.reason).toMatchObject({ reason: 'pending_resolved' });
    const [payable] = await balancesOf(db, [books.payable.id]);
    expect(payable!.creditsPending).toBe(0);
    expect([0, 700]).toContain(payable!.creditsPosted);
  });
});

describe('concurrency', () => {
  it('no deadlock: 60 concurrent transfers over overlapping accounts, legs listed in every order, all post and the ledger adds up', async () => {
    const providers = await Promise.all(
      ['SP-DL-1', 'SP-DL-2', 'SP-DL-3'].map((p) => openAccount(db, { code: 'provider_payable', providerId: p })),
    );
    const expense = await openAccount(db, { code: 'warranty_expense' });
    const vat = await openAccount(db, { code: 'vat_input' });
    const ring = [expense, vat, ...providers];
    await postTransfers(
      db,
      providers.map((p) => ({
        kind: 'posted' as const,
        idempotencyKey: key(),
        legs: [
          { accountId: expense.id, side: 'debit' as const, amount: 1_000_000 },
          { accountId: p.id, side: 'credit' as const, amount: 1_000_000 },
        ],
      })),
    );
    const before = await balancesOf(
      db,
      ring.map((a) => a.id),
    );
    const requests: TransferRequest[] = Array.from({ length: 60 }, (_, i) => {
      const a = ring[i % ring.length]!;
      const b = ring[(i + 1 + (i % 3)) % ring.length]!;
      const c = ring[(i + 2) % ring.length]!;
      const legs = [
        { accountId: a.id, side: 'debit' as const, amount: 10 },
        { accountId: b.id, side: 'credit' as const, amount: 6 },
        { accountId: c.id, side: 'credit' as const, amount: 4 },
      ];
      return { kind: 'posted', idempotencyKey: key('dl'), legs: i % 2 ? legs.reverse() : legs };
    });
    const results = await Promise.allSettled(requests.map((r) => postTransfer(db, r)));
    const failures = results
      .filter((r): r is PromiseRejectedResult => r.status === 'rejected')
      .map((r) => String(r.reason));
    expect(failures).toEqual([]);
    const after = await balancesOf(
      db,
      ring.map((a) => a.id),
    );
    const moved = after.reduce((s, b, i) => s + (b.debitsPosted - before[i]!.debitsPosted), 0);
    expect(moved).toBe(600);
    expect(await ledgerInvariantBreaches(db)).toEqual(noBreaches);
  });
});

describe('the database guards the ledger behind the posting function', () => {
  it('posted rows cannot be changed or deleted', async () => {
    const books = await booksFor('SP-IMMUTABLE');
    const t = await postTransfer(db, accrue(books, 50));
    await expect(sql`update ledger_entries set amount = 51 where transfer_id = ${t.id}`.execute(db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`delete from ledger_entries where transfer_id = ${t.id}`.execute(db)).rejects.toThrow(
      /append-only/,
    );
    await expect(
      sql`update ledger_transfers set description = 'edited' where id = ${t.id}`.execute(db),
    ).rejects.toThrow(/append-only/);
    await expect(sql`delete from ledger_transfers where id = ${t.id}`.execute(db)).rejects.toThrow(/append-only/);
    await expect(
      sql`update ledger_accounts set currency = 'USD' where id = ${books.payable.id}`.execute(db),
    ).rejects.toThrow(/append-only/);
  });

  it('an entry must continue its account’s sequence and running balance, and a transfer must balance when its transaction commits', async () => {
    const books = await booksFor('SP-RAW');
    const [head] = await balancesOf(db, [books.cash.id]);
    const insertRaw = (sequence: number, creditsPosted: number, amounts: [number, number]) =>
      db.transaction().execute(async (trx) => {
        const { rows } = await sql<{
          id: number;
        }>`insert into ledger_transfers (idempotency_key, body_hash, kind, currency) values (${key('raw')}, 'x', 'posted', 'CNY') returning id`.execute(
          trx,
        );
        const id = rows[0]!.id;
        const e = await balancesOf(trx, [books.expense.id]);
        await sql`insert into ledger_entries (transfer_id, account_id, sequence, side, effect, amount, debits_posted, credits_posted, debits_pending, credits_pending)
          values (${id}, ${books.expense.id}, ${e[0]!.sequence + 1}, 'debit', 'posted', ${amounts[0]}, ${e[0]!.debitsPosted + amounts[0]}, ${e[0]!.creditsPosted}, ${e[0]!.debitsPending}, ${e[0]!.creditsPending}),
                 (${id}, ${books.cash.id}, ${sequence}, 'credit', 'posted', ${amounts[1]}, ${head!.debitsPosted}, ${creditsPosted}, ${head!.debitsPending}, ${head!.creditsPending})`.execute(
          trx,
        );
      });
    await expect(insertRaw(head!.sequence + 2, head!.creditsPosted + 5, [5, 5])).rejects.toThrow(/sequence/);
    await expect(insertRaw(head!.sequence + 1, head!.creditsPosted + 6, [5, 5])).rejects.toThrow(/running balance/);
    await expect(insertRaw(head!.sequence + 1, head!.creditsPosted + 4, [5, 4])).rejects.toThrow(/does not balance/);
    await insertRaw(head!.sequence + 1, head!.creditsPosted + 5, [5, 5]);
    expect(await ledgerInvariantBreaches(db)).toEqual(noBreaches);
  });
});
