import { addDays, dayOfWeek, type Day } from './day.ts';

/**
 * The statutory holidays (法定休假日) and make-up working days (调休) of the State Council's yearly
 * notice. Only listed days are holidays: a weekend is never implied.
 */
export interface WorkingCalendar {
  holidays: ReadonlySet<Day>;
  makeUpWorkdays: ReadonlySet<Day>;
}

/** A calendar's days as a service lists them, e.g. the warranty service's `calendar.list`. */
export interface CalendarDay {
  day: Day;
  kind: 'holiday' | 'make_up_workday';
}

export function workingCalendarOf(days: Iterable<CalendarDay>): WorkingCalendar {
  const holidays = new Set<Day>();
  const makeUpWorkdays = new Set<Day>();
  for (const { day, kind } of days) (kind === 'holiday' ? holidays : makeUpWorkdays).add(day);
  return { holidays, makeUpWorkdays };
}

/**
 * Civil Code Art 203: a period whose last day is a statutory holiday ends on the first day after the
 * holiday; a run of consecutive holidays is passed as a whole.
 */
export function rollPastHolidays(day: Day, holidays: ReadonlySet<Day>): Day {
  let last = day;
  while (holidays.has(last)) last = addDays(last, 1);
  return last;
}

/** The last day of a period of `days` days from `start`, moved past a holiday run it ends in. */
export function deadlineAfter(start: Day, days: number, holidays: ReadonlySet<Day>): Day {
  return rollPastHolidays(addDays(start, days), holidays);
}

/** Saturdays, Sundays and statutory holidays are not working days; make-up working days are. */
export function isWorkingDay(day: Day, calendar: WorkingCalendar): boolean {
  if (calendar.makeUpWorkdays.has(day)) return true;
  if (calendar.holidays.has(day)) return false;
  const weekday = dayOfWeek(day);
  return weekday !== 0 && weekday !== 6;
}

/** The day on which the N-th working day after `day` falls (the start day is not counted). */
export function addWorkingDays(day: Day, workingDays: number, calendar: WorkingCalendar): Day {
  let current = day;
  let counted = 0;
  while (counted < workingDays) {
    current = addDays(current, 1);
    if (isWorkingDay(current, calendar)) counted += 1;
  }
  return current;
}
