/**
 * Business dates are calendar dates in China Standard Time, as 'YYYY-MM-DD' strings. Arithmetic is
 * done on UTC midnights of those dates, so no local timezone of the machine can shift a day.
 */
const chinaCalendar = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's business date in Asia/Shanghai for an instant. */
export const todayInChina = (now: Date): string => chinaCalendar.format(now);

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(text: string): boolean {
  const match = datePattern.exec(text);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const toUtcMs = (date: string): number => {
  if (!isCalendarDate(date)) throw new RangeError(`not a calendar date: ${date}`);
  return Date.parse(`${date}T00:00:00Z`);
};

export const addDays = (date: string, days: number): string => new Date(toUtcMs(date) + days * 86_400_000).toISOString().slice(0, 10);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => Math.round((toUtcMs(to) - toUtcMs(from)) / 86_400_000);

/** 'YYYYMM' of a business date, as used in readable business numbers. */
export const monthOf = (date: string): string => date.slice(0, 4) + date.slice(5, 7);
