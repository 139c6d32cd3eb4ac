import type { ChargebackEventRow } from './chargebacks.repository.ts';

/** An outbox event as settlement reads it; `amountFen` is positive for a charge, negative for a reversal. */
export const chargebackEventView = (e: ChargebackEventRow) => ({
  eventId: e.id,
  providerId: e.providerId,
  returnTagId: e.returnTagId,
  kind: e.kind,
  reason: e.reason,
  amountFen: e.amountFen,
  reversesEventId: e.reversesEventId,
  businessDate: e.businessDate,
  details: e.details,
  createdAt: e.createdAt.toISOString(),
  acknowledgedAt: e.acknowledgedAt?.toISOString() ?? null,
});
