import { proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { PolicyActivities } from '../approvals/approval-policy.contracts.ts';
import { nowIso } from '../approvals/timeline.ts';
import type { ExceptionsScanActivities } from './exceptions-scan.activities.ts';
import type { ExceptionsScanResult } from './exceptions-scan.contracts.ts';

const activities = proxyActivities<ExceptionsScanActivities & PolicyActivities>({
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute', maximumAttempts: 5 },
});

/**
 * One run of the exceptions supervision (异常工单督办), started by its schedule: asks the parts and
 * warranty services what has gone wrong and keeps one exception task per item in the inbox for the
 * head of service — raised once, closed when the item moves.
 */
export async function exceptionsScan(): Promise<ExceptionsScanResult> {
  const policy = await activities.loadApprovalPolicy('exception');
  const items = await activities.findExceptionItems({
    claimOpenSeconds: policy.claimOpenSeconds,
    requestStuckSeconds: policy.requestStuckSeconds,
  });
  const first = policy.approval.chain[0]!;
  const openedAt = nowIso();
  const { opened, closed } = await activities.syncExceptionTasks({
    items,
    scanId: workflowInfo().workflowId,
    openedAt,
    dueAt: new Date(Date.parse(openedAt) + first.slaMs).toISOString(),
    candidate: first.candidate,
  });
  return { found: items.length, opened, closed };
}
