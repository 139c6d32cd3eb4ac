import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  dayOfWeek,
  daysBetween,
  earlierOf,
  fromEpochDay,
  isCalendarDate,
  isDay,
  laterOf,
  toEpochDay,
} from './day.ts';

describe('calendar dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2028-02-29', true],
    ['2023-02-29', false],
    ['2026-02-29', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2024-04-31', false],
    ['2024-13-01', false],
    ['2026-13-01', false],
    ['2024-00-10', false],
    ['2024-1-01', false],
    ['2026-1-01', false],
    ['2024-01-01T00:00', false],
    ['2026/03/01', false],
  ])('isDay(%s) is %s', (day, expected) => {
    expect(isDay(day)).toBe(expected);
  });

  it.each([
    ['1900-01-01', true, true],
    ['2999-12-31', true, true],
    ['1899-12-31', true, false],
    ['3000-01-01', true, false],
    ['0000-01-01', true, false],
    ['0050-01-01', true, false],
  ])('%s: a calendar date %s, a business date %s (years 1900–2999)', (day, calendarDate, businessDay) => {
    expect(isCalendarDate(day)).toBe(calendarDate);
    expect(isDay(day)).toBe(businessDay);
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
    expect(addDays('2026-12-15', 30)).toBe('2027-01-14');
  });

  it('refuses to count from something that is not a date', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => daysBetween('2026-03-01', 'tomorrow')).toThrow(RangeError);
  });

  it('counts days with the start day as day 0', () => {
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

  it('picks the later and the earlier of two dates', () => {
    expect(laterOf('2024-03-01', '2024-02-29')).toBe('2024-03-01');
    expect(earlierOf('2024-03-01', '2024-02-29')).toBe('2024-02-29');
  });
});

describe('months by the corresponding-day rule (Civil Code Art 202)', () => {
  it.each([
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-03-31', 1, '2024-04-30'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2023-01-10', 12, '2024-01-10'],
    ['2024-08-05', 36, '2027-08-05'],
    ['2024-11-30', 3, '2025-02-28'],
    ['2024-05-15', 0, '2024-05-15'],
    ['2024-05-15', -3, '2024-02-15'],
    ['2024-03-31', -1, '2024-02-29'],
  ])('%s + %i months = %s', (start, months, expected) => {
    expect(addMonths(start, months)).toBe(expected);
  });
});
