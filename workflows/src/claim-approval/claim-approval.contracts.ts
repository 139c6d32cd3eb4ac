import { defineSignal } from '@temporalio/workflow';
export type { ClaimApprovalPolicy } from '../approvals/approval-policy.contracts.ts';

export const claimWorkflowId = (claimId: number) => `claim:${claimId}`;

/** Business facts only: the policy is loaded by the workflow (`loadApprovalPolicy('claim')`). */
export interface ClaimApprovalInput {
  claimId: number;
  claimNo?: string | undefined;
  /** The remedy the customer chose, as the warranty service names it. */
  remedy: string;
  /** What the remedy costs: the refund, or the value of the replacement (integer fen). */
  valueFen: number;
  /** Whoever opened the claim: they may not approve it. */
  requestedBy?: string | undefined;
  /** The provider of the claim, for the inbox's filter. */
  providerId?: string | undefined;
}

export interface ClaimApprovalResult {
  outcome: 'completed' | 'rejected' | 'stopped';
  approvals: { level: number; by: string }[];
  settlementPosted: boolean;
  reason?: string | undefined;
}

/**
 * What the provider reports with the completed work, for its settlement line: the service type, the
 * repair operation it picked (its standard time comes from the rate card), the one-way distance of an
 * on-site visit in whole metres, the cost of the parts it fitted, and the main part.
 */
export interface ClaimWork {
  serviceType: 'A' | 'B' | 'C' | 'D';
  operationCode: string;
  oneWayMeters: number;
  partsCostFen: number;
  partCode?: string | undefined;
}

export interface ClaimCompletion {
  completedAt?: string | undefined;
  /** Absent when the work was completed without a report (nothing to settle then). */
  work?: ClaimWork | undefined;
}

/** The provider completed the remedy (the warranty service's `claims.complete`). */
export const claimCompletedSignal = defineSignal<[ClaimCompletion?]>('claimCompleted');
