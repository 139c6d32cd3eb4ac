import { conflict } from '@sanbao/trpc';

export const tagStatuses = [
  'awaiting_return',
  'overdue',
  'in_transit',
  'received',
  'missing',
  'wrong_part',
  'damaged_in_transit',
  'inspected',
] as const;
export type TagStatus = (typeof tagStatuses)[number];

export const receiptOutcomes = ['received', 'missing', 'wrong_part', 'damaged_in_transit'] as const;
export type ReceiptOutcome = (typeof receiptOutcomes)[number];

export const inspectionOutcomes = ['defect_confirmed', 'no_fault_found', 'misuse', 'not_our_part'] as const;
export type InspectionOutcome = (typeof inspectionOutcomes)[number];

/** What can happen to a return tag after the part was consumed. */
export type TagEvent =
  | { kind: 'shipped' }
  | { kind: 'confirmed'; outcome: ReceiptOutcome }
  | { kind: 'arrived_late' }
  | { kind: 'inspected'; outcome: InspectionOutcome }
  | { kind: 'declared_overdue' };

const allowedFrom: Record<TagEvent['kind'], readonly TagStatus[]> = {
  // An overdue part may still be sent; its arrival reverses the chargeback.
  shipped: ['awaiting_return', 'overdue'],
  confirmed: ['in_transit'],
  // A part reported missing or overdue that turns up at the warehouse anyway.
  arrived_late: ['missing', 'overdue'],
  inspected: ['received'],
  declared_overdue: ['awaiting_return'],
};

export const canHappen = (status: TagStatus, event: TagEvent): boolean => allowedFrom[event.kind].includes(status);

export function nextTagStatus(status: TagStatus, event: TagEvent): TagStatus {
  if (!canHappen(status, event))
    throw conflict(`a return tag that is ${status.replaceAll('_', ' ')} cannot be ${event.kind.replaceAll('_', ' ')}`);
  switch (event.kind) {
    case 'shipped':
      return 'in_transit';
    case 'confirmed':
      return event.outcome;
    case 'arrived_late':
      return 'received';
    case 'inspected':
      return 'inspected';
    case 'declared_overdue':
      return 'overdue';
  }
}

export type ShipmentStatus = 'in_transit' | 'arrived' | 'confirmed';

/** A return shipment arrives at the warehouse, then is confirmed once every tag in it is. */
export function nextShipmentStatus(status: ShipmentStatus, event: 'arrive' | 'confirm'): ShipmentStatus {
  if (event === 'arrive' && status === 'in_transit') return 'arrived';
  if (event === 'confirm' && status !== 'confirmed') return 'confirmed';
  throw conflict(
    `a return shipment that is ${status.replace('_', ' ')} cannot ${event === 'arrive' ? 'arrive' : 'be confirmed'} again`,
  );
}
