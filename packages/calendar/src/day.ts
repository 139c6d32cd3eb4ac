// Business dates are 'YYYY-MM-DD' strings naming a calendar date in China Standard Time. Arithmetic
// runs on epoch days (days since 1970-01-01) with the proleptic Gregorian algorithm: no Date object,
// no clock and no time zone of the machine can shift a day.

/** 'YYYY-MM-DD', a calendar date in China Standard Time. */
export type Day = string;

/**
 * The years a business date may fall in. The copies this package replaced disagreed: the rules
 * engine took any year 0000–9999, the parts service's Date-based check refused years before 0100,
 * and the sales import took 1900–2999. The narrowest is the safest: every accepted date is one
 * Postgres stores (it has no year 0000) and a typed 0206 for 2026 is caught.
 */
export const supportedYears = { first: 1900, last: 2999 } as const;

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
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

/** A 'YYYY-MM-DD' that exists (no 2023-02-29, no 2024-04-31), in any year 0000–9999. */
export function isCalendarDate(value: string): boolean {
  return parseCivil(value) !== undefined;
}

/** A business date: a calendar date within `supportedYears`. What every input schema accepts. */
export function isDay(value: string): boolean {
  const civil = parseCivil(value);
  return civil !== undefined && civil.year >= supportedYears.first && civil.year <= supportedYears.last;
}

// Arithmetic takes any calendar date, not only supported years, so a period computed from a valid
// date never throws near the edge of the range.
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

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

function formatCivil({ year, month, day }: CivilDate): Day {
  return `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}`;
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

/** Whole days from `from` to `to` (negative when `to` is earlier). The start day is day 0. */
export function daysBetween(from: Day, to: Day): number {
  return toEpochDay(to) - toEpochDay(from);
}

/**
 * Civil Code Art 202: a period of months ends on the corresponding day of the final month, or on
 * that month's last day when the corresponding day does not exist (Jan 31 + 1 month = Feb 28/29).
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
