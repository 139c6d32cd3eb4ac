// Everything the rule modules derive the same way from ClaimFacts: the claim date (T1, default 11),
// the calendar, repair spells, coverage, the refund base (A4, default 5) and the contract defaults.
import type { ClaimFacts, Coverage, Day, Fen, Policy, Replacement } from './contract.ts';
import type { RepairSpell } from './coverage.ts';
import { computeCoverage, repairSpells, underReg2024 } from './coverage.ts';
import type { WorkingCalendar } from './days.ts';
import { addDays, cstDateOf, daysBetween, rollPastHolidays } from './days.ts';
import { effectivePolicy } from './statutory-minimums.ts';

export interface ClaimContext {
  readonly facts: ClaimFacts;
  /** The policy after statutory minimums (precedence 3). */
  readonly policy: Policy;
  /** CST date of claim.raisedAt (default 11). */
  readonly claimDate: Day;
  readonly calendar: WorkingCalendar;
  readonly spells: readonly RepairSpell[];
  /** Replacements up to the claim date. */
  readonly replacements: readonly Replacement[];
  readonly coverage: Coverage;
  /** Days from coverage.startsOn to the claim date (start day = day 0, default 2). */
  readonly day: number;
  /** A4/default 5: paidFen when given and invoiced on/after 2024-07-01, else priceFen. */
  readonly refundBaseFen: Fen;
  readonly performanceFault: boolean;
  readonly sellerHasSameModel: boolean;
}

export function claimContext(facts: ClaimFacts): ClaimContext {
  const policy = effectivePolicy(facts.policy);
  const claimDate = cstDateOf(facts.claim.raisedAt);
  const calendar: WorkingCalendar = {
    holidays: new Set(facts.calendar?.holidays ?? []),
    makeUpWorkdays: new Set(facts.calendar?.makeUpWorkdays ?? []),
  };
  const spells = repairSpells(facts.history?.repairs ?? [], facts.claim.pendingRepair, claimDate);
  const replacements = (facts.history?.replacements ?? []).filter((replacement) => replacement.on <= claimDate);
  const coverage = computeCoverage(policy, facts.sale, replacements, spells, claimDate, calendar.holidays);
  return {
    facts,
    policy,
    claimDate,
    calendar,
    spells,
    replacements,
    coverage,
    day: daysBetween(coverage.startsOn, claimDate),
    refundBaseFen: refundBase(facts),
    performanceFault: facts.claim.performanceFault ?? true,
    sellerHasSameModel: facts.claim.sellerHasSameModel ?? true,
  };
}

export function refundBase(facts: ClaimFacts): Fen {
  const { sale } = facts;
  return sale.paidFen !== undefined && underReg2024(sale) ? sale.paidFen : sale.priceFen;
}

/**
 * "Within N days" of `from` (T11, default 2): claim date − from ≤ N, the last day moved past
 * statutory holidays (T6). A claim before `from` is inside the window.
 */
export function withinDays(ctx: ClaimContext, days: number, from: Day = ctx.coverage.startsOn): boolean {
  return ctx.claimDate <= rollPastHolidays(addDays(from, days), ctx.calendar.holidays);
}

/** Repair spells sent inside the current period (from coverage.startsOn) up to the claim date. */
export function spellsInPeriod(ctx: ClaimContext, until: Day = ctx.claimDate): RepairSpell[] {
  return ctx.spells.filter(
    (spell) => spell.sentOn >= ctx.coverage.startsOn && spell.sentOn <= until && spell.sentOn <= ctx.claimDate,
  );
}

/** Days of repair occupied between `from` and the claim date (B7 depreciation: repair and waiting time). */
export function repairDaysSince(ctx: ClaimContext, from: Day): number {
  return ctx.spells
    .filter((spell) => spell.sentOn >= from && spell.sentOn <= ctx.claimDate)
    .reduce((sum, spell) => sum + spell.days, 0);
}
