import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isCalendarDate, monthOf, todayInChina } from './business-dates.ts';

describe('business dates (China Standard Time)', () => {
  it('today turns over at midnight in Shanghai, i.e. 16:00 UTC', () => {
    expect(todayInChina(new Date('2026-11-30T15:59:59Z'))).toBe('2026-11-30');
    expect(todayInChina(new Date('2026-11-30T16:00:00Z'))).toBe('2026-12-01');
  });

  it('knows real calendar dates', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('2026-1-01')).toBe(false);
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-12-15', 30)).toBe('2027-01-14');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(monthOf('2026-11-05')).toBe('202611');
  });

  it('agrees with a fixed UTC+8 offset (China has no daylight saving)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }), (instant) => {
        expect(todayInChina(instant)).toBe(new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 10));
      }),
    );
  });

  it('adding n days is undone by subtracting n, and daysBetween measures it', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }), fc.integer({ min: -3650, max: 3650 }), (d, n) => {
        const date = d.toISOString().slice(0, 10);
        expect(addDays(addDays(date, n), -n)).toBe(date);
        expect(daysBetween(date, addDays(date, n))).toBe(n);
      }),
    );
  });
});
