// Properties of the calendar for any date in the supported years (fast-check). Date appears here
// only as an independent oracle: the package itself never uses it for arithmetic.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, fromEpochDay, isDay, supportedYears, toEpochDay } from './day.ts';
import { formatBusinessNumber, monthKeyOf } from './business-number.ts';
import { deadlineAfter, rollPastHolidays } from './holidays.ts';
import { cstDateOf, todayInChina } from './instant.ts';

const first = toEpochDay(`${supportedYears.first}-01-01`);
const last = toEpochDay(`${supportedYears.last}-12-31`);
const dayArb = fc.integer({ min: first, max: last }).map(fromEpochDay);
const msArb = fc.integer({ min: Date.UTC(supportedYears.first, 0, 1), max: Date.UTC(supportedYears.last, 11, 30) });
const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('calendar properties', () => {
  it('every supported day is a business date and agrees with the Gregorian calendar of Date', () => {
    fc.assert(
      fc.property(dayArb, (day) => {
        expect(isDay(day)).toBe(true);
        expect(utcDay(toEpochDay(day) * 86_400_000)).toBe(day);
      }),
    );
  });

  it('adding n days is undone by subtracting n, and daysBetween measures it', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: -4000, max: 4000 }), (day, n) => {
        expect(fromEpochDay(toEpochDay(day))).toBe(day);
        expect(addDays(addDays(day, n), -n)).toBe(day);
        expect(daysBetween(day, addDays(day, n))).toBe(n);
      }),
    );
  });

  it('months keep the day of the month, or end on the last day of a shorter month', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 0, max: 120 }), (day, months) => {
        const end = addMonths(day, months);
        expect(end >= day).toBe(true);
        expect(end.slice(8) <= day.slice(8)).toBe(true);
        if (end.slice(8) < day.slice(8)) expect(addDays(end, 1).slice(8)).toBe('01');
        expect(daysBetween(end, addMonths(day, months + 1))).toBeGreaterThanOrEqual(28);
      }),
    );
  });

  it('the date in China of any instant is its UTC date shifted by eight hours, whatever offset writes it', () => {
    fc.assert(
      fc.property(msArb, fc.constantFrom(0, 8 * 60, -5 * 60, 14 * 60, 5 * 60 + 30, -12 * 60), (ms, offsetMinutes) => {
        const expected = utcDay(ms + 8 * 3_600_000);
        expect(todayInChina(new Date(ms))).toBe(expected);
        const local = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 19);
        const sign = offsetMinutes < 0 ? '-' : '+';
        const abs = Math.abs(offsetMinutes);
        const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
        expect(cstDateOf(`${local}${offset}`)).toBe(expected);
        expect(cstDateOf(new Date(ms).toISOString())).toBe(expected);
      }),
    );
  });

  it('a deadline lands on the first non-holiday on or after the plain deadline', () => {
    fc.assert(
      fc.property(
        dayArb,
        fc.integer({ min: 0, max: 400 }),
        fc.array(fc.integer({ min: 0, max: 420 })),
        (start, days, offsets) => {
          const holidays = new Set(offsets.map((offset) => addDays(start, offset)));
          const plain = addDays(start, days);
          const deadline = deadlineAfter(start, days, holidays);
          expect(deadline).toBe(rollPastHolidays(plain, holidays));
          expect(deadline >= plain && !holidays.has(deadline)).toBe(true);
          for (let d = plain; d < deadline; d = addDays(d, 1)) expect(holidays.has(d)).toBe(true);
        },
      ),
    );
  });

  it('business numbers read back their month and sequence', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), (day, sequence) => {
        const number = formatBusinessNumber('PR', day, sequence);
        expect(number).toMatch(/^PR-\d{6}-\d{6,}$/);
        const [, month, serial] = number.split('-');
        expect(month).toBe(monthKeyOf(day));
        expect(Number(serial)).toBe(sequence);
      }),
    );
  });
});
