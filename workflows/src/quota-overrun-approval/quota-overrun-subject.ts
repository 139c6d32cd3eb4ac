import { formatYuan } from '@sanbao/money';
import type { InboxSubject } from '../approvals/approval.contracts.ts';
import type { QuotaOverrunInput } from './quota-overrun-approval.contracts.ts';

/**
 * The inbox row of a held line, as a manager reads it in either language of the UI: the provider, the
 * month, the line's amount, and what the provider had used of its budget before it — in yuan.
 */
export function quotaOverrunSubject(overrun: QuotaOverrunInput): InboxSubject {
  const amount = formatYuan(overrun.amountFen);
  const used = formatYuan(overrun.usedFen);
  const budget = formatYuan(overrun.budgetFen);
  return {
    requestType: 'quota_overrun',
    reference: `${overrun.claimId} · line ${overrun.lineId}`,
    summary:
      `${overrun.providerId} ${overrun.period} 超出月度额度：本单 ${amount}，已用 ${used} / 额度 ${budget}` +
      ` · over the monthly budget: line ${amount}, used ${used} of ${budget}`,
    providerId: overrun.providerId,
  };
}
