import { describe, expect, it } from 'vitest';
import { periodBounds, periodOf } from './period.ts';

describe('settlement periods', () => {
  it.each([
    ['2026-11', '2026-11-01', '2026-11-30', '202611'],
    ['2028-02', '2028-02-01', '2028-02-29', '202802'],
    ['2026-02', '2026-02-01', '2026-02-28', '202602'],
    ['2026-12', '2026-12-01', '2026-12-31', '202612'],
  ])('%s runs from %s to %s', (period, first, last, monthKey) => {
    expect(periodBounds(period)).toEqual({ first, last, monthKey });
    expect(periodOf(last)).toBe(period);
  });

  it.each(['2026-13', '2026-00', '2026-1', '26-11'])('refuses %s', (period) => {
    expect(() => periodBounds(period)).toThrow(RangeError);
  });
});
