import { partsRequestWorkflowId } from './parts-request-approval/parts-request-approval.contracts.ts';
import { claimWorkflowId } from './claim-approval/claim-approval.contracts.ts';
import { returnTagWorkflowId } from './old-part-return/old-part-return.contracts.ts';
import { settlementCycleWorkflowId } from './settlement-cycle/settlement-cycle.contracts.ts';
import { quotaLineWorkflowId } from './quota-overrun-approval/quota-overrun-approval.contracts.ts';

/** Workflow names, ids and task queue: defined once, used by starters, the worker and tests. */
export const taskQueue = 'sanbao';

/** Ids derive from business ids, so a second start finds the first workflow instead of a new one. */
export const workflowIds = {
  ping: (name: string) => `ping:${name}`,
  partsRequest: partsRequestWorkflowId,
  claim: claimWorkflowId,
  returnTag: returnTagWorkflowId,
  settlementCycle: settlementCycleWorkflowId,
  quotaLine: quotaLineWorkflowId,
};

/**
 * Start options every starter uses: a start while the workflow runs returns the running one; a start
 * after it completed is refused (WorkflowExecutionAlreadyStartedError), so nothing runs twice.
 */
export const startOnce = {
  workflowIdConflictPolicy: 'USE_EXISTING',
  workflowIdReusePolicy: 'REJECT_DUPLICATE',
} as const;

export interface PingResult {
  greeting: string;
  /** The database clock as the warranty service read it: proof the call crossed into a real service. */
  warrantyDatabaseTime: string;
  workflowId: string;
}

export * from './approvals/approval.contracts.ts';
export * from './approvals/approval-policy.contracts.ts';
export type { PolicyDocuments, StoredChainLevel } from './approvals/policy-document.ts';
export type { ApprovalsClient, InboxTaskFields } from './approvals/inbox.activities.ts';
export * from './parts-request-approval/parts-request-approval.contracts.ts';
export * from './claim-approval/claim-approval.contracts.ts';
export * from './old-part-return/old-part-return.contracts.ts';
export * from './exceptions-scan/exceptions-scan.contracts.ts';
export * from './settlement-cycle/settlement-cycle.contracts.ts';
export * from './quota-overrun-approval/quota-overrun-approval.contracts.ts';
