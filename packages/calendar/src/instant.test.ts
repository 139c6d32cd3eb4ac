import { describe, expect, it } from 'vitest';
import { cstDateOf, isInstant, todayInChina, chinaMidnightOf } from './instant.ts';

describe('instants in China Standard Time', () => {
  it.each([
    ['2024-06-08T23:30:00+08:00', '2024-06-08'],
    ['2024-06-08T16:10:00Z', '2024-06-09'],
    ['2024-06-08T15:59:59Z', '2024-06-08'],
    ['2024-06-08T16:00:00Z', '2024-06-09'],
    ['2024-06-08T23:30:00-05:00', '2024-06-09'],
    ['2024-12-31T16:00:00.123Z', '2025-01-01'],
    ['2024-02-29T15:59:59.999Z', '2024-02-29'],
    ['2024-03-01T00:00:00+14:00', '2024-02-29'],
    ['2024-06-08T10:00+08:00', '2024-06-08'],
    ['2025-12-31T16:00:00Z', '2026-01-01'],
  ])('%s is %s in CST', (instant, day) => {
    expect(isInstant(instant)).toBe(true);
    expect(cstDateOf(instant)).toBe(day);
  });

  it.each([
    '2024-06-08T23:30:00',
    '2024-06-08 23:30:00Z',
    '2024-02-30T10:00:00Z',
    '2024-06-08T24:00:00Z',
    '2024-06-08T10:00:00+0800',
    '2024-06-08',
    'yesterday',
    '',
  ])('rejects %j', (value) => {
    expect(isInstant(value)).toBe(false);
    expect(() => cstDateOf(value)).toThrow(RangeError);
  });

  it('today turns over at midnight in Shanghai, i.e. 16:00 UTC', () => {
    expect(todayInChina(new Date('2026-11-30T15:59:59.999Z'))).toBe('2026-11-30');
    expect(todayInChina(new Date('2026-11-30T16:00:00Z'))).toBe('2026-12-01');
    expect(todayInChina(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
  });

  it('refuses an invalid clock reading', () => {
    expect(() => todayInChina(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('chinaMidnightOf', () => {
  it.each([
    ['2026-11-29', '2026-11-28T16:00:00.000Z'],
    ['2024-03-01', '2024-02-29T16:00:00.000Z'],
    ['2000-01-01', '1999-12-31T16:00:00.000Z'],
  ])('%s begins at %s', (day, instant) => {
    expect(chinaMidnightOf(day)).toBe(instant);
    expect(cstDateOf(chinaMidnightOf(day))).toBe(day);
  });
});
