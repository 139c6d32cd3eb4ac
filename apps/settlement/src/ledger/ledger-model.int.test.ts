import { randomUUID } from 'node:crypto';
import type { Kysely } from '@sanbao/db';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SettlementDatabase } from '../schema.ts';
import { freshSettlementDatabase } from '../../test/settlement-database.ts';
import { balancesOf, openAccount } from './accounts.ts';
import { LedgerRefusal } from './ledger-errors.ts';
import { postTransfers, type TransferRequest } from './post-transfers.ts';
import { ledgerInvariantBreaches, ledgerRowCounts, noBreaches } from './test-support/ledger-checks.ts';
import { LedgerModel, type ModelLeg, type ModelRequest } from './test-support/ledger-model.ts';

let db: Kysely<SettlementDatabase>;

beforeAll(() => freshSettlementDatabase((fresh) => (db = fresh)));

/** Each run keeps its own currency, so its accounts start empty and its sums are its own. */
let runNumber = 0;
const nextCurrency = (): string => {
  let n = runNumber++;
  let code = '';
  for (let i = 0; i < 3; i++, n = Math.floor(n / 26)) code = String.fromCharCode(65 + (n % 26)) + code;
  return code === 'CNY' ? nextCurrency() : code;
};

const unknownAccountId = 9_000_000_000;
/** Account slots: payable P1, payable P2, chargeback receivable P1, warranty expense, cash, VAT input, and one that does not exist. */
const slot = fc.oneof(
  { weight: 30, arbitrary: fc.integer({ min: 0, max: 5 }) },
  { weight: 1, arbitrary: fc.constant(6) },
);
const amount = fc.oneof(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 50_000 }));
const pair = fc.record({ debit: slot, credit: slot, amount });

/** Intents, turned into requests against the ledger as it stands when the batch runs. */
type Intent =
  | { t: 'new'; kind: 'posted' | 'pending'; pairs: { debit: number; credit: number; amount: number }[]; skew: number }
  | { t: 'resolve'; kind: 'post_pending' | 'void_pending'; target: number; valid: boolean }
  | { t: 'reverse'; target: number; valid: boolean }
  | { t: 'replay'; target: number; sameBody: boolean };

