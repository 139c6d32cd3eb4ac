import { startOnce, workflowIds } from '@sanbao/workflows/contracts';
import type { Client } from '@temporalio/client';
import { key, type ApprovalsClient } from './approvals-harness.ts';

/** A call the parts service's side of a parts request's approval received. */
export interface PartsCall {
  name: 'assess' | 'approve' | 'reject' | 'reserve';
  requestId: number;
  reason?: string;
}

/**
 * The parts service's side of a parts request's approval workflow, faked and recorded: every request is
 * a stock request of SP-001 by user-SP-001 worth `valueFen(requestId)`; approve, reject and reserve succeed.
 */
export function fakePartsService(valueFen: (requestId: number) => number = () => 900_000) {
  const calls: PartsCall[] = [];
  const activities = {
    async assessPartsRequest(requestId: number) {
      calls.push({ name: 'assess', requestId });
      return {
        requestId,
        requestNumber: `PR-202611-${String(requestId).padStart(6, '0')}`,
        providerId: 'SP-001',
        purpose: 'stock',
        status: 'submitted',
        totalValueFen: valueFen(requestId),
        overCreditLimit: false,
        createdBy: 'user-SP-001',
        claimCovered: null,
        inBom: null,
      };
    },
    async approvePartsRequest(input: { requestId: number; reason: string }) {
      calls.push({ name: 'approve', ...input });
    },
    async rejectPartsRequest(input: { requestId: number; reason: string }) {
      calls.push({ name: 'reject', ...input });
    },
    async reservePartsRequest(requestId: number) {
      calls.push({ name: 'reserve', requestId });
      return { reserved: true };
    },
  };
  return { calls, activities };
}

/** Starts the approval workflow of a parts request on the test worker's task queue (once per request). */
export const startPartsRequestApproval = (
  temporal: Client,
  taskQueue: string,
  requestId: number,
  requestedBy = 'user-SP-001',
) =>
  temporal.workflow.start('partsRequestApproval', {
    taskQueue,
    workflowId: workflowIds.partsRequest(requestId),
    args: [{ requestId, requestedBy }],
    ...startOnce,
  });

/**
 * A parts-request policy document in seconds, so a test sees reminders and escalations happen: level 1
 * has `levelOneSeconds`, levels 2 and 3 `laterSeconds`; requests over 100 yuan need a decision.
 */
export const partsPolicyInSeconds = ({
  levelOneSeconds,
  laterSeconds = 60,
  reminderLeadSeconds = 0,
}: PolicyInSeconds) => ({
  autoApprovalLimitFen: 10_000,
  chain: [
    { level: 1, slaSeconds: levelOneSeconds },
    { level: 2, slaSeconds: laterSeconds },
    { level: 3, slaSeconds: laterSeconds },
  ],
  reminderLeadSeconds,
});

/** Publishes `partsPolicyInSeconds(seconds)` as the parts-request policy in force. */
export async function publishPartsPolicyInSeconds(admin: ApprovalsClient, seconds: PolicyInSeconds) {
  await admin.policies.publish.mutate({
    idempotencyKey: key('policy'),
    kind: 'parts_request',
    document: partsPolicyInSeconds(seconds),
    note: `test policy: level 1 in ${seconds.levelOneSeconds} s`,
  });
}

export interface PolicyInSeconds {
  levelOneSeconds: number;
  laterSeconds?: number;
  reminderLeadSeconds?: number;
}
