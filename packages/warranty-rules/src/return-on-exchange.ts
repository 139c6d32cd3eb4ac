// B7 (R1995 Art 13) and C9 (MOB2001 Art 19): once exchange conditions are met the consumer may take a
// refund instead — at full price when the seller has no same model (B7a), otherwise less depreciation (B7b).
import { FLAGS } from './contract.ts';
import type { ClaimContext } from './claim-context.ts';
import { repairDaysSince } from './claim-context.ts';
import type { Findings } from './findings.ts';
import { depreciatedRefund, usedDays } from './refund.ts';

export interface ReturnTerms {
  /** "B7" or "C9". */
  rule: string;
  /** Why the exchange conditions are met, e.g. "two failed repairs (B5)". */
  because: string;
  /** The daily rate is unconfirmed for this regime (C9, open question 3 in docs/warranty-law.md). */
  rateUnconfirmed: boolean;
}

export function grantReturnOnExchange(ctx: ClaimContext, findings: Findings, terms: ReturnTerms): void {
  const base = ctx.refundBaseFen;
  if (!ctx.sellerHasSameModel) {
    findings.grant('refund', terms.rule, {
      refundFen: base,
      note: `Exchange conditions met (${terms.because}) and the seller has no same model and specification: full refund, no depreciation.`,
    });
    return;
  }
  const { invoiceDate } = ctx.facts.sale;
  const days = usedDays(invoiceDate, ctx.claimDate, repairDaysSince(ctx, invoiceDate));
  const rate = ctx.policy.dailyDepreciationBp;
  if (rate === undefined) {
    findings.flag(FLAGS.needsLegalReview);
    findings.grant('refund', terms.rule, {
      refundFen: base,
      depreciationFen: 0,
      note: `Exchange conditions met (${terms.because}); the consumer refuses the exchange. No daily depreciation rate is configured for this product, so none is charged until it is confirmed (needs legal review). Used days: ${days}.`,
    });
    return;
  }
  if (terms.rateUnconfirmed) findings.flag(FLAGS.needsLegalReview);
  const { depreciationFen, refundFen } = depreciatedRefund(base, rate, days);
  findings.grant('refund', terms.rule, {
    free: depreciationFen === 0,
    refundFen,
    depreciationFen,
    note: `Exchange conditions met (${terms.because}); the seller has the same model but the consumer wants a refund: depreciation ${rate} bp/day × ${days} used days (invoice ${invoiceDate} to ${ctx.claimDate}, less repair time).`,
  });
}
