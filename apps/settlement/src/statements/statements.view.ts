import type { StatementDisputeRow, StatementItemRow, StatementRow } from './statements.repository.ts';

export const statementView = (s: StatementRow) => ({
  statementId: s.id,
  number: s.number,
  providerId: s.providerId,
  period: s.period,
  state: s.state,
  linesFen: s.linesFen,
  deductionsFen: s.deductionsFen,
  netBeforeVatFen: s.netBeforeVatFen,
  vatRateBp: s.vatRateBp,
  vatFen: s.vatFen,
  netPayableFen: s.netPayableFen,
  paidFen: s.paidFen,
  issuedOn: s.issuedOn,
  approvedOn: s.approvedOn,
  /** The settlement cycle's last reminder to confirm or dispute, and how many the provider was sent. */
  remindedAt: s.remindedAt?.toISOString() ?? null,
  reminderCount: s.reminderCount,
});

export type StatementView = ReturnType<typeof statementView>;

export const statementItemView = (i: StatementItemRow) => ({
  itemId: i.id,
  kind: i.kind,
  lineId: i.lineId,
  deductionId: i.deductionId,
  disputeId: i.disputeId,
  amountFen: i.amountFen,
});

export const disputeView = (d: StatementDisputeRow) => ({
  disputeId: d.id,
  lineId: d.lineId,
  reason: d.reason,
  claimedFen: d.claimedFen,
  status: d.status,
  grantedFen: d.grantedFen,
  resolution: d.resolution,
  holdTransferId: d.holdTransferId,
});
