import type { MoneyStatus } from '../ledger/hold-status.ts';
import type { StoredLine } from './lines.repository.ts';

/** posted: owed to the provider; held_over_quota: beyond the monthly budget, waiting for a manager; refused: the manager said no; nothing_owed: service type A. */
export type LineStatus = 'posted' | 'held_over_quota' | 'refused' | 'nothing_owed';

export const lineStatusOf = (money: MoneyStatus | undefined): LineStatus =>
  money === undefined
    ? 'nothing_owed'
    : money === 'held'
      ? 'held_over_quota'
      : money === 'voided'
        ? 'refused'
        : 'posted';

/** A settlement line as the API shows it: what it pays, and everything it was computed from. */
export const lineView = (l: StoredLine, status: LineStatus) => ({
  lineId: l.id,
  claimId: l.claimId,
  providerId: l.providerId,
  businessDate: l.businessDate,
  serviceType: l.serviceType,
  amountFen: l.amountFen,
  rateCardVersionId: l.rateCardVersionId,
  inputs: {
    operationCode: l.operationCode,
    category: l.category,
    grade: l.grade,
    region: l.region,
    oneWayMeters: l.oneWayMeters,
    partsCostFen: l.partsCostFen,
    standardMinutes: l.standardMinutes,
    travelBandFromKm: l.travelBandFromKm,
  },
  components: l.explanation.components,
  transferId: l.transferId,
  status,
});

export type LineView = ReturnType<typeof lineView>;
