import { defineSignal } from '@temporalio/workflow';
import type { ApprovalPolicy } from '../approvals/approval.contracts.ts';

export const claimWorkflowId = (claimId: number) => `claim:${claimId}`;

export interface ClaimApprovalPolicy {
  /** A replacement or refund worth at least this (integer fen) needs a manager. */
  managerThresholdFen: number;
  /** At least this, and it needs a second approval one level up. */
  secondLevelThresholdFen: number;
  approval: ApprovalPolicy;
}

export interface ClaimApprovalInput {
  claimId: number;
  claimNo?: string | undefined;
  /** The remedy the customer chose, as the warranty service names it. */
  remedy: string;
  /** What the remedy costs: the refund, or the value of the replacement (integer fen). */
  valueFen: number;
  /** Whoever opened the claim: they may not approve it. */
  requestedBy?: string | undefined;
  policy: ClaimApprovalPolicy;
}

export interface ClaimApprovalResult {
  outcome: 'completed' | 'rejected' | 'stopped';
  approvals: { level: number; by: string }[];
  settlementPosted: boolean;
  reason?: string | undefined;
}

/** The provider completed the remedy (the warranty service's `claims.complete`). */
export const claimCompletedSignal = defineSignal<[{ completedAt?: string }?]>('claimCompleted');
