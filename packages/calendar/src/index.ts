// Public API of @sanbao/calendar: China Standard Time business dates, pure (no I/O, no clock).
export {
  addDays,
  addMonths,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  earlierOf,
  fromEpochDay,
  isCalendarDate,
  isDay,
  isLeapYear,
  laterOf,
  supportedYears,
  toEpochDay,
} from './day.ts';
export type { Day } from './day.ts';
export { chinaMidnightOf, cstDateOf, isInstant, todayInChina } from './instant.ts';
export type { Instant } from './instant.ts';
export { addWorkingDays, deadlineAfter, isWorkingDay, rollPastHolidays, workingCalendarOf } from './holidays.ts';
export type { CalendarDay, WorkingCalendar } from './holidays.ts';
export { formatBusinessNumber, monthKeyOf } from './business-number.ts';
