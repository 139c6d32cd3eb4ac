// Pure calendar arithmetic on 'YYYY-MM-DD' strings. Internally a Day is an epoch day (days since
// 1970-01-01); conversion uses the proleptic Gregorian algorithm, so no Date object and no clock.
import type { Day, Instant } from './contract.ts';

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT_PATTERN =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|([+-])(\d{2}):(\d{2}))$/;

const MINUTES_PER_DAY = 1440;
/** China Standard Time is UTC+08:00 all year (no DST) — T1. */
const CST_OFFSET_MINUTES = 480;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

interface CivilDate {
  year: number;
  month: number;
  day: number;
}

function parseCivil(day: string): CivilDate | undefined {
  const match = DAY_PATTERN.exec(day);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const dayOfMonth = Number(match[3]);
  if (month < 1 || month > 12) return undefined;
  if (dayOfMonth < 1 || dayOfMonth > daysInMonth(year, month)) return undefined;
  return { year, month, day: dayOfMonth };
}

/** True for a 'YYYY-MM-DD' string naming a date that exists (no 2023-02-29, no 2024-04-31). */
export function isDay(value: string): boolean {
  return parseCivil(value) !== undefined;
}

function civilOrThrow(day: Day): CivilDate {
  const civil = parseCivil(day);
  if (!civil) throw new RangeError(`Not a calendar date 'YYYY-MM-DD': ${JSON.stringify(day)}`);
  return civil;
}

function epochDayOfCivil({ year, month, day }: CivilDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function civilOfEpochDay(epochDay: number): CivilDate {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

function formatCivil({ year, month, day }: CivilDate): Day {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function toEpochDay(day: Day): number {
  return epochDayOfCivil(civilOrThrow(day));
}

export function fromEpochDay(epochDay: number): Day {
  return formatCivil(civilOfEpochDay(epochDay));
}

export function addDays(day: Day, days: number): Day {
  return fromEpochDay(toEpochDay(day) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). The start day is day 0 (T3). */
export function daysBetween(from: Day, to: Day): number {
  return toEpochDay(to) - toEpochDay(from);
}

/**
 * CC Art 202 (T5): a month period ends on the corresponding day of the final month, or on that
 * month's last day when the corresponding day does not exist (Jan 31 + 1 month = Feb 28/29).
 */
export function addMonths(day: Day, months: number): Day {
  const { year, month, day: dayOfMonth } = civilOrThrow(day);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  return formatCivil({
    year: targetYear,
    month: targetMonth,
    day: Math.min(dayOfMonth, daysInMonth(targetYear, targetMonth)),
  });
}

export function laterOf(a: Day, b: Day): Day {
  return a >= b ? a : b;
}

export function earlierOf(a: Day, b: Day): Day {
  return a <= b ? a : b;
}

/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
export function dayOfWeek(day: Day): number {
  return (((toEpochDay(day) + 4) % 7) + 7) % 7;
}

/** True for an ISO-8601 date-time with 'Z' or a ±HH:MM offset whose date and time exist. */
export function isInstant(value: string): boolean {
  const match = INSTANT_PATTERN.exec(value);
  if (!match) return false;
  const [, date, hours, minutes, seconds, , offsetHours, offsetMinutes] = match;
  if (date === undefined || !isDay(date)) return false;
  if (Number(hours) > 23 || Number(minutes) > 59) return false;
  if (seconds !== undefined && Number(seconds) > 60) return false;
  if (offsetHours !== undefined && (Number(offsetHours) > 23 || Number(offsetMinutes) > 59)) return false;
  return true;
}

/** T1: the calendar date in China Standard Time of an instant given with any offset. */
export function cstDateOf(instant: Instant): Day {
  const match = INSTANT_PATTERN.exec(instant);
  if (!match || !isInstant(instant)) {
    throw new RangeError(`Not an ISO-8601 instant with offset: ${JSON.stringify(instant)}`);
  }
  const [, date, hours, minutes, , sign, offsetHours, offsetMinutes] = match;
  const offset = sign === undefined ? 0 : (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes));
  const cstMinuteOfDay = Number(hours) * 60 + Number(minutes) - offset + CST_OFFSET_MINUTES;
  return addDays(date as Day, Math.floor(cstMinuteOfDay / MINUTES_PER_DAY));
}

/**
 * CC Art 203 (T6, default 10): a period whose last day is a statutory holiday ends on the first day
 * after the holiday; a run of consecutive holidays is passed as a whole.
 */
export function rollPastHolidays(day: Day, holidays: ReadonlySet<Day>): Day {
  let last = day;
  while (holidays.has(last)) last = addDays(last, 1);
  return last;
}

export interface WorkingCalendar {
  holidays: ReadonlySet<Day>;
  makeUpWorkdays: ReadonlySet<Day>;
}

/** T14: Saturdays, Sundays and statutory holidays are not working days; 调休 make-up days are. */
export function isWorkingDay(day: Day, calendar: WorkingCalendar): boolean {
  if (calendar.makeUpWorkdays.has(day)) return true;
  if (calendar.holidays.has(day)) return false;
  const weekday = dayOfWeek(day);
  return weekday !== 0 && weekday !== 6;
}

/** The day on which the N-th working day after `day` falls (the start day is not counted, T3). */
export function addWorkingDays(day: Day, workingDays: number, calendar: WorkingCalendar): Day {
  let current = day;
  let counted = 0;
  while (counted < workingDays) {
    current = addDays(current, 1);
    if (isWorkingDay(current, calendar)) counted += 1;
  }
  return current;
}

/** T12 (CAR2021 Art 40): every full 24 h is one day and any remainder is one more day. */
export function repairDaysFromHours(hours: number): number {
  return Math.ceil(Math.max(0, hours) / 24);
}
