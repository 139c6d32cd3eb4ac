import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bodyHashOf,
  breaksLimit,
  continueBalance,
  emptyBalance,
  legsProblem,
  postedBalanceOf,
  type EntryEffect,
  type Side,
} from './ledger-rules.ts';

describe('legs of a transfer', () => {
  it.each([
    [
      'balanced, one each side',
      [
        ['debit', 5],
        ['credit', 5],
      ],
      null,
    ],
    [
      'balanced, split credit',
      [
        ['debit', 10],
        ['credit', 6],
        ['credit', 4],
      ],
      null,
    ],
    [
      'one fen short',
      [
        ['debit', 10],
        ['credit', 9],
      ],
      /do not balance/,
    ],
    ['debits only', [['debit', 10]], /at least one debit and one credit/],
    [
      'zero amounts',
      [
        ['debit', 0],
        ['credit', 0],
      ],
      /positive/,
    ],
    [
      'negative amounts',
      [
        ['debit', -1],
        ['credit', -1],
      ],
      /positive/,
    ],
    [
      'fractional fen',
      [
        ['debit', 0.5],
        ['credit', 0.5],
      ],
      /whole/,
    ],
  ] as const)('%s', (_label, legs, problem) => {
    const result = legsProblem(legs.map(([side, amount], i) => ({ accountId: i, side, amount })));
    if (problem === null) expect(result).toBeNull();
    else expect(result).toMatch(problem);
  });
});

describe('running balances', () => {
  it.each([
    ['debit', 'posted', { debitsPosted: 7 }],
    ['credit', 'posted', { creditsPosted: 7 }],
    ['debit', 'pending', { debitsPending: 7 }],
    ['credit', 'pending', { creditsPending: 7 }],
  ] as const)('a %s entry with effect %s', (side, effect, moved) => {
    expect(continueBalance(emptyBalance, side, effect, 7)).toEqual({ ...emptyBalance, sequence: 1, ...moved });
  });

  it('a pending amount then posted ends where a direct posting ends; voided, where nothing happened (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom<Side>('debit', 'credit'), fc.integer({ min: 1, max: 1e12 }), (side, amount) => {
        const held = continueBalance(emptyBalance, side, 'pending', amount);
        const posted = continueBalance(held, side, 'post_pending', amount);
        const direct = continueBalance(continueBalance(emptyBalance, side, 'posted', amount), side, 'posted', 0);
        expect(posted).toEqual(direct);
        expect({ ...continueBalance(held, side, 'void_pending', amount), sequence: 0 }).toEqual(emptyBalance);
      }),
    );
  });

  it('the sequence grows by one with every entry (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom<Side>('debit', 'credit'),
            fc.constantFrom<EntryEffect>('posted', 'pending'),
            fc.integer({ min: 1, max: 1e6 }),
          ),
        ),
        (entries) => {
          const end = entries.reduce(
            (b, [side, effect, amount]) => continueBalance(b, side, effect, amount),
            emptyBalance,
          );
          expect(end.sequence).toBe(entries.length);
          expect(end.debitsPosted + end.creditsPosted + end.debitsPending + end.creditsPending).toBe(
            entries.reduce((s, [, , a]) => s + a, 0),
          );
        },
      ),
    );
  });

  it.each([
    ['debits_must_not_exceed_credits', { creditsPosted: 10, debitsPosted: 10 }, false],
    ['debits_must_not_exceed_credits', { creditsPosted: 10, debitsPosted: 6, debitsPending: 5 }, true],
    ['debits_must_not_exceed_credits', { creditsPending: 10, debitsPosted: 1 }, true],
    ['credits_must_not_exceed_debits', { debitsPosted: 10, creditsPosted: 10 }, false],
    ['credits_must_not_exceed_debits', { debitsPosted: 10, creditsPending: 11 }, true],
    [null, { debitsPosted: 1e9 }, false],
  ] as const)('limit %s on %o breaks: %s', (limit, balance, breaks) => {
    expect(breaksLimit(limit, { ...emptyBalance, ...balance })).toBe(breaks);
  });

  it('reads a payable on its credit side and a receivable on its debit side', () => {
    expect(postedBalanceOf('provider_payable', { ...emptyBalance, creditsPosted: 500, debitsPosted: 200 })).toBe(300);
    expect(postedBalanceOf('chargeback_receivable', { ...emptyBalance, creditsPosted: 50, debitsPosted: 200 })).toBe(
      150,
    );
  });
});

describe('request fingerprints', () => {
  it('do not depend on the order of keys, and change with any value (property)', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ minLength: 1, maxLength: 5 }), fc.oneof(fc.integer(), fc.string())),
        (body) => {
          const reversed = Object.fromEntries(Object.entries(body).reverse());
          expect(bodyHashOf(reversed)).toBe(bodyHashOf(body));
          expect(bodyHashOf({ ...body, 'extra-key': 'x' })).not.toBe(bodyHashOf(body));
        },
      ),
    );
  });
});
