import { addDays, fromEpochDay, isCalendarDate, toEpochDay, type Day } from './day.ts';

/** ISO-8601 date-time with 'Z' or a ±HH:MM offset ("2024-06-08T23:30:00+08:00"). */
export type Instant = string;

const INSTANT_PATTERN = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|([+-])(\d{2}):(\d{2}))$/;

const MINUTES_PER_DAY = 1440;
const MS_PER_DAY = 86_400_000;
/**
 * China Standard Time is UTC+08:00 all year. A fixed offset rather than the Asia/Shanghai zone the
 * parts service used: that zone replays the daylight saving of 1986–1991, which no business date
 * should follow. Instants are read strictly (ISO-8601 with 'Z' or ±HH:MM), not with Date.parse,
 * which the sales import used and which also takes local times and other spellings.
 */
const CST_OFFSET_MINUTES = 480;

interface ParsedInstant {
  date: Day;
  /** Minutes after midnight UTC of `date`, which may be negative or past a day. */
  utcMinuteOfDay: number;
}

function parseInstant(value: string): ParsedInstant | undefined {
  const match = INSTANT_PATTERN.exec(value);
  if (!match) return undefined;
  const [, date, hours, minutes, seconds, sign, offsetHours, offsetMinutes] = match;
  if (date === undefined || !isCalendarDate(date)) return undefined;
  if (Number(hours) > 23 || Number(minutes) > 59) return undefined;
  if (seconds !== undefined && Number(seconds) > 60) return undefined;
  if (sign !== undefined && (Number(offsetHours) > 23 || Number(offsetMinutes) > 59)) return undefined;
  const offset = sign === undefined ? 0 : (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes));
  return { date, utcMinuteOfDay: Number(hours) * 60 + Number(minutes) - offset };
}

/** True for an ISO-8601 date-time with 'Z' or a ±HH:MM offset whose date and time exist. */
export function isInstant(value: string): boolean {
  return parseInstant(value) !== undefined;
}

/** The calendar date in China Standard Time of an instant written with any offset. */
export function cstDateOf(instant: Instant): Day {
  const parsed = parseInstant(instant);
  if (!parsed) throw new RangeError(`Not an ISO-8601 instant with offset: ${JSON.stringify(instant)}`);
  return addDays(parsed.date, Math.floor((parsed.utcMinuteOfDay + CST_OFFSET_MINUTES) / MINUTES_PER_DAY));
}

/** The instant a China Standard Time business day begins (its 00:00 in China), in UTC ISO form. */
export function chinaMidnightOf(day: Day): Instant {
  return new Date((toEpochDay(day) * MINUTES_PER_DAY - CST_OFFSET_MINUTES) * 60_000).toISOString();
}

/** Today's business date in China for `now`, read from the caller's injected clock. */
export function todayInChina(now: Date): Day {
  const ms = now.getTime();
  if (Number.isNaN(ms)) throw new RangeError('todayInChina needs a valid Date');
  return fromEpochDay(Math.floor((ms + CST_OFFSET_MINUTES * 60_000) / MS_PER_DAY));
}
