// Default 14: outside every period that covers the failed part the only remedy is a paid repair,
// except that a repair itself is guaranteed for 30 days (B11, C5, E3).
import type { Day } from './contract.ts';
import type { ClaimContext } from './claim-context.ts';
import { daysBetween } from './days.ts';
import type { Findings } from './findings.ts';
import type { PartCover } from './part-cover.ts';

const REPAIR_GUARANTEE_DAYS = 30;

export function paidRepairOnly(findings: Findings, rule: string, why: string): void {
  findings.grant('paid_repair', rule, { free: false, note: `${why} The product may be repaired for a fee.` });
  for (const kind of ['refund', 'replace', 'repair'] as const) findings.deny(kind, rule, why);
}

/**
 * Default 33: the same fault is the same `faultCode` when the claim and the repair both carry one,
 * else the same `partCode` (both absent = the whole unit).
 */
export function sameFault(
  claim: { partCode?: string; faultCode?: string },
  repair: { partCode?: string; faultCode?: string },
): boolean {
  if (claim.faultCode !== undefined && repair.faultCode !== undefined) return claim.faultCode === repair.faultCode;
  return claim.partCode === repair.partCode;
}

/**
 * B11 (default 33): the repairer guarantees a repaired product works for at least 30 days, so a
 * recurrence of the same fault within 30 days of a completed repair (not moved past holidays) is
 * repaired free even after the period ended.
 */
export function guaranteedRepairOn(ctx: ClaimContext): Day | undefined {
  let latest: Day | undefined;
  for (const spell of ctx.spells) {
    const repair = spell.repair;
    const completedOn = repair?.completedOn;
    if (repair === undefined || completedOn === undefined || !sameFault(ctx.facts.claim, repair)) continue;
    const since = daysBetween(completedOn, ctx.claimDate);
    if (since >= 0 && since <= REPAIR_GUARANTEE_DAYS && (latest === undefined || completedOn > latest))
      latest = completedOn;
  }
  return latest;
}

/** The rule ids a regime cites once the period that covers the failed part has run out. */
export interface LapsedRules {
  /** The period's own rule: a paid repair, no refund, no exchange. */
  period: string;
  /** The 30-day guarantee of a completed repair (default 33). */
  guarantee: string;
}

const periodOf = (cover: PartCover) => `${cover.period === 'main_part' ? 'main-part' : 'whole-unit'} 三包 period`;

/**
 * Default 14 on the part's cover: past the period that covers the failed part, decides the claim — a free
 * repair under the repair guarantee, else a paid repair — and answers true; inside it, decides nothing and
 * answers false. `period` names the period in the notes.
 */
export function decidedAsLapsed(
  ctx: ClaimContext,
  findings: Findings,
  cover: PartCover,
  rules: LapsedRules,
  period = periodOf(cover),
): boolean {
  if (cover.covered) return false;
  const why = `The ${period} ended on ${cover.endsOn}; the claim date is ${ctx.claimDate}.`;
  const repairedOn = guaranteedRepairOn(ctx);
  if (repairedOn === undefined) {
    paidRepairOnly(findings, rules.period, why);
    return true;
  }
  findings.grant('repair', rules.guarantee, {
    note: `${why} The same fault was repaired on ${repairedOn}, less than ${REPAIR_GUARANTEE_DAYS} days ago; the repairer's 30-day guarantee makes this repair free.`,
  });
  findings.deny('refund', rules.period, why);
  findings.deny('replace', rules.period, why);
  return true;
}
