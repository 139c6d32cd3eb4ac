import type { MoneyStatus } from '../ledger/hold-status.ts';
import type { DeductionRow } from './deductions.repository.ts';

export const deductionView = (d: DeductionRow, status: MoneyStatus) => ({
  deductionId: d.id,
  providerId: d.providerId,
  kind: d.kind,
  /** Positive; a recredit is owed to the provider, every other kind by it. */
  amountFen: d.amountFen,
  businessDate: d.businessDate,
  sourceEventId: d.sourceEventId,
  claimId: d.claimId,
  reason: d.reason,
  status,
  transferId: d.transferId,
  recreditsDeductionId: d.recreditsDeductionId,
});