/** Most follow-ups name a transfer they can act on; the rest name any transfer, to meet the refusals. */
const validMostly = fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) });
const intent: fc.Arbitrary<Intent> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      t: fc.constant('new' as const),
      kind: fc.constantFrom('posted' as const, 'pending' as const),
      pairs: fc.array(pair, { minLength: 1, maxLength: 3 }),
      skew: fc.oneof({ weight: 12, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.constant(1) }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      t: fc.constant('resolve' as const),
      kind: fc.constantFrom('post_pending' as const, 'void_pending' as const),
      target: fc.nat(),
      valid: validMostly,
    }),
  },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('reverse' as const), target: fc.nat(), valid: validMostly }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('replay' as const), target: fc.nat(), sameBody: fc.boolean() }) },
);
const batch = fc.oneof(
  { weight: 3, arbitrary: fc.array(intent, { minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.array(intent, { minLength: 2, maxLength: 3 }) },
);
const batches = fc.array(batch, { minLength: 1, maxLength: 12 });

const figures = {
  runs: 0,
  batches: 0,
  accepted: 0,
  refused: 0,
  transfers: 0,
  replays: 0,
  reasons: new Map<string, number>(),
};

describe('the ledger against an independent model, on a real database', () => {
  it('accepts exactly the batches the model accepts, to the same balances; a refused batch writes nothing; the ledger sums to zero, folds and counts contiguously after every batch', async () => {
    await fc.assert(
      fc.asyncProperty(batches, async (plan) => {
        figures.runs++;
        const currency = nextCurrency();
        const p1 = `SP-${currency}-1`;
        const p2 = `SP-${currency}-2`;
        const accounts = [
          await openAccount(db, { code: 'provider_payable', providerId: p1, currency }),
          await openAccount(db, { code: 'provider_payable', providerId: p2, currency }),
          await openAccount(db, { code: 'chargeback_receivable', providerId: p1, currency }),
          await openAccount(db, { code: 'warranty_expense', currency }),
          await openAccount(db, { code: 'cash', currency }),
          await openAccount(db, { code: 'vat_input', currency }),
        ];
        const model = new LedgerModel();
        for (const a of accounts)
          model.addAccount(
            a.id,
            a.balanceLimit === 'debits_must_not_exceed_credits'
              ? 'debits'
              : a.balanceLimit === 'credits_must_not_exceed_debits'
                ? 'credits'
                : null,
          );
        const idOfSlot = (s: number) => accounts[s]?.id ?? unknownAccountId;
        const pickFrom = <T>(list: T[], n: number) => list[n % Math.max(1, list.length)];
        // Money on the books before the random batches: 1000 yuan owed to each provider, 500 yuan charged back from P1.
        const openingRequests: ModelRequest[] = [
          {
            kind: 'posted',
            idempotencyKey: `open-${currency}-1`,
            currency,
            legs: [
              { accountId: accounts[3]!.id, side: 'debit', amount: 200_000 },
              { accountId: accounts[0]!.id, side: 'credit', amount: 100_000 },
              { accountId: accounts[1]!.id, side: 'credit', amount: 100_000 },
            ],
          },
          {
            kind: 'posted',
            idempotencyKey: `open-${currency}-2`,
            currency,
            legs: [
              { accountId: accounts[2]!.id, side: 'debit', amount: 50_000 },
              { accountId: accounts[3]!.id, side: 'credit', amount: 50_000 },
            ],
          },
        ];
        const opening = await postTransfers(db, openingRequests as TransferRequest[]);
        const openingModel = model.predict(openingRequests);
        if (!openingModel.accepted) throw new Error('the opening balances must be accepted');
        model.commit(openingModel, new Map(opening.map((t) => [t.idempotencyKey, t.id])));

        for (const step of plan) {
          figures.batches++;
          const requests: ModelRequest[] = step.map((it): ModelRequest => {
            const idempotencyKey = `k-${randomUUID()}`;
            if (it.t === 'new') {
              const legs: ModelLeg[] = it.pairs.flatMap((p) => [
                { accountId: idOfSlot(p.debit), side: 'debit' as const, amount: p.amount },
                { accountId: idOfSlot(p.credit), side: 'credit' as const, amount: p.amount },
              ]);
              legs[0] = { ...legs[0]!, amount: legs[0]!.amount + it.skew };
              return { kind: it.kind, idempotencyKey, currency, legs };
            }
            const target =
              it.t === 'resolve' && it.valid
                ? pickFrom(model.openPendings(), it.target)
                : it.t === 'reverse' && it.valid
                  ? pickFrom(model.reversible(), it.target)
                  : pickFrom(model.transfers, it.target);
            // Nothing left to resolve: hold 1 yuan of expense for P1 instead, so later intents have a hold to act on.
            if (it.t === 'resolve' && it.valid && !target)
              return {
                kind: 'pending',
                idempotencyKey,
                currency,
                legs: [
                  { accountId: accounts[3]!.id, side: 'debit', amount: 100 },
                  { accountId: accounts[0]!.id, side: 'credit', amount: 100 },
                ],
              };
            if (it.t === 'resolve')
              return { kind: it.kind, idempotencyKey, pendingTransferId: target?.id ?? unknownAccountId };
            if (it.t === 'reverse')
              return { kind: 'reversal', idempotencyKey, reversesTransferId: target?.id ?? unknownAccountId };
            if (!target) return { kind: 'reversal', idempotencyKey, reversesTransferId: unknownAccountId };
            const original = model.requestOfKey(target.request.idempotencyKey)!;
            if (it.sameBody) return original;
            return {
              kind: 'posted',
              idempotencyKey: original.idempotencyKey,
              currency,
              legs: [
                { accountId: accounts[3]!.id, side: 'debit', amount: 1 },
                { accountId: accounts[4]!.id, side: 'credit', amount: 1 },
              ],
            };
          });
          // A replayed body identical to another request of the same batch would be a duplicate key in the batch: the model predicts that too.
          const predicted = model.predict(requests);
          const before = await ledgerRowCounts(db);
          const outcome = await postTransfers(db, requests as TransferRequest[]).then(
            (posted) => ({ ok: true as const, posted }),
            (error: unknown) => ({ ok: false as const, error }),
          );

          if (!predicted.accepted) {
            figures.refused++;
            expect(outcome.ok, `expected a refusal (${[...predicted.reasons].join(', ')})`).toBe(false);
            const error = (outcome as { error: unknown }).error;
            expect(error).toBeInstanceOf(LedgerRefusal);
            const reason = (error as LedgerRefusal).reason;
            expect([...predicted.reasons]).toContain(reason);
            figures.reasons.set(reason, (figures.reasons.get(reason) ?? 0) + 1);
            expect(await ledgerRowCounts(db)).toEqual(before);
          } else {
            figures.accepted++;
            if (!outcome.ok) throw outcome.error;
            const posted = outcome.posted;
            expect(posted).toHaveLength(requests.length);
            predicted.outcomes.forEach((o, i) => {
              if ('replayOf' in o) {
                figures.replays++;
                expect(posted[i]).toMatchObject({ id: o.replayOf, replayed: true });
              } else {
                figures.transfers++;
                expect(posted[i]!.replayed).toBe(false);
                expect(posted[i]!.entries).toHaveLength(o.legs);
              }
            });
            model.commit(predicted, new Map(posted.map((t) => [t.idempotencyKey, t.id])));
          }

          const balances = await balancesOf(
            db,
            accounts.map((a) => a.id),
          );
          for (const b of balances) {
            expect({
              debitsPosted: b.debitsPosted,
              creditsPosted: b.creditsPosted,
              debitsPending: b.debitsPending,
              creditsPending: b.creditsPending,
            }).toEqual(model.balances.get(b.account.id));
          }
          expect(await ledgerInvariantBreaches(db)).toEqual(noBreaches);
        }
      }),
      // A fixed seed: the coverage checks below must not depend on the luck of one run.
      { numRuns: 100, seed: 20261129 },
    );
    console.log(
      `ledger model: ${figures.runs} runs, ${figures.batches} batches (${figures.accepted} accepted, ${figures.refused} refused: ${[...figures.reasons].map(([r, n]) => `${r} ${n}`).join(', ')}), ${figures.transfers} transfers, ${figures.replays} replays`,
    );
    // The generators must reach both outcomes and the interesting refusals, or the property proves little.
    expect(figures.accepted).toBeGreaterThan(50);
    expect(figures.refused).toBeGreaterThan(20);
    for (const reason of ['invalid_legs', 'limit_exceeded', 'pending_resolved', 'not_pending', 'idempotency_conflict'])
      expect(figures.reasons.get(reason) ?? 0).toBeGreaterThan(0);
    expect(figures.replays).toBeGreaterThan(0);
  });
});
