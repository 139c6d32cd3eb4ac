import { describe, expect, it } from 'vitest';
import { addDays } from './day.ts';
import { addWorkingDays, deadlineAfter, isWorkingDay, rollPastHolidays, workingCalendarOf } from './holidays.ts';

/** The National Day week of 2024: 1 to 7 October. */
const nationalDay = new Set(Array.from({ length: 7 }, (_, i) => addDays('2024-10-01', i)));
const noCalendar = { holidays: new Set<string>(), makeUpWorkdays: new Set<string>() };

describe('holiday roll-forward (Civil Code Art 203)', () => {
  it('moves a last day on a holiday to the next day', () => {
    expect(rollPastHolidays('2024-10-01', new Set(['2024-10-01']))).toBe('2024-10-02');
  });

  it('passes a run of consecutive holidays as a whole', () => {
    expect(rollPastHolidays('2024-10-03', nationalDay)).toBe('2024-10-08');
  });

  it('leaves a working day and implies no weekends', () => {
    expect(rollPastHolidays('2024-06-08', new Set(['2024-06-10']))).toBe('2024-06-08');
  });

  it.each([
    ['2024-09-20', 10, '2024-09-30'],
    ['2024-09-20', 11, '2024-10-08'],
    ['2024-09-20', 17, '2024-10-08'],
    ['2024-09-20', 18, '2024-10-08'],
    ['2024-09-20', 19, '2024-10-09'],
  ])('a deadline %i days after %s is %s', (start, days, expected) => {
    expect(deadlineAfter(start, days, nationalDay)).toBe(expected);
  });
});

describe('working days', () => {
  it('skips weekends', () => {
    // Friday 2024-06-07 + 1 working day = Monday 2024-06-10.
    expect(addWorkingDays('2024-06-07', 1, noCalendar)).toBe('2024-06-10');
    expect(addWorkingDays('2024-06-03', 10, noCalendar)).toBe('2024-06-17');
  });

  it('skips holidays and counts make-up working days', () => {
    const calendar = workingCalendarOf([
      ...['2024-10-01', '2024-10-02', '2024-10-03', '2024-10-04', '2024-10-07'].map((day) => ({
        day,
        kind: 'holiday' as const,
      })),
      { day: '2024-09-29', kind: 'make_up_workday' },
      { day: '2024-10-12', kind: 'make_up_workday' },
    ]);
    expect(calendar.holidays.has('2024-10-07')).toBe(true);
    expect(calendar.makeUpWorkdays.has('2024-10-12')).toBe(true);
    expect(isWorkingDay('2024-09-29', calendar)).toBe(true);
    expect(isWorkingDay('2024-10-07', calendar)).toBe(false);
    expect(addWorkingDays('2024-09-27', 1, calendar)).toBe('2024-09-29');
    expect(addWorkingDays('2024-09-30', 1, calendar)).toBe('2024-10-08');
  });
});
