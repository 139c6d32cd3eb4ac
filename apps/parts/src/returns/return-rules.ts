import { deadlineAfter, type Day } from '@sanbao/calendar';

/**
 * Which consumed parts must come back to the factory, per part class: all of them, every Nth unit
 * (sampling, counted per provider and class), those worth more than a value, or none.
 */
export type ReturnRule =
  | { rule: 'all' }
  | { rule: 'sample'; sampleEvery: number }
  | { rule: 'above_value'; minValueFen: number }
  | { rule: 'none' };

export type ReturnPolicy = ReturnRule & { dueDays: number };

export function policyFromRow(
  row:
    { rule: ReturnRule['rule']; sampleEvery: number | null; minValueFen: number | null; dueDays: number } | undefined,
  defaultDueDays: number,
): ReturnPolicy {
  if (!row) return { rule: 'all', dueDays: defaultDueDays };
  switch (row.rule) {
    case 'sample':
      return { rule: 'sample', sampleEvery: row.sampleEvery ?? 1, dueDays: row.dueDays };
    case 'above_value':
      return { rule: 'above_value', minValueFen: row.minValueFen ?? 0, dueDays: row.dueDays };
    default:
      return { rule: row.rule, dueDays: row.dueDays };
  }
}

export interface ConsumedUnits {
  returnable: boolean;
  unitCostFen: number;
  quantity: number;
  /** Units of this class the provider consumed before these (the sampling counter). */
  unitsConsumedBefore: number;
}

/** 0-based positions, among the consumed units, of those that must come back. */
export function unitsToReturn(policy: ReturnRule, units: ConsumedUnits): number[] {
  const all = Array.from({ length: units.quantity }, (_, i) => i);
  if (!units.returnable) return [];
  switch (policy.rule) {
    case 'all':
      return all;
    case 'none':
      return [];
    case 'above_value':
      return units.unitCostFen > policy.minValueFen ? all : [];
    case 'sample':
      // The k-th unit ever consumed of this class (1-based) comes back when k is a multiple of N.
      return all.filter((i) => (units.unitsConsumedBefore + i + 1) % policy.sampleEvery === 0);
  }
}

/**
 * The date an old part is due back: consumption date plus the class's days; a due date on a statutory
 * holiday moves to the first day after the holiday run. `holidays` must cover `dueDateHorizonDays`.
 */
export const returnDueOn = (consumedOn: Day, policy: Pick<ReturnPolicy, 'dueDays'>, holidays: ReadonlySet<Day>): Day =>
  deadlineAfter(consumedOn, policy.dueDays, holidays);

/** How far past consumption a due date can land: the longest period a class may set (365 days) or the default, plus a month for a holiday run. */
export const dueDateHorizonDays = (defaultDueDays: number): number => Math.max(365, defaultDueDays) + 31;
