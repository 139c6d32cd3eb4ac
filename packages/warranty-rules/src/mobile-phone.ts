// MOB2001 《移动电话机商品修理更换退货责任规定》 (C rules, docs/warranty-law.md): host 7/15-day windows, two failed repairs,
// 60 days without parts, return with depreciation (rate [U]) and accessories.
import type { ClaimContext } from './claim-context.ts';
import { withinDays } from './claim-context.ts';
import { addDays } from './days.ts';
import type { Findings } from './findings.ts';
import { failedRepairsInPeriod, pendingRepairDays } from './general.ts';
import { decidedAsLapsed, type LapsedRules } from './lapsed-period.ts';
import type { PartCover } from './part-cover.ts';
import { partCover } from './part-cover.ts';
import { grantReturnOnExchange } from './return-on-exchange.ts';

/** Past the host's or an accessory's period: a paid repair (C2), or a free one under the repair guarantee (C5). */
const PHONE_LAPSED: LapsedRules = { period: 'C2', guarantee: 'C5' };

function adjudicateAccessory(ctx: ClaimContext, findings: Findings, cover: PartCover): void {
  const partCode = ctx.facts.claim.partCode ?? '';
  if (decidedAsLapsed(ctx, findings, cover, PHONE_LAPSED, `三包 period of the accessory ${partCode}`)) return;
  findings.grant('repair', 'C2', {
    note: `Accessory ${partCode} inside its period (until ${cover.endsOn}): free repair.`,
  });
  if (!ctx.performanceFault) {
    // Contract default 23, rules C3/C7: replacement and return of an accessory need a listed fault.
    const why = `The fault of the accessory ${partCode} is not listed in the performance-fault table (性能故障表): no replacement or return of the accessory.`;
    findings.deny('replace_part', 'C3', why);
    findings.deny('refund', 'C3', why);
    findings.deny(
      'replace',
      'C7',
      `The fault is in the accessory ${partCode}: the accessory is replaced, not the host.`,
    );
    return;
  }
  findings.grant('replace_part', 'C7', {
    note: `Accessory ${partCode} faulty inside its period (until ${cover.endsOn}): free replacement with the same brand, model and specification.`,
  });
  const replaced = ctx.replacements.filter((r) => r.scope === partCode && r.on >= ctx.coverage.startsOn).length;
  if (replaced >= 2) {
    findings.grant('refund', 'C7', {
      note: `Accessory ${partCode} replaced ${replaced} times and still faulty: free return — at the invoice price if sold separately, else at the accessory's stand-alone price on the day of return.`,
    });
  } else {
    findings.deny(
      'refund',
      'C7',
      `Accessory ${partCode} replaced ${replaced} time(s); a free return needs 2 replacements that left it faulty.`,
    );
  }
  findings.deny('replace', 'C7', `The fault is in the accessory ${partCode}: the accessory is replaced, not the host.`);
}

export function adjudicateMobilePhone(ctx: ClaimContext, findings: Findings): void {
  const cover = partCover(ctx);
  if (cover.period === 'accessory') {
    adjudicateAccessory(ctx, findings, cover);
    return;
  }
  if (decidedAsLapsed(ctx, findings, cover, PHONE_LAPSED, "host's 三包 period")) return;
  if (cover.period === 'main_part') {
    const why = `The host period ended on ${ctx.coverage.wholeUnitEndsOn}; the part ${ctx.facts.claim.partCode ?? ''} is covered until ${cover.endsOn}.`;
    findings.grant('repair', 'C2', { note: `${why} Free repair.` });
    findings.deny('replace', 'C2', why);
    findings.deny('refund', 'C2', why);
    return;
  }

  const { day, performanceFault, coverage } = ctx;
  const in7 = withinDays(ctx, 7);
  const in15 = withinDays(ctx, 15);
  if (performanceFault && in7) {
    findings.grant('refund', 'C4', {
      refundFen: ctx.refundBaseFen,
      note: `Listed fault on day ${day}: free return, invoice price refunded in one payment.`,
    });
    findings.grant('replace', 'C4', {
      note: `Listed fault on day ${day}: free exchange for the same model and specification.`,
    });
    findings.grant('repair', 'C4', { note: `Listed fault on day ${day}: free repair.` });
  } else if (performanceFault && in15) {
    findings.grant('replace', 'C5', {
      note: `Listed fault on day ${day}: free exchange of the host for the same model and specification.`,
    });
    findings.grant('repair', 'C5', {
      note: `Listed fault on day ${day}: free repair; the repaired phone is guaranteed for 30 days.`,
    });
    if (!ctx.sellerHasSameModel) {
      findings.grant('refund', 'C9', {
        refundFen: ctx.refundBaseFen,
        note: `Exchange due (C5, day ${day}) but the seller has no same model and the consumer refuses another: free return at the invoice price.`,
      });
    } else {
      findings.deny(
        'refund',
        'C5',
        `Day ${day} (8–15): exchange or repair only; the seller has the same model, so no refund.`,
      );
    }
  }

  const conditions: string[] = [];
  const failed = failedRepairsInPeriod(ctx);
  if (performanceFault && failed >= 2) {
    conditions.push(`${failed} failed repairs (C6)`);
    findings.grant('replace', 'C6', {
      note: `Still not working after ${failed} repairs of a listed fault: free replacement host (same model and specification), on the repair records.`,
    });
  }
  const pending = ctx.facts.claim.pendingRepair;
  const days = pendingRepairDays(ctx);
  const noPartsDays = ctx.policy.noPartsReplaceDays;
  if (pending?.waitingForProducerParts && days !== undefined && noPartsDays !== undefined && days > noPartsDays) {
    conditions.push(`no parts for ${days} days (C8)`);
    findings.grant('replace', 'C8', {
      note: `Not repaired ${days} days after being sent on ${pending.sentOn} because the producer supplied no parts (more than ${noPartsDays}): free replacement host, on the invoice and repair record.`,
    });
  }
  if (conditions.length > 0)
    grantReturnOnExchange(ctx, findings, { rule: 'C9', because: conditions.join(', '), rateUnconfirmed: true });
  findings.grant('repair', 'C2', { note: `Inside the host period (until ${coverage.wholeUnitEndsOn}): free repair.` });

  if (!performanceFault) {
    const why = 'Not a fault listed in the performance-fault table (性能故障表): return and exchange do not apply.';
    findings.deny('refund', 'C3', why);
    findings.deny('replace', 'C3', why);
  }
  findings.denyIfOpen(
    'refund',
    'C4',
    `Day ${day}: the 7-day return window ended on ${addDays(coverage.startsOn, 7)} and no exchange condition (C6, C8) opens a return under C9.`,
  );
  findings.denyIfOpen(
    'replace',
    'C5',
    `Day ${day}: the 15-day exchange window ended on ${addDays(coverage.startsOn, 15)}; fewer than 2 failed repairs (C6) and no repair waiting for parts over ${noPartsDays ?? 60} days (C8).`,
  );
}
