import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exposureOf, wouldExceedCreditLimit } from './exposure-math.ts';

const fen = fc.integer({ min: 0, max: 1e12 });

describe('exposure math', () => {
  it('adds the three components and compares with the credit limit', () => {
    const e = exposureOf(
      { issuedNotConsumedFen: 10_000, awaitingReturnFen: 27_300, openChargebacksFen: 5_000 },
      50_000,
    );
    expect(e).toMatchObject({ totalFen: 42_300, headroomFen: 7_700, overLimit: false });
    expect(wouldExceedCreditLimit(e, 7_700)).toBe(false);
    expect(wouldExceedCreditLimit(e, 7_701)).toBe(true);
  });

  it('total + headroom = limit; over the limit exactly when headroom is negative', () => {
    fc.assert(
      fc.property(fen, fen, fen, fen, (a, b, c, limit) => {
        const e = exposureOf({ issuedNotConsumedFen: a, awaitingReturnFen: b, openChargebacksFen: c }, limit);
        expect(e.totalFen).toBe(a + b + c);
        expect(e.totalFen + e.headroomFen).toBe(limit);
        expect(e.overLimit).toBe(e.headroomFen < 0);
        expect(wouldExceedCreditLimit(e, 0)).toBe(e.overLimit);
      }),
    );
  });

  it('a larger request never fits where a smaller one did not', () => {
    fc.assert(
      fc.property(fen, fen, fen, fen, (total, limit, small, extra) => {
        const e = { totalFen: total, creditLimitFen: limit };
        if (wouldExceedCreditLimit(e, small)) expect(wouldExceedCreditLimit(e, small + extra)).toBe(true);
      }),
    );
  });
});
