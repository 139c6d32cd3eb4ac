import { describe, expect, it } from 'vitest';
import { formatBusinessNumber, monthKeyOf } from './business-number.ts';

describe('business numbers', () => {
  it('are prefix, CST month and a zero-padded sequence', () => {
    expect(formatBusinessNumber('PR', '2026-11-05', 123)).toBe('PR-202611-000123');
    expect(formatBusinessNumber('RT', '2027-01-31', 1)).toBe('RT-202701-000001');
    expect(formatBusinessNumber('RS', '2027-01-31', 12_345_678)).toBe('RS-202701-12345678');
    expect(formatBusinessNumber('WC', '2026-11-30', 999_999)).toBe('WC-202611-999999');
  });

  it('month keys are YYYYMM', () => {
    expect(monthKeyOf('2026-11-05')).toBe('202611');
    expect(monthKeyOf('2027-01-31')).toBe('202701');
    expect(() => monthKeyOf('2026-11')).toThrow(RangeError);
  });

  it.each([
    ['pr', '2026-11-05', 1],
    ['PR', '2026-11-05', 0],
    ['PR', '2026-11-05', 1.5],
    ['PR', '2026-02-30', 1],
  ] as const)('refuses %s %s %s', (prefix, day, sequence) => {
    expect(() => formatBusinessNumber(prefix, day, sequence)).toThrow(RangeError);
  });
});
