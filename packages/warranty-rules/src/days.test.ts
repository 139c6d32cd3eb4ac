import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addWorkingDays,
  cstDateOf,
  dayOfWeek,
  daysBetween,
  fromEpochDay,
  isDay,
  isInstant,
  isWorkingDay,
  repairDaysFromHours,
  rollPastHolidays,
  toEpochDay,
} from './days.ts';

const noCalendar = { holidays: new Set<string>(), makeUpWorkdays: new Set<string>() };

describe('calendar dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2024-04-31', false],
    ['2024-13-01', false],
    ['2024-00-10', false],
    ['2024-1-01', false],
    ['2024-01-01T00:00', false],
  ])('isDay(%s) is %s', (day, expected) => {
    expect(isDay(day)).toBe(expected);
  });

  it('converts to and from epoch days', () => {
    expect(toEpochDay('1970-01-01')).toBe(0);
    expect(toEpochDay('2024-03-01')).toBe(19783);
    expect(fromEpochDay(19783)).toBe('2024-03-01');
    expect(fromEpochDay(-1)).toBe('1969-12-31');
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('counts days with the start day as day 0 (T3)', () => {
    expect(daysBetween('2024-03-01', '2024-03-06')).toBe(5);
    expect(daysBetween('2024-03-01', '2024-06-09')).toBe(100);
    expect(daysBetween('2024-04-01', '2024-07-01')).toBe(91);
    expect(daysBetween('2024-02-01', '2024-04-02')).toBe(61);
    expect(daysBetween('2024-03-06', '2024-03-01')).toBe(-5);
  });

  it('knows the weekday (1970-01-01 was a Thursday)', () => {
    expect(dayOfWeek('1970-01-01')).toBe(4);
    expect(dayOfWeek('2024-06-08')).toBe(6);
    expect(dayOfWeek('2024-06-09')).toBe(0);
  });
});

describe('months by the corresponding-day rule (T5, CC Art 202)', () => {
  it.each([
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2024-03-31', 1, '2024-04-30'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2023-01-10', 12, '2024-01-10'],
    ['2024-08-05', 36, '2027-08-05'],
    ['2024-11-30', 3, '2025-02-28'],
    ['2024-05-15', 0, '2024-05-15'],
    ['2024-05-15', -3, '2024-02-15'],
  ])('%s + %i months = %s', (start, months, expected) => {
    expect(addMonths(start, months)).toBe(expected);
  });
});

describe('instants in China Standard Time (T1)', () => {
  it.each([
    ['2024-06-08T23:30:00+08:00', '2024-06-08'],
    ['2024-06-08T16:10:00Z', '2024-06-09'],
    ['2024-06-08T15:59:59Z', '2024-06-08'],
    ['2024-06-08T16:00:00Z', '2024-06-09'],
    ['2024-06-08T23:30:00-05:00', '2024-06-09'],
    ['2024-12-31T16:00:00.123Z', '2025-01-01'],
    ['2024-03-01T00:00:00+14:00', '2024-02-29'],
    ['2024-06-08T10:00+08:00', '2024-06-08'],
  ])('%s is %s in CST', (instant, day) => {
    expect(cstDateOf(instant)).toBe(day);
  });

  it.each(['2024-06-08T23:30:00', '2024-06-08 23:30:00Z', '2024-02-30T10:00:00Z', '2024-06-08T24:00:00Z', '2024-06-08T10:00:00+0800', 'yesterday'])(
    'rejects %s',
    (value) => {
      expect(isInstant(value)).toBe(false);
      expect(() => cstDateOf(value)).toThrow(RangeError);
    },
  );
});

describe('holiday roll-forward (T6, default 10)', () => {
  it('moves a last day on a holiday to the next day', () => {
    expect(rollPastHolidays('2024-10-01', new Set(['2024-10-01']))).toBe('2024-10-02');
  });

  it('passes a run of consecutive holidays as a whole', () => {
    const nationalDay = new Set(['2024-10-01', '2024-10-02', '2024-10-03', '2024-10-04', '2024-10-05', '2024-10-06', '2024-10-07']);
    expect(rollPastHolidays('2024-10-03', nationalDay)).toBe('2024-10-08');
  });

  it('leaves a working day and implies no weekends', () => {
    expect(rollPastHolidays('2024-06-08', new Set(['2024-06-10']))).toBe('2024-06-08');
  });
});

describe('working days (T14)', () => {
  it('skips weekends', () => {
    // Friday 2024-06-07 + 1 working day = Monday 2024-06-10.
    expect(addWorkingDays('2024-06-07', 1, noCalendar)).toBe('2024-06-10');
    expect(addWorkingDays('2024-06-03', 10, noCalendar)).toBe('2024-06-17');
  });

  it('skips holidays and counts make-up working days', () => {
    const calendar = {
      holidays: new Set(['2024-10-01', '2024-10-02', '2024-10-03', '2024-10-04', '2024-10-07']),
      makeUpWorkdays: new Set(['2024-09-29', '2024-10-12']),
    };
    expect(isWorkingDay('2024-09-29', calendar)).toBe(true);
    expect(isWorkingDay('2024-10-07', calendar)).toBe(false);
    expect(addWorkingDays('2024-09-27', 1, calendar)).toBe('2024-09-29');
    expect(addWorkingDays('2024-09-30', 1, calendar)).toBe('2024-10-08');
  });
});

describe('car repair hours to days (T12)', () => {
  it.each([
    [0, 0],
    [1, 1],
    [24, 1],
    [25, 2],
    [120, 5],
    [121, 6],
    [145, 7],
  ])('%i h = %i days', (hours, days) => {
    expect(repairDaysFromHours(hours)).toBe(days);
  });
});
