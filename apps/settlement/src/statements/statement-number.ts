import { formatBusinessNumber, isDay } from '@sanbao/calendar';

/**
 * Readable statement numbers: ('2026-11-30', 123) → 'ST-202611-000123', the month of the period's
 * business date (CST); past 999999 the number simply grows.
 */
export function formatStatementNumber(businessDate: string, sequence: number): string {
  if (!isDay(businessDate)) throw new RangeError(`not a business date: ${businessDate}`);
  return formatBusinessNumber('ST', businessDate, sequence);
}

export const statementNumberPattern = /\bST-(\d{6})-(\d{6,})\b/g;
