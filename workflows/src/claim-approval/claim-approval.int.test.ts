import { WorkflowUpdateFailedError } from '@temporalio/client';
import { describe, expect, it } from 'vitest';
import { workflowIds } from '../contracts.ts';
import { CallLog, fakePolicies, managerChain, recordingInbox } from '../testing/recording-activities.ts';
import { nextId, replaysDeterministically, testWorkerFor } from '../testing/workflow-harness.ts';
import { decide, openTaskOf, statusOf, untilStage } from '../testing/workflow-status.ts';
import type { ClaimActivities } from './claim-approval.activities.ts';
import { claimCompletedSignal, type ClaimApprovalPolicy } from './claim-approval.contracts.ts';
import type { claimApproval } from './claim-approval.workflow.ts';

const log = new CallLog();
const settlementOn = new Set<number>();

const warrantyFakes: ClaimActivities = {
  async moveClaim(input) {
    log.record(`moveClaim:${input.move}`, input);
  },
  async postClaimSettlement(line) {
    log.record('postClaimSettlement', line);
    return { posted: settlementOn.has(line.claimId) };
  },
};

const policy: ClaimApprovalPolicy = {
  managerThresholdFen: 100_000,
  secondLevelThresholdFen: 500_000,
  approval: {
    chain: managerChain(),
    reminderLeadMs: 0,
  },
};
const manager = { sub: 'manager-1', role: 'manager', approvalLevel: 1 };
const senior = { sub: 'senior-1', role: 'manager', approvalLevel: 2 };

const worker = testWorkerFor({
  ...warrantyFakes,
  ...recordingInbox(log),
  ...fakePolicies(new CallLog(), { claim: policy }),
});

const start = (claimId: number, remedy: string, valueFen: number) =>
  worker.start<typeof claimApproval>('claimApproval', workflowIds.claim(claimId), {
    claimId,
    claimNo: `C-${claimId}`,
    remedy,
    valueFen,
    requestedBy: 'provider-7',
  });

async function complete(handle: Awaited<ReturnType<typeof start>>) {
  await untilStage(handle, 'in_progress');
  await handle.signal(claimCompletedSignal);
  return handle.result();
}

describe('claimApproval on the Temporal dev server', () => {
  it('a refund below the manager threshold starts work at once; completion calls the settlement hook (off: a no-op)', async () => {
    const id = nextId();
    const handle = await start(id, 'refund', 99_999);
    await expect(complete(handle)).resolves.toEqual({ outcome: 'completed', approvals: [], settlementPosted: false });
    expect(log.names(handle.workflowId)).toEqual(['moveClaim:startWork', 'postClaimSettlement']);
    expect((await statusOf(handle)).history.at(-1)).toMatchObject({
      step: 'settlement',
      outcome: 'skipped: the settlement hook is off',
    });
  });

  it('a refund above the manager threshold needs one manager', async () => {
    const id = nextId();
    settlementOn.add(id);
    const handle = await start(id, 'refund', 250_000);
    const task = await openTaskOf(handle, 1);
    expect(task.candidate).toEqual({ role: 'manager', level: 1 });
    await decide(handle, { taskId: task.taskId, decision: 'approve', comment: 'receipt checked', decidedBy: manager });
    await expect(complete(handle)).resolves.toEqual({
      outcome: 'completed',
      approvals: [{ level: 1, by: 'manager-1' }],
      settlementPosted: true,
    });
    expect(log.names(handle.workflowId)).toEqual([
      'moveClaim:requestApproval',
      'openInboxTask',
      'closeInboxTask',
      'moveClaim:approve',
      'postClaimSettlement',
    ]);
    expect(log.of(handle.workflowId, 'postClaimSettlement')[0]!.input).toEqual({
      claimId: id,
      remedy: 'refund',
      valueFen: 250_000,
    });
    await replaysDeterministically(handle, 'claim-one-approval');
  });

  it('a replacement above the higher threshold needs a manager, then the level above — not the same person twice', async () => {
    const id = nextId();
    const handle = await start(id, 'replace', 800_000);
    const first = await openTaskOf(handle, 1);
    await decide(handle, { taskId: first.taskId, decision: 'approve', decidedBy: manager });

    const second = await openTaskOf(handle, 2);
    expect(second).toMatchObject({
      taskId: `${handle.workflowId}:second-approval:L2`,
      candidate: { role: 'manager', level: 2 },
    });
    await expect(decide(handle, { taskId: second.taskId, decision: 'approve', decidedBy: manager })).rejects.toThrow(
      WorkflowUpdateFailedError,
    );
    expect(log.names(handle.workflowId)).not.toContain('moveClaim:approve');
    await decide(handle, {
      taskId: second.taskId,
      decision: 'approve',
      comment: 'unit written off',
      decidedBy: senior,
    });

    await expect(complete(handle)).resolves.toEqual({
      outcome: 'completed',
      approvals: [
        { level: 1, by: 'manager-1' },
        { level: 2, by: 'senior-1' },
      ],
      settlementPosted: false,
    });
    expect(log.of(handle.workflowId, 'moveClaim:approve').map((c) => c.input)).toEqual([
      { claimId: id, move: 'approve', reason: 'approved by manager-1 and senior-1' },
    ]);
    await replaysDeterministically(handle, 'claim-two-approvals');
  });

  it('a rejection at the second level rejects the claim', async () => {
    const id = nextId();
    const handle = await start(id, 'refund', 600_000);
    await decide(handle, { taskId: (await openTaskOf(handle, 1)).taskId, decision: 'approve', decidedBy: manager });
    await decide(handle, {
      taskId: (await openTaskOf(handle, 2)).taskId,
      decision: 'reject',
      comment: 'repair is possible',
      decidedBy: senior,
    });
    await expect(handle.result()).resolves.toEqual({
      outcome: 'rejected',
      approvals: [{ level: 1, by: 'manager-1' }],
      settlementPosted: false,
      reason: 'repair is possible',
    });
    expect(log.names(handle.workflowId).filter((n) => n.startsWith('moveClaim'))).toEqual([
      'moveClaim:requestApproval',
      'moveClaim:reject',
    ]);
  });
});
