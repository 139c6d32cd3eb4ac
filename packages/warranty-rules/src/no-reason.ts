// Seven-day no-reason return (H rules, docs/warranty-law.md; CPL Art 25, NR7, REG2024 Art 19) — default 9: scope (H1),
// exclusions (H2, H3), condition (H6/H7) and the notice window (H5); the refund is the amount paid (H14).
import type { Day, NoReasonGoods, Sale } from './contract.ts';
import { FLAGS } from './contract.ts';
import type { ClaimContext } from './claim-context.ts';
import { deliveredOn, underReg2024 } from './coverage.ts';
import { addDays, rollPastHolidays } from './days.ts';
import type { Findings } from './findings.ts';

const NO_REASON_DAYS = 7;

const STATUTORY_EXCLUSIONS: Partial<Record<NoReasonGoods, string>> = {
  custom_made: 'goods custom-made for the consumer (定作)',
  perishable: 'fresh, live or perishable goods (鲜活易腐)',
  digital_unsealed:
    'audio-visual products, software or other digital goods downloaded online or unsealed by the consumer',
  periodical: 'newspapers and periodicals already delivered',
};

const CONFIRMABLE_EXCLUSIONS: Partial<Record<NoReasonGoods, string>> = {
  safety_sealed: 'goods whose unsealing affects safety, health or quality',
  value_drops_on_activation: 'goods whose value drops significantly once activated or tried',
  disclosed_defect_or_near_expiry: 'goods sold with disclosed defects or near expiry',
};

/** H1: remote sales only; an in-store purchase has no statutory no-reason right. */
export function isRemoteSale(sale: Sale): boolean {
  return sale.channel !== 'store';
}

/**
 * H5 (T1, T3, T8): the CST date of signing for the goods + 7 days, moved past statutory holidays
 * (T6/T9). Without a delivery record the invoice date stands in for the signing date.
 */
export function noReasonDeadline(sale: Sale, holidays: ReadonlySet<Day>): Day | undefined {
  if (!isRemoteSale(sale)) return undefined;
  const signedOn = deliveredOn(sale) ?? sale.invoiceDate;
  return rollPastHolidays(addDays(signedOn, NO_REASON_DAYS), holidays);
}

export function adjudicateNoReasonReturn(ctx: ClaimContext, findings: Findings): void {
  const { sale, claim } = ctx.facts;
  const facts = claim.noReason ?? { goods: 'ordinary', intact: true };
  let refused = false;
  const refuse = (rule: string, reason: string): void => {
    refused = true;
    findings.deny('no_reason_return', rule, reason);
  };

  if (!isRemoteSale(sale)) {
    refuse(
      'H1',
      'Bought in a store: the 7-day no-reason return covers internet, TV, telephone and mail-order sales only (unless the store promised it, A9).',
    );
  }
  const statutory = STATUTORY_EXCLUSIONS[facts.goods];
  if (statutory !== undefined) refuse('H2', `Excluded by law without any confirmation: ${statutory}.`);
  const confirmable = CONFIRMABLE_EXCLUSIONS[facts.goods];
  if (confirmable !== undefined) {
    const preselectionVoid = facts.confirmationPreselected === true && underReg2024(sale);
    if (facts.confirmedNonReturnableAtPurchase === true && !preselectionVoid) {
      refuse(
        'H3',
        `Excluded: ${confirmable}, and the consumer confirmed at checkout that this purchase is not returnable.`,
      );
    }
  }
  if (!facts.intact) {
    refuse(
      'H7',
      'Not intact (H6/H7): used beyond what inspection requires with a significant loss of value, a one-time seal broken, activation or data traces, labels removed, or accessories missing.',
    );
  }
  const deadline = noReasonDeadline(sale, ctx.calendar.holidays);
  if (deadline !== undefined && ctx.claimDate > deadline) {
    refuse(
      'H5',
      `Notice sent on ${ctx.claimDate} (China Standard Time), after the last day ${deadline} of the 7 days counted from the day after signing for the goods.`,
    );
  }
  if (refused) return;

  const paid = sale.paidFen ?? sale.priceFen;
  findings.grant('no_reason_return', 'H5', {
    refundFen: paid,
    note: `Notice within the 7 days (last day ${deadline ?? '—'}); goods intact — opening or testing to inspect does not count against it (H6). Refund the amount actually paid (H14) within 7 days of receiving the goods (H10), by the original payment method (H11); points and coupons back in kind (H12); gifts returned too (H9). Return shipping is the consumer's unless agreed otherwise (H15).`,
  });
  findings.flag(FLAGS.consumerPaysReturnShipping);
}
