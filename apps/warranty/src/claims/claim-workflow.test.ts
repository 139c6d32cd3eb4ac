import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { remedyValueFen } from './claim-workflow.ts';

describe('remedyValueFen', () => {
  const sale = { priceFen: 399_900 };
  it.each([
    ['a refund counts its amount', { kind: 'refund' as const, refundFen: 350_000 }, sale, 350_000],
    ['a no-reason return counts its refund', { kind: 'no_reason_return' as const, refundFen: 399_900 }, sale, 399_900],
    ['a replacement counts the invoice price', { kind: 'replace' as const }, sale, 399_900],
    [
      'a replacement counts what was paid, when it differs',
      { kind: 'replace' as const },
      { priceFen: 399_900, paidFen: 359_900 },
      359_900,
    ],
    ['a repair counts nothing', { kind: 'repair' as const }, sale, 0],
    ['a part replaced counts nothing', { kind: 'replace_part' as const }, sale, 0],
  ])('%s', (_, remedy, unitSale, expected) => {
    expect(remedyValueFen(remedy, unitSale)).toBe(expected);
  });

  it('never counts more than the customer paid, for a refund bounded by the price', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        (priceFen, refund) => {
          const refundFen = Math.min(refund, priceFen);
          expect(remedyValueFen({ kind: 'refund', refundFen }, { priceFen })).toBeLessThanOrEqual(priceFen);
          expect(remedyValueFen({ kind: 'replace' }, { priceFen })).toBe(priceFen);
        },
      ),
    );
  });
});
