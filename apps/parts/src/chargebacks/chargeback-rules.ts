import type { TagEvent } from '../returns/return-states.ts';

export const chargebackReasons = ['missing', 'wrong_part', 'failed_inspection', 'not_returned'] as const;
export type ChargebackReason = (typeof chargebackReasons)[number];

/** A chargeback on a tag that no reversal has cancelled (acknowledged by settlement or not). */
export interface StandingChargeback {
  id: number;
  reason: ChargebackReason;
  amountFen: number;
}

export type ChargebackDecision =
  { kind: 'chargeback'; reason: ChargebackReason } | { kind: 'reversal'; reverses: StandingChargeback } | null;

/** Reasons that mean "the part did not come back": its arrival cancels them. */
const notBack: readonly ChargebackReason[] = ['missing', 'not_returned'];

/**
 * What a tag event costs the provider. A tag owes its part's value at most once at any time: a new
 * chargeback only when none stands, a reversal when a part charged as not back turns up after all.
 */
export function chargebackDecision(event: TagEvent, standing: StandingChargeback | null): ChargebackDecision {
  const arrived =
    event.kind === 'arrived_late' ||
    (event.kind === 'confirmed' && (event.outcome === 'received' || event.outcome === 'damaged_in_transit'));
  if (arrived) return standing && notBack.includes(standing.reason) ? { kind: 'reversal', reverses: standing } : null;
  if (standing) return null;
  switch (event.kind) {
    case 'confirmed':
      return { kind: 'chargeback', reason: event.outcome === 'missing' ? 'missing' : 'wrong_part' };
    case 'declared_overdue':
      return { kind: 'chargeback', reason: 'not_returned' };
    case 'inspected':
      return event.outcome === 'defect_confirmed' ? null : { kind: 'chargeback', reason: 'failed_inspection' };
    default:
      return null;
  }
}
