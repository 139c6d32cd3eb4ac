import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dueDateHorizonDays, policyFromRow, returnDueOn, unitsToReturn, type ReturnRule } from './return-rules.ts';

const units = (over: Partial<Parameters<typeof unitsToReturn>[1]> = {}) => ({
  returnable: true,
  unitCostFen: 27_300,
  quantity: 3,
  unitsConsumedBefore: 0,
  ...over,
});

describe('return rules', () => {
  it('all, none and above a value', () => {
    expect(unitsToReturn({ rule: 'all' }, units())).toEqual([0, 1, 2]);
    expect(unitsToReturn({ rule: 'none' }, units())).toEqual([]);
    expect(unitsToReturn({ rule: 'above_value', minValueFen: 27_300 }, units())).toEqual([]);
    expect(unitsToReturn({ rule: 'above_value', minValueFen: 27_299 }, units())).toEqual([0, 1, 2]);
  });

  it('a part that is not returnable never comes back, whatever the rule', () => {
    expect(unitsToReturn({ rule: 'all' }, units({ returnable: false }))).toEqual([]);
  });

  it('sampling takes every Nth unit, counting across reports', () => {
    expect(unitsToReturn({ rule: 'sample', sampleEvery: 3 }, units({ quantity: 2, unitsConsumedBefore: 0 }))).toEqual(
      [],
    );
    expect(unitsToReturn({ rule: 'sample', sampleEvery: 3 }, units({ quantity: 2, unitsConsumedBefore: 2 }))).toEqual([
      0,
    ]);
    expect(unitsToReturn({ rule: 'sample', sampleEvery: 1 }, units())).toEqual([0, 1, 2]);
  });

  it('sampling over any split of consumption returns exactly floor(total / N) units', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.array(fc.integer({ min: 1, max: 30 }), { maxLength: 30 }),
        (n, batches) => {
          let before = 0;
          let returned = 0;
          for (const quantity of batches) {
            returned += unitsToReturn(
              { rule: 'sample', sampleEvery: n },
              units({ quantity, unitsConsumedBefore: before }),
            ).length;
            before += quantity;
          }
          expect(returned).toBe(Math.floor(before / n));
        },
      ),
    );
  });

  it('never asks for more units than were consumed, nor outside them', () => {
    const rule = fc.oneof(
      fc.constant<ReturnRule>({ rule: 'all' }),
      fc.constant<ReturnRule>({ rule: 'none' }),
      fc.integer({ min: 1, max: 50 }).map((sampleEvery): ReturnRule => ({ rule: 'sample', sampleEvery })),
      fc.integer({ min: 0, max: 100_000 }).map((minValueFen): ReturnRule => ({ rule: 'above_value', minValueFen })),
    );
    fc.assert(
      fc.property(
        rule,
        fc.boolean(),
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 1, max: 50 }),
        fc.nat(1000),
        (r, returnable, cost, quantity, before) => {
          const picked = unitsToReturn(r, { returnable, unitCostFen: cost, quantity, unitsConsumedBefore: before });
          expect(picked.length).toBeLessThanOrEqual(quantity);
          expect(new Set(picked).size).toBe(picked.length);
          for (const i of picked) expect(i >= 0 && i < quantity).toBe(true);
        },
      ),
    );
  });

  it('due date is the consumption date plus the class days; a class without a rule uses the default', () => {
    expect(returnDueOn('2026-11-20', { dueDays: 15 }, new Set())).toBe('2026-12-05');
    expect(policyFromRow(undefined, 30)).toEqual({ rule: 'all', dueDays: 30 });
    expect(policyFromRow({ rule: 'sample', sampleEvery: 5, minValueFen: null, dueDays: 10 }, 30)).toEqual({
      rule: 'sample',
      sampleEvery: 5,
      dueDays: 10,
    });
  });

  it('a due date on a statutory holiday run moves to the day after the run', () => {
    const nationalDay = new Set([
      '2026-10-01',
      '2026-10-02',
      '2026-10-03',
      '2026-10-04',
      '2026-10-05',
      '2026-10-06',
      '2026-10-07',
    ]);
    expect(returnDueOn('2026-09-16', { dueDays: 15 }, nationalDay)).toBe('2026-10-08');
    expect(returnDueOn('2026-09-20', { dueDays: 15 }, nationalDay)).toBe('2026-10-08');
    expect(returnDueOn('2026-09-15', { dueDays: 15 }, nationalDay)).toBe('2026-09-30');
    expect(returnDueOn('2026-09-23', { dueDays: 15 }, nationalDay)).toBe('2026-10-08');
    expect(returnDueOn('2026-09-24', { dueDays: 15 }, nationalDay)).toBe('2026-10-09');
  });

  it('the holiday window read before a report reaches past any due date a class or the default can give', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 365 }), fc.integer({ min: 1, max: 1000 }), (classDays, defaultDays) => {
        expect(dueDateHorizonDays(defaultDays)).toBeGreaterThan(Math.max(classDays, defaultDays) + 30);
      }),
    );
  });
});
