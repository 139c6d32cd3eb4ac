/**
 * Readable statement numbers: ('2026-11-30', 123) → 'ST-202611-000123', the month of the period's
 * business date (CST); past 999999 the number simply grows.
 */
// calendar: swap for the business-number formatter of packages/calendar once it lands.
export function formatStatementNumber(businessDate: string, sequence: number): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(businessDate)) throw new RangeError(`not a business date: ${businessDate}`);
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new RangeError(`not a sequence number: ${sequence}`);
  return `ST-${businessDate.slice(0, 4)}${businessDate.slice(5, 7)}-${String(sequence).padStart(6, '0')}`;
}

export const statementNumberPattern = /\bST-(\d{6})-(\d{6,})\b/g;
