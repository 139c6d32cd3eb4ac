import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { continueBalance, emptyBalance, legsProblem, postedBalanceOf, type RunningBalance } from './ledger-rules.ts';
import { settlementPostings, type ProviderBooks } from './settlement-postings.ts';

const books: ProviderBooks = { payable: 1, chargebackReceivable: 2, warrantyExpense: 3, vatInput: 4, cash: 5 };

describe('settlement postings', () => {
  it('every movement balances, and a zero amount posts nothing (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.values(settlementPostings)),
        fc.integer({ min: 0, max: 1e12 }),
        (posting, amount) => {
          const legs = posting(books, amount);
          if (amount === 0) expect(legs).toEqual([]);
          else expect(legsProblem(legs)).toBeNull();
        },
      ),
    );
  });

  it('a month: lines accrue, a chargeback and VAT follow, the deduction is set off and the payment leaves the payable at zero', () => {
    const balances = new Map<number, RunningBalance>();
    const post = (legs: ReturnType<typeof settlementPostings.payment>) => {
      for (const l of legs)
        balances.set(
          l.accountId,
          continueBalance(balances.get(l.accountId) ?? emptyBalance, l.side, 'posted', l.amount),
        );
    };
    post(settlementPostings.lineAccrual(books, 17_904));
    post(settlementPostings.lineAccrual(books, 10_000));
    post(settlementPostings.chargeback(books, 3_000));
    // Net 24 904 fen, VAT at 6 % = 1494.24 → 1494.
    post(settlementPostings.statementVat(books, 1_494));
    post(settlementPostings.deductionSetOff(books, 3_000));
    expect(postedBalanceOf('provider_payable', balances.get(books.payable)!)).toBe(26_398);
    post(settlementPostings.payment(books, 26_398));
    expect(postedBalanceOf('provider_payable', balances.get(books.payable)!)).toBe(0);
    expect(postedBalanceOf('chargeback_receivable', balances.get(books.chargebackReceivable)!)).toBe(0);
    expect(postedBalanceOf('warranty_expense', balances.get(books.warrantyExpense)!)).toBe(24_904);
    expect(postedBalanceOf('cash', balances.get(books.cash)!)).toBe(-26_398);
  });
});
