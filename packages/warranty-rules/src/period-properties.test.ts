// Properties of the periods (contract defaults 3, 27, 31, 36) and of the car usage fee (defaults 6, 24).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adjudicate } from './adjudicate.ts';
import type { ClaimFacts, Day, Repair } from './contract.ts';
import { addDays, addMonths, cstDateOf, daysBetween, rollPastHolidays } from './days.ts';
import { usageFee } from './refund.ts';
import { effectivePolicy } from './statutory-minimums.ts';
import { claimFactsArb } from './test-support/arbitraries.ts';

const RUNS = { numRuns: 400 };
const qualityFactsArb = claimFactsArb.map((facts): ClaimFacts => ({
  ...facts,
  claim: { ...facts.claim, type: 'quality' },
}));

function withRepair(facts: ClaimFacts, repair: Repair): ClaimFacts {
  return { ...facts, history: { ...facts.history, repairs: [...(facts.history?.repairs ?? []), repair] } };
}

/** Days each repair (and the claim's pending repair) occupied up to the claim date, by the day it was sent. */
function occupied(facts: ClaimFacts, claimDate: Day): Array<{ sentOn: Day; days: number }> {
  const repairs = facts.history?.repairs ?? [];
  const spells = repairs.map((repair) => {
    const until = repair.completedOn === undefined || repair.completedOn > claimDate ? claimDate : repair.completedOn;
    return { sentOn: repair.sentOn, days: Math.max(0, daysBetween(repair.sentOn, until)) };
  });
  const pending = facts.claim.pendingRepair;
  if (pending && !repairs.some((repair) => repair.completedOn === undefined && repair.sentOn === pending.sentOn)) {
    spells.push({ sentOn: pending.sentOn, days: Math.max(0, daysBetween(pending.sentOn, claimDate)) });
  }
  return spells.sort((a, b) => (a.sentOn < b.sentOn ? -1 : a.sentOn > b.sentOn ? 1 : 0));
}

/** start + months + the days of the repairs sent while the period ran, moved past holiday runs. */
function expectedEnd(facts: ClaimFacts, start: Day, months: number): Day {
  const claimDate = cstDateOf(facts.claim.raisedAt);
  const holidays = new Set(facts.calendar?.holidays ?? []);
  const endWith = (extension: number) => rollPastHolidays(addDays(addMonths(start, months), extension), holidays);
  let extension = 0;
  for (const spell of occupied(facts, claimDate)) {
    const ranOnSentDay = spell.sentOn >= start && spell.sentOn <= claimDate && spell.sentOn <= endWith(extension);
    if (ranOnSentDay) extension += spell.days;
  }
  return endWith(extension);
}

const extraRepairArb = fc.record({
  after: fc.integer({ min: -30, max: 1500 }),
  lasting: fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }),
});

function repairAt(sentOn: Day, lasting: number | undefined): Repair {
  return lasting === undefined
    ? { sentOn, fixed: true }
    : { sentOn, completedOn: addDays(sentOn, lasting), fixed: true };
}

describe('periods', () => {
  it('each period ends on start + months + the extensions sent while it ran, moved past holiday runs', () => {
    fc.assert(
      fc.property(qualityFactsArb, (facts) => {
        const { coverage } = adjudicate(facts);
        const policy = effectivePolicy(facts.policy);
        expect(coverage.wholeUnitEndsOn).toBe(expectedEnd(facts, coverage.startsOn, policy.wholeUnitMonths));
        expect(coverage.mainPartEndsOn).toBe(expectedEnd(facts, coverage.startsOn, policy.mainPartMonths));
      }),
      RUNS,
    );
  });

  it('the periods start on the latest unit replacement up to the claim date, else on the original start', () => {
    fc.assert(
      fc.property(qualityFactsArb, (facts) => {
        const claimDate = cstDateOf(facts.claim.raisedAt);
        const latest = (facts.history?.replacements ?? [])
          .filter((r) => r.scope === 'unit' && r.on <= claimDate)
          .map((r) => r.on)
          .sort()
          .at(-1);
        const { coverage } = adjudicate(facts);
        if (latest !== undefined) expect(coverage.startsOn).toBe(latest);
        else
          expect(adjudicate({ ...facts, history: { ...facts.history, replacements: [] } }).coverage.startsOn).toBe(
            coverage.startsOn,
          );
      }),
      RUNS,
    );
  });

  it('an extension never ends a period earlier', () => {
    fc.assert(
      fc.property(qualityFactsArb, extraRepairArb, (facts, { after, lasting }) => {
        const before = adjudicate(facts).coverage;
        const after_ = adjudicate(withRepair(facts, repairAt(addDays(before.startsOn, after), lasting))).coverage;
        expect(after_.wholeUnitEndsOn >= before.wholeUnitEndsOn).toBe(true);
        expect(after_.mainPartEndsOn >= before.mainPartEndsOn).toBe(true);
      }),
      RUNS,
    );
  });

  it('an extension never revives an ended period: a repair sent after its end changes it not', () => {
    fc.assert(
      fc.property(
        qualityFactsArb,
        fc.integer({ min: 1, max: 400 }),
        fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }),
        fc.boolean(),
        (facts, gap, lasting, whole) => {
          const before = adjudicate(facts).coverage;
          const end = whole ? before.wholeUnitEndsOn : before.mainPartEndsOn;
          const after = adjudicate(withRepair(facts, repairAt(addDays(end, gap), lasting))).coverage;
          expect(whole ? after.wholeUnitEndsOn : after.mainPartEndsOn).toBe(end);
        },
      ),
      RUNS,
    );
  });
});

describe('car usage fee', () => {
  // km drawn as whole metres, so the exact fee is price × metres × n / (1000 × 1000 × 10000).
  const metresArb = fc.integer({ min: 0, max: 200_000_000 });
  const priceArb = fc.integer({ min: 0, max: 10_000_000_000 });
  const factorArb = fc.integer({ min: 0, max: 100 });

  it('is monotone in km', () => {
    fc.assert(
      fc.property(priceArb, metresArb, metresArb, factorArb, (price, a, b, factor) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(usageFee(price, low / 1000, factor).usageFeeFen).toBeLessThanOrEqual(
          usageFee(price, high / 1000, factor).usageFeeFen,
        );
      }),
    );
  });

  it('rounds down once, on the exact product, and never exceeds the price', () => {
    fc.assert(
      fc.property(priceArb, metresArb, factorArb, (price, metres, factor) => {
        const exact = (BigInt(price) * BigInt(metres) * BigInt(Math.min(factor, 50))) / 10_000_000_000n;
        const expected = exact >= BigInt(price) ? price : Number(exact);
        expect(usageFee(price, metres / 1000, factor).usageFeeFen).toBe(expected);
      }),
    );
  });
});
