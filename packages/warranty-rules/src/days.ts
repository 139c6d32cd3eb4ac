// The engine counts days with @sanbao/calendar (China Standard Time dates, the corresponding-day
// month rule, the holiday roll-forward and working days); only the car-repair hour rule is its own.
export {
  addDays,
  addMonths,
  addWorkingDays,
  cstDateOf,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  earlierOf,
  fromEpochDay,
  isDay,
  isInstant,
  isLeapYear,
  isWorkingDay,
  laterOf,
  rollPastHolidays,
  toEpochDay,
} from '@sanbao/calendar';
export type { WorkingCalendar } from '@sanbao/calendar';

/** T12 (CAR2021 Art 40): every full 24 h is one day and any remainder is one more day. */
export function repairDaysFromHours(hours: number): number {
  return Math.ceil(Math.max(0, hours) / 24);
}
