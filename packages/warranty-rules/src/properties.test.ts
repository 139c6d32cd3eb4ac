// Properties that must hold for every valid claim (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adjudicate } from './adjudicate.ts';
import { citations } from './citations.ts';
import type { ClaimFacts, Decision, Day } from './contract.ts';
import { underReg2024 } from './coverage.ts';
import { addDays, addMonths, cstDateOf, daysBetween, fromEpochDay, rollPastHolidays, toEpochDay } from './days.ts';
import { depreciationFen } from './refund.ts';
import { claimFactsArb, dayArb } from './test-support/arbitraries.ts';
import { colourTv, cst, qualityClaim } from './test-support/claim-facts.ts';

const RUNS = { numRuns: 300 };

function refundCeiling(facts: ClaimFacts): number {
  const { sale } = facts;
  if (facts.claim.type === 'no_reason') return sale.paidFen ?? sale.priceFen;
  return sale.paidFen !== undefined && underReg2024(sale) ? sale.paidFen : sale.priceFen;
}

function withHoliday(facts: ClaimFacts, holiday: Day): ClaimFacts {
  return { ...facts, calendar: { ...facts.calendar, holidays: [...(facts.calendar?.holidays ?? []), holiday] } };
}

function freeKinds(decision: Decision): string[] {
  return decision.remedies.filter((r) => r.free).map((r) => r.kind);
}

describe('money', () => {
  it('a refund is never negative nor above what was paid (or the invoice price the rule refunds)', () => {
    fc.assert(
      fc.property(claimFactsArb, (facts) => {
        const ceiling = refundCeiling(facts);
        for (const remedy of adjudicate(facts).remedies) {
          for (const amount of [remedy.refundFen, remedy.depreciationFen, remedy.usageFeeFen]) {
            if (amount !== undefined) expect(Number.isSafeInteger(amount) && amount >= 0).toBe(true);
          }
          if (remedy.refundFen === undefined) continue;
          expect(remedy.refundFen).toBeLessThanOrEqual(ceiling);
          expect(remedy.refundFen).toBeLessThanOrEqual(facts.sale.priceFen);
          expect(remedy.refundFen + (remedy.depreciationFen ?? 0) + (remedy.usageFeeFen ?? 0)).toBeLessThanOrEqual(
            ceiling,
          );
        }
      }),
      RUNS,
    );
  });

  it('free is false exactly when the consumer bears a cost (default 15)', () => {
    fc.assert(
      fc.property(claimFactsArb, (facts) => {
        for (const remedy of adjudicate(facts).remedies) {
          const cost =
            (remedy.depreciationFen ?? 0) > 0 || (remedy.usageFeeFen ?? 0) > 0 || remedy.kind === 'paid_repair';
          expect(remedy.free).toBe(!cost);
        }
      }),
      RUNS,
    );
  });

  it('depreciation grows (never shrinks) with used days', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.nat(5000),
        fc.nat(5000),
        (base, bp, days, more) => {
          const now = depreciationFen(base, bp, days);
          expect(now).toBeLessThanOrEqual(depreciationFen(base, bp, days + more));
          expect(now).toBeLessThanOrEqual(base);
        },
      ),
    );
  });

  it('a later return after two failed repairs never costs less depreciation (B7b)', () => {
    const repairs = [
      { sentOn: '2024-03-10', completedOn: '2024-03-15', fixed: false },
      { sentOn: '2024-04-01', completedOn: '2024-04-03', fixed: false },
    ];
    fc.assert(
      fc.property(fc.integer({ min: 40, max: 300 }), fc.nat(60), (day, later) => {
        const depreciation = (d: number) =>
          adjudicate(qualityClaim(colourTv, '2024-03-01', addDays('2024-03-01', d), { repairs })).remedies.find(
            (r) => r.kind === 'refund',
          )?.depreciationFen ?? -1;
        expect(depreciation(day)).toBeGreaterThanOrEqual(0);
        expect(depreciation(day)).toBeLessThanOrEqual(depreciation(day + later));
      }),
    );
  });
});

