import type { StoredLine } from './lines.repository.ts';

/** A settlement line as the API shows it: what it pays, and everything it was computed from. */
export const lineView = (l: StoredLine) => ({
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
});

export type LineView = ReturnType<typeof lineView>;
