import { describe, expect, it } from 'vitest';
import { formatBusinessNumber } from './business-numbers.ts';

describe('business numbers', () => {
  it('are prefix, CST month and a zero-padded sequence', () => {
    expect(formatBusinessNumber('PR', '2026-11-05', 123)).toBe('PR-202611-000123');
    expect(formatBusinessNumber('RT', '2027-01-31', 1)).toBe('RT-202701-000001');
    expect(formatBusinessNumber('RS', '2027-01-31', 12_345_678)).toBe('RS-202701-12345678');
  });
});