describe('time', () => {
  it('adding a holiday never shortens a deadline nor takes away a free remedy', () => {
    fc.assert(
      fc.property(
        claimFactsArb,
        fc.integer({ min: -3, max: 3 }),
        fc.constantFrom('whole', 'main', 'noReason', 'claim'),
        (facts, shift, anchor) => {
          const before = adjudicate(facts);
          const near = {
            whole: before.coverage.wholeUnitEndsOn,
            main: before.coverage.mainPartEndsOn,
            noReason: before.noReasonDeadline,
            claim: cstDateOf(facts.claim.raisedAt),
          }[anchor];
          const after = adjudicate(withHoliday(facts, addDays(near ?? facts.sale.invoiceDate, shift)));
          expect(after.coverage.wholeUnitEndsOn >= before.coverage.wholeUnitEndsOn).toBe(true);
          expect(after.coverage.mainPartEndsOn >= before.coverage.mainPartEndsOn).toBe(true);
          expect((after.noReasonDeadline ?? '') >= (before.noReasonDeadline ?? '')).toBe(true);
          for (const kind of freeKinds(before)) expect(freeKinds(after)).toContain(kind);
        },
      ),
      RUNS,
    );
  });

  it('the latest replacement of the unit up to the claim date restarts every period on its date (default 27)', () => {
    fc.assert(
      fc.property(claimFactsArb, fc.nat(1500), (facts, after) => {
        const claimDate = cstDateOf(facts.claim.raisedAt);
        const latest = [...(facts.history?.replacements ?? [])]
          .filter((r) => r.scope === 'unit' && r.on <= claimDate)
          .map((r) => r.on)
          .sort()
          .at(-1);
        const on = addDays(latest ?? facts.sale.invoiceDate, after);
        const replaced = adjudicate({
          ...facts,
          history: { ...facts.history, replacements: [...(facts.history?.replacements ?? []), { on, scope: 'unit' }] },
        });
        if (on <= claimDate) expect(replaced.coverage.startsOn).toBe(on);
        else expect(replaced.coverage).toEqual(adjudicate(facts).coverage);
      }),
      RUNS,
    );
  });

  it('the holiday roll-forward lands on the first non-holiday on or after the day', () => {
    fc.assert(
      fc.property(dayArb, fc.array(fc.integer({ min: 0, max: 10 })), (day, offsets) => {
        const holidays = new Set(offsets.map((offset) => addDays(day, offset)));
        const rolled = rollPastHolidays(day, holidays);
        expect(rolled >= day && !holidays.has(rolled)).toBe(true);
        for (let d = day; d < rolled; d = addDays(d, 1)) expect(holidays.has(d)).toBe(true);
      }),
    );
  });

  it('calendar arithmetic is consistent', () => {
    fc.assert(
      fc.property(
        dayArb,
        fc.integer({ min: -4000, max: 4000 }),
        fc.integer({ min: 0, max: 120 }),
        (day, days, months) => {
          expect(fromEpochDay(toEpochDay(day))).toBe(day);
          expect(daysBetween(day, addDays(day, days))).toBe(days);
          const end = addMonths(day, months);
          expect(end >= day).toBe(true);
          expect(end.slice(8) <= day.slice(8)).toBe(true);
          expect(daysBetween(addMonths(day, months), addMonths(day, months + 1))).toBeGreaterThanOrEqual(28);
        },
      ),
    );
  });

  it('the CST date of an instant is its local date moved by at most one day', () => {
    fc.assert(
      fc.property(
        dayArb.chain((day) =>
          fc.tuple(
            fc.constant(day),
            fc.integer({ min: 0, max: 1439 }),
            fc.constantFrom('Z', '+08:00', '-12:00', '+14:00'),
          ),
        ),
        ([day, minute, offset]) => {
          const instant = `${day}T${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00${offset}`;
          expect(Math.abs(daysBetween(day, cstDateOf(instant)))).toBeLessThanOrEqual(1);
          if (offset === '+08:00') expect(cstDateOf(instant)).toBe(day);
        },
      ),
    );
    expect(cstDateOf(cst('2024-06-08', '23:59:59'))).toBe('2024-06-08');
  });
});

describe('determinism and traceability', () => {
  it('the same facts always give the same decision, also after a JSON round trip', () => {
    fc.assert(
      fc.property(claimFactsArb, (facts) => {
        const first = adjudicate(facts);
        expect(adjudicate(facts)).toEqual(first);
        expect(adjudicate(JSON.parse(JSON.stringify(facts)) as ClaimFacts)).toEqual(first);
        expect(JSON.parse(JSON.stringify(first))).toEqual(first);
      }),
      RUNS,
    );
  });

  it('does not modify its input', () => {
    fc.assert(
      fc.property(claimFactsArb, (facts) => {
        const copy = structuredClone(facts);
        adjudicate(facts);
        expect(facts).toEqual(copy);
      }),
    );
  });

  it('every remedy and denial names a known rule and carries its citation; one remedy per kind', () => {
    fc.assert(
      fc.property(claimFactsArb, (facts) => {
        const decision = adjudicate(facts);
        for (const entry of [...decision.remedies, ...decision.denied]) {
          expect(citations[entry.rule]).toBeDefined();
          expect(entry.citation).toMatch(/ \/ /);
        }
        const kinds = decision.remedies.map((r) => r.kind);
        expect(new Set(kinds).size).toBe(kinds.length);
        const granted = new Set(kinds);
        expect(decision.denied.every((d) => !granted.has(d.kind))).toBe(true);
        expect(decision.coverage.extensionDays).toBeGreaterThanOrEqual(0);
        expect(decision.coverage.wholeUnitEndsOn >= decision.coverage.startsOn).toBe(true);
        if (facts.claim.type === 'quality') expect(decision.remedies.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });
});
