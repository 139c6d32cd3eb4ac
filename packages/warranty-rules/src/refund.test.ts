import { describe, expect, it } from 'vitest';
import { depreciatedRefund, depreciationFen, usageFee, usedDays } from './refund.ts';

describe('depreciation (B7b, C9, default 5)', () => {
  it('scenario 5 numbers: 3,000.00 × 0.1% × 90 days = 270.00', () => {
    expect(usedDays('2024-03-01', '2024-06-09', 10)).toBe(90);
    expect(depreciatedRefund(300_000, 10, 90)).toEqual({ depreciationFen: 27_000, refundFen: 273_000 });
  });

  it('rounds down to the fen, in the consumer’s favour', () => {
    // 1,999.99 × 0.05% × 7 = 6.9999650 yuan → 699 fen, not 700.
    expect(depreciationFen(199_999, 5, 7)).toBe(699);
    expect(depreciationFen(1, 10, 999)).toBe(0);
    expect(depreciationFen(1, 10, 1000)).toBe(1);
  });

  it('never exceeds the base, so the refund never goes below 0', () => {
    expect(depreciatedRefund(300_000, 10, 20_000)).toEqual({ depreciationFen: 300_000, refundFen: 0 });
  });

  it('is 0 for no used days, no rate or no price', () => {
    expect(depreciationFen(300_000, 10, 0)).toBe(0);
    expect(depreciationFen(300_000, 0, 100)).toBe(0);
    expect(depreciationFen(0, 10, 100)).toBe(0);
    expect(usedDays('2024-03-01', '2024-03-05', 10)).toBe(0);
  });

  it('stays exact where price × bp × days exceeds 2^53', () => {
    const price = 9_007_199_254_740; // ≈ 90 billion yuan
    expect(price * 10 * 900).toBeGreaterThan(Number.MAX_SAFE_INTEGER);
    expect(depreciationFen(price, 10, 900)).toBe(Number((BigInt(price) * 10n * 900n) / 10_000n));
    expect(depreciationFen(price, 10, 900)).toBe(8_106_479_329_266);
  });
});

describe('car usage fee (G11, default 6)', () => {
  it('scenario 32: 200,000.00 × 12,000 km / 1000 × 0.5% = 12,000.00', () => {
    expect(usageFee(20_000_000, 12_000, 50)).toEqual({ usageFeeFen: 1_200_000, capped: false });
  });

  it('caps n at 50 bp and says so', () => {
    expect(usageFee(20_000_000, 12_000, 80)).toEqual({ usageFeeFen: 1_200_000, capped: true });
    expect(usageFee(20_000_000, 12_000, 80, 80)).toEqual({ usageFeeFen: 1_920_000, capped: false });
  });

  it('keeps part kilometres and rounds down once, at the end', () => {
    // 123,456.78 × 1,234.9 km / 1000 × 0.3% = 457.3734... yuan
    expect(usageFee(12_345_678, 1_234.9, 30).usageFeeFen).toBe(45_737);
  });

  it('never exceeds the price', () => {
    expect(usageFee(100, 10_000_000, 50).usageFeeFen).toBe(100);
  });
});
