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

/** The provider completed the remedy (the warranty service's `claims.complete`). */
export const claimCompletedSignal = defineSignal<[{ completedAt?: string }?]>('claimCompleted');
