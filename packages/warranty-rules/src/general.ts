// R1995 《部分商品修理更换退货责任规定》 — catalogued goods (B rules, docs/warranty-law.md): the 7/15-day windows, two failed
// repairs, repair delays, return with depreciation, free repair and the main-part period.
import type { ClaimContext } from './claim-context.ts';
import { spellsInPeriod, withinDays } from './claim-context.ts';
import { addDays } from './days.ts';
import type { Findings } from './findings.ts';
import { decidedAsLapsed } from './lapsed-period.ts';
import { partCover } from './part-cover.ts';
import { grantReturnOnExchange } from './return-on-exchange.ts';

export interface ExchangeCondition {
  rule: string;
  because: string;
  note: string;
}

/**
 * B5/C6 (defaults 7, 26): repairs of the unit inside the period that left it still unusable; for phones
 * the host only, so a repair of a phone accessory never counts.
 */
export function failedRepairsInPeriod(ctx: ClaimContext): number {
  const accessories = ctx.policy.regime === 'mobile_phone' ? (ctx.policy.accessoryMonths ?? {}) : {};
  return spellsInPeriod(ctx, ctx.coverage.wholeUnitEndsOn).filter((spell) => {
    const partCode = spell.repair?.partCode;
    return spell.repair?.fixed === false && (partCode === undefined || !Object.hasOwn(accessories, partCode));
  }).length;
}

/** B6/C8: days the claim's pending repair has run up to the claim date, if it was sent inside the period. */
export function pendingRepairDays(ctx: ClaimContext): number | undefined {
  const sentOn = ctx.facts.claim.pendingRepair?.sentOn;
  if (sentOn === undefined || sentOn < ctx.coverage.startsOn) return undefined;
  const spell = ctx.spells.find((s) => s.sentOn === sentOn && (s.pending || s.repair?.completedOn === undefined));
  return spell?.days;
}

function exchangeConditions(ctx: ClaimContext): ExchangeCondition[] {
  const conditions: ExchangeCondition[] = [];
  const failed = failedRepairsInPeriod(ctx);
  if (failed >= 2) {
    conditions.push({
      rule: 'B5',
      because: `${failed} failed repairs (B5)`,
      note: `Still not usable after ${failed} repairs inside the period: free exchange for the same model and specification, on the repair records.`,
    });
  }
  const pending = ctx.facts.claim.pendingRepair;
  const days = pendingRepairDays(ctx);
  const noPartsDays = ctx.policy.noPartsReplaceDays;
  if (pending?.waitingForProducerParts && days !== undefined && noPartsDays !== undefined && days > noPartsDays) {
    conditions.push({
      rule: 'B6',
      because: `no parts for ${days} days (B6a)`,
      note: `B6(a): not repaired ${days} days after being sent on ${pending.sentOn} because the producer supplied no parts (more than ${noPartsDays}): the seller exchanges free for the same model and specification.`,
    });
  }
  const delayDays = ctx.policy.repairerDelayReplaceDays;
  if (pending?.delayedByRepairer && days !== undefined && delayDays !== undefined && days > delayDays) {
    conditions.push({
      rule: 'B6',
      because: `repair delayed ${days} days by the repairer (B6b)`,
      note: `B6(b): repair running ${days} days since ${pending.sentOn} for reasons of the repairer (more than ${delayDays}): free exchange for the same model and specification, at the repairer's cost.`,
    });
  }
  return conditions;
}

export function adjudicateGeneral(ctx: ClaimContext, findings: Findings): void {
  const cover = partCover(ctx);
  if (decidedAsLapsed(ctx, findings, cover, { period: 'B14', guarantee: 'B11' })) return;
  if (cover.period === 'main_part') {
    const why = `The whole-unit period ended on ${ctx.coverage.wholeUnitEndsOn}; only the main part ${ctx.facts.claim.partCode ?? ''} is covered until ${cover.endsOn}.`;
    // Contract default 21, rule B14: free repair or free replacement of the main part (as PC2002 Art 10 ¶2).
    findings.grant('repair', 'B14', { note: `${why} Free repair of the main part (parts and labour).` });
    findings.grant('replace_part', 'B14', { note: `${why} Or free replacement of the main part with a new one.` });
    findings.deny('replace', 'B14', why);
    findings.deny('refund', 'B14', why);
    return;
  }

  const { day, performanceFault, coverage } = ctx;
  const in7 = withinDays(ctx, 7);
  const in15 = withinDays(ctx, 15);
  if (performanceFault && in7) {
    findings.grant('refund', 'B3', {
      refundFen: ctx.refundBaseFen,
      note: `Performance fault on day ${day}: full price refunded in one payment, no depreciation.`,
    });
    findings.grant('replace', 'B3', {
      note: `Performance fault on day ${day}: free exchange for the same model and specification.`,
    });
    findings.grant('repair', 'B3', { note: `Performance fault on day ${day}: free repair.` });
  } else if (performanceFault && in15) {
    findings.grant('replace', 'B4', {
      note: `Performance fault on day ${day}: free exchange for the same model and specification.`,
    });
    findings.grant('repair', 'B4', { note: `Performance fault on day ${day}: free repair.` });
    if (!ctx.sellerHasSameModel) {
      findings.grant('refund', 'B7', {
        refundFen: ctx.refundBaseFen,
        note: `B7(a): exchange due (B4, day ${day}) but the seller has no same model and specification and the consumer refuses another: full refund.`,
      });
    } else {
      findings.deny(
        'refund',
        'B4',
        `Day ${day} (8–15): exchange or repair only; the seller has the same model, so no refund (B7(a) not met).`,
      );
    }
  }

  const conditions = exchangeConditions(ctx);
  for (const condition of conditions) findings.grant('replace', condition.rule, { note: condition.note });
  if (conditions.length > 0) {
    grantReturnOnExchange(ctx, findings, {
      rule: 'B7',
      because: conditions.map((c) => c.because).join(', '),
      rateUnconfirmed: false,
    });
  }
  findings.grant('repair', 'B9', {
    note: `Inside the whole-unit period (until ${coverage.wholeUnitEndsOn}): free repair, parts and labour.`,
  });

  if (!performanceFault && in15) {
    findings.deny(
      'refund',
      'B3',
      'Not a performance fault (性能故障): the 7-day return and 15-day exchange do not apply.',
    );
    findings.deny(
      'replace',
      'B4',
      'Not a performance fault (性能故障): the 7-day return and 15-day exchange do not apply.',
    );
  }
  const windowEnds = (days: number): string => addDays(coverage.startsOn, days);
  findings.denyIfOpen(
    'refund',
    'B3',
    `Day ${day}: the 7-day return window ended on ${windowEnds(7)}, and no exchange condition (B4 without a same model, B5, B6) opens a return under B7.`,
  );
  findings.denyIfOpen(
    'replace',
    'B4',
    `Day ${day}: the 15-day exchange window ended on ${windowEnds(15)}; fewer than 2 failed repairs (B5) and no repair delayed past ${ctx.policy.noPartsReplaceDays ?? 90}/${ctx.policy.repairerDelayReplaceDays ?? 30} days (B6).`,
  );
}
