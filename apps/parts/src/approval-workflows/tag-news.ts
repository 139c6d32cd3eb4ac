import type { ChargebackDecision } from '../chargebacks/chargeback-rules.ts';
import type { TagEvent } from '../returns/return-states.ts';
import type { TagNews } from './approval-workflows.ts';

/**
 * What a tag event tells the tag's return workflow. An arrival is late when it reverses a chargeback
 * for a part not sent back; an overdue declaration comes from the workflow itself and is not echoed.
 */
export function tagNewsOf(event: TagEvent, decision: ChargebackDecision, shipmentId?: number | null): TagNews | null {
  switch (event.kind) {
    case 'shipped':
      return { kind: 'shipped', shipmentId: shipmentId ?? undefined };
    case 'confirmed':
      return { kind: 'received', outcome: event.outcome, late: decision?.kind === 'reversal' };
    case 'arrived_late':
      return { kind: 'received', outcome: 'received', late: true };
    case 'inspected':
      return { kind: 'inspected', outcome: event.outcome };
    case 'declared_overdue':
      return null;
  }
}
