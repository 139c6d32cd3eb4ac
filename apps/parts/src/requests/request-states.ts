import { conflict } from '@sanbao/trpc';

export const requestStatuses = [
  'draft',
  'submitted',
  'approved',
  'rejected',
  'reserved',
  'shipped',
  'partially_received',
  'received',
  'closed',
  'cancelled',
] as const;
export type RequestStatus = (typeof requestStatuses)[number];

export type RequestAction = 'submit' | 'approve' | 'reject' | 'reserve' | 'ship' | 'receive' | 'close' | 'cancel';

const allowedFrom: Record<RequestAction, readonly RequestStatus[]> = {
  submit: ['draft'],
  approve: ['submitted'],
  reject: ['submitted'],
  reserve: ['approved'],
  ship: ['reserved'],
  receive: ['shipped', 'partially_received'],
  close: ['received', 'partially_received'],
  cancel: ['draft', 'submitted', 'approved', 'reserved'],
};

const fixedTarget: Record<Exclude<RequestAction, 'receive'>, RequestStatus> = {
  submit: 'submitted',
  approve: 'approved',
  reject: 'rejected',
  reserve: 'reserved',
  ship: 'shipped',
  close: 'closed',
  cancel: 'cancelled',
};

const pastTense: Record<RequestAction, string> = {
  submit: 'submitted',
  approve: 'approved',
  reject: 'rejected',
  reserve: 'reserved',
  ship: 'shipped',
  receive: 'received',
  close: 'closed',
  cancel: 'cancelled',
};

export const terminalRequestStatuses: readonly RequestStatus[] = ['rejected', 'closed', 'cancelled'];

export const canTake = (status: RequestStatus, action: RequestAction): boolean => allowedFrom[action].includes(status);

/**
 * Where an action takes a request, or a CONFLICT naming the state it is in. A receipt leads to
 * `received` once every line is fully received, else to `partially_received`.
 */
export function nextRequestStatus(status: RequestStatus, action: RequestAction, fullyReceived = false): RequestStatus {
  if (!canTake(status, action))
    throw conflict(`a ${status.replace('_', ' ')} parts request cannot be ${pastTense[action]}`);
  if (action === 'receive') return fullyReceived ? 'received' : 'partially_received';
  return fixedTarget[action];
}

export const isFullyReceived = (lines: { quantity: number; quantityReceived: number }[]): boolean =>
  lines.every((l) => l.quantityReceived >= l.quantity);
