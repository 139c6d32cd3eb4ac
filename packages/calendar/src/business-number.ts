import { isCalendarDate, type Day } from './day.ts';

/** 'YYYYMM' of a business date: the month part of business numbers. */
export function monthKeyOf(day: Day): string {
  if (!isCalendarDate(day)) throw new RangeError(`Not a calendar date 'YYYY-MM-DD': ${JSON.stringify(day)}`);
  return day.slice(0, 4) + day.slice(5, 7);
}

const PREFIX_PATTERN = /^[A-Z]{2,4}$/;

/**
 * A readable number beside an id: prefix, the business month in China and a sequence padded to six
 * digits ('WC', '2026-11-05', 123 → 'WC-202611-000123'). Past 999999 the number simply grows.
 */
export function formatBusinessNumber(prefix: string, businessDate: Day, sequence: number): string {
  if (!PREFIX_PATTERN.test(prefix))
    throw new RangeError(`A business number prefix is 2–4 capital letters: ${JSON.stringify(prefix)}`);
  if (!Number.isSafeInteger(sequence) || sequence < 1)
    throw new RangeError(`A business number sequence is a positive whole number: ${sequence}`);
  return `${prefix}-${monthKeyOf(businessDate)}-${String(sequence).padStart(6, '0')}`;
}
