import { defineSignal } from '@temporalio/workflow';
export type { PartsRequestApprovalPolicy } from '../approvals/approval-policy.contracts.ts';

export const partsRequestWorkflowId = (requestId: number) => `parts-request:${requestId}`;

/** Business facts only: the policy is loaded by the workflow (`loadApprovalPolicy('parts_request')`). */
export interface PartsRequestApprovalInput {
  requestId: number;
  /** The subject of whoever submitted the request: they may not decide it. */
  requestedBy?: string | undefined;
}

export interface PartsRequestApprovalResult {
  outcome: 'received' | 'rejected' | 'stopped';
  /** 'auto', the deciding subject, or null when no approval was given. */
  approvedBy: string | null;
  reason?: string | undefined;
}

/** The parts service received stock in the request's warehouse: a backordered request tries again. */
export const stockArrivedSignal = defineSignal<[{ warehouseId?: string; partCodes?: string[] }?]>('stockArrived');
/** The warehouse shipped the request. */
export const shippedSignal = defineSignal<[{ carrier?: string; trackingNumber?: string }?]>('shipped');
/** The provider recorded a receipt; the request is done once `fullyReceived`. */
export const receivedSignal = defineSignal<[{ fullyReceived: boolean }]>('received');
