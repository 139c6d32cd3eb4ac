export type { QuotaOverrunPolicy } from '../approvals/approval-policy.contracts.ts';

/** One workflow per held line: a second start finds the first. */
export const quotaLineWorkflowId = (lineId: number) => `quota-line:${lineId}`;

/**
 * A settlement line held beyond its provider's monthly budget, as the settlement service starts the
 * workflow with it. Business facts only (integer fen): the workflow loads its policy
 * (`loadApprovalPolicy('quota_overrun')`).
 */
export interface QuotaOverrunInput {
  lineId: number;
  claimId: string;
  providerId: string;
  /** The month whose budget the line exceeds, 'YYYY-MM'. */
  period: string;
  amountFen: number;
  budgetFen: number;
  /** Σ of the provider's lines in the period before this one (held ones included). */
  usedFen: number;
}

export interface QuotaOverrunResult {
  outcome: 'released' | 'refused' | 'stopped';
  /** The manager whose decision the settlement service carried out. */
  decidedBy: string | null;
  reason?: string | undefined;
}
