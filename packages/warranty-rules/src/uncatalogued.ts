// Goods outside every 三包 catalogue (precedence 4, docs/warranty-law.md): the CPL Art 24 fallback (A1), plus any period the
// operator promised (A9), which the policy carries as wholeUnitMonths.
import type { ClaimContext } from './claim-context.ts';
import { withinDays } from './claim-context.ts';
import { deliveredOn } from './coverage.ts';
import { addDays, daysBetween } from './days.ts';
import type { Findings } from './findings.ts';
import { paidRepairOnly } from './lapsed-period.ts';

export function adjudicateUncatalogued(ctx: ClaimContext, findings: Findings): void {
  // A1 counts from receipt of the goods.
  const receivedOn = deliveredOn(ctx.facts.sale) ?? ctx.coverage.startsOn;
  const day = daysBetween(receivedOn, ctx.claimDate);
  if (withinDays(ctx, 7, receivedOn)) {
    findings.grant('refund', 'A1', {
      refundFen: ctx.refundBaseFen,
      note: `Quality non-conformity on day ${day} after receipt: the consumer may return the goods.`,
    });
    findings.grant('replace', 'A1', { note: `Quality non-conformity on day ${day} after receipt: replacement.` });
    findings.grant('repair', 'A1', { note: `Quality non-conformity on day ${day} after receipt: repair.` });
    return;
  }
  // Contract default 18, rule A1: without an agreed period repair or replacement has no end date.
  const agreed = ctx.policy.wholeUnitMonths > 0;
  if (!agreed || ctx.claimDate <= ctx.coverage.wholeUnitEndsOn) {
    const inside = agreed
      ? `inside the agreed period (until ${ctx.coverage.wholeUnitEndsOn})`
      : 'no agreed period, so no end date';
    findings.grant('replace', 'A1', { note: `Day ${day} after receipt, ${inside}: replacement.` });
    findings.grant('repair', 'A1', { note: `Day ${day} after receipt, ${inside}: repair.` });
    findings.deny(
      'refund',
      'A1',
      `Day ${day}: the 7-day return after receipt ended on ${addDays(receivedOn, 7)}; a later return needs the statutory rescission conditions (Civil Code), which are decided by manual review.`,
    );
    return;
  }
  paidRepairOnly(
    findings,
    'A1',
    `Day ${day} after receipt and outside the agreed period (ended ${ctx.coverage.wholeUnitEndsOn}); the agreement governs.`,
  );
}
