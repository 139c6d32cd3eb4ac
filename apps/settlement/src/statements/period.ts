import { daysInMonth } from '@sanbao/calendar';

/** A settlement period is a calendar month, 'YYYY-MM'; its money is what was recorded up to its last CST day. */
export function periodBounds(period: string): { first: string; last: string; monthKey: string } {
  const match = /^(\d{4})-(\d{2})$/.exec(period);
  if (!match) throw new RangeError(`not a period 'YYYY-MM': ${period}`);
  const [year, month] = [Number(match[1]), Number(match[2])];
  if (month < 1 || month > 12) throw new RangeError(`not a period 'YYYY-MM': ${period}`);
  return {
    first: `${period}-01`,
    last: `${period}-${String(daysInMonth(year, month)).padStart(2, '0')}`,
    monthKey: `${match[1]}${match[2]}`,
  };
}

/** The period a CST business date falls in. */
export const periodOf = (day: string): string => day.slice(0, 7);
