import { ApplicationFailure } from '@temporalio/common';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { describe, expect, it } from 'vitest';
import { workflowIds } from '../contracts.ts';
import { CallLog, fakePolicies, managerChain, recordingInbox } from '../testing/recording-activities.ts';
import { nextId, replaysDeterministically, testWorkerFor } from '../testing/workflow-harness.ts';
import { acceptedUpdates, decide, eventually, openTaskOf, statusOf } from '../testing/workflow-status.ts';
import type { QuotaOverrunActivities } from './quota-overrun-approval.activities.ts';
import type { QuotaOverrunInput, QuotaOverrunPolicy } from './quota-overrun-approval.contracts.ts';
import type { quotaOverrunApproval } from './quota-overrun-approval.workflow.ts';

// The workflow on the real dev server with its activities faked: the settlement calls are recorded.
const log = new CallLog();
/** Lines the fake settlement service says were decided already (outside this workflow). */
const decidedElsewhere = new Set<number>();

const settlementFakes: QuotaOverrunActivities = {
  async decideQuotaLine(input) {
    log.record('decideQuotaLine', input);
    if (decidedElsewhere.has(input.lineId))
      throw ApplicationFailure.create({
        type: 'PRECONDITION_FAILED',
        message: `lines.${input.decision}: line ${input.lineId} is not waiting for a quota decision (refused)`,
        nonRetryable: true,
      });
  },
};

const policy: QuotaOverrunPolicy = { approval: { chain: managerChain(), reminderLeadMs: 0 } };
const policies = fakePolicies(new CallLog(), { quota_overrun: policy });
const manager = { sub: 'manager-1', role: 'manager', approvalLevel: 1 };
const senior = { sub: 'senior-1', role: 'manager', approvalLevel: 2 };
const finance = { sub: 'finance-1', role: 'finance' };

const worker = testWorkerFor({ ...settlementFakes, ...recordingInbox(log), ...policies });

const overrun = (lineId: number): QuotaOverrunInput => ({
  lineId,
  claimId: `WC-202611-${lineId}`,
  providerId: 'SP-001',
  period: '2026-11',
  amountFen: 17_904,
  budgetFen: 40_000,
  usedFen: 35_808,
});

function start(lineId: number, options: { policy?: QuotaOverrunPolicy } = {}) {
  if (options.policy) policies.perWorkflow.set(workflowIds.quotaLine(lineId), { quota_overrun: options.policy });
  return worker.start<typeof quotaOverrunApproval>(
    'quotaOverrunApproval',
    workflowIds.quotaLine(lineId),
    overrun(lineId),
  );
}

describe('quotaOverrunApproval on the Temporal dev server', () => {
  it('opens an inbox task naming provider, month and amounts; an approval releases the line with the workflow’s reason', async () => {
    const lineId = nextId();
    const handle = await start(lineId);
    const task = await openTaskOf(handle, 1);
    expect(task).toMatchObject({
      taskId: `quota-line:${lineId}:approval:L1`,
      candidate: { role: 'manager', level: 1 },
    });
    expect(log.of(handle.workflowId, 'openInboxTask')[0]!.input).toMatchObject({
      workflowId: `quota-line:${lineId}`,
      subject: {
        requestType: 'quota_overrun',
        reference: `WC-202611-${lineId} · line ${lineId}`,
        providerId: 'SP-001',
        summary: expect.stringContaining('SP-001 2026-11 超出月度额度：本单 ¥179.04，已用 ¥358.08 / 额度 ¥400.00'),
      },
    });
    // Finance does not decide quota overruns: the level's candidate is a manager.
    await expect(decide(handle, { taskId: task.taskId, decision: 'approve', decidedBy: finance })).rejects.toThrow(
      WorkflowUpdateFailedError,
    );
    expect(log.names(handle.workflowId)).not.toContain('decideQuotaLine');
    await decide(handle, { taskId: task.taskId, decision: 'approve', comment: 'flood season', decidedBy: manager });

    await expect(handle.result()).resolves.toEqual({ outcome: 'released', decidedBy: 'manager-1' });
    expect(log.of(handle.workflowId, 'decideQuotaLine').map((c) => c.input)).toEqual([
      {
        lineId,
        decision: 'release',
        reason: 'approved in the approvals inbox by manager manager-1, level 1: flood season',
      },
    ]);
    expect(log.names(handle.workflowId)).toEqual(['openInboxTask', 'closeInboxTask', 'decideQuotaLine']);
    expect(await acceptedUpdates(handle)).toBe(1);
    expect((await statusOf(handle)).stage).toBe('released');
    await replaysDeterministically(handle, 'quota-overrun-released');
  });

  it('a rejection refuses the line, with the manager’s comment as the reason', async () => {
    const lineId = nextId();
    const handle = await start(lineId);
    const task = await openTaskOf(handle, 1);
    await decide(handle, { taskId: task.taskId, decision: 'reject', comment: 'over budget', decidedBy: manager });
    await expect(handle.result()).resolves.toEqual({
      outcome: 'refused',
      decidedBy: 'manager-1',
      reason: 'over budget',
    });
    expect(log.of(handle.workflowId, 'decideQuotaLine').map((c) => c.input)).toEqual([
      {
        lineId,
        decision: 'refuse',
        reason: 'rejected in the approvals inbox by manager manager-1, level 1: over budget',
      },
    ]);
  });

  it('reminds before the SLA, escalates to level 2 when it passes, and level 2 decides', async () => {
    const lineId = nextId();
    const handle = await start(lineId, { policy: { approval: { chain: managerChain(2_000), reminderLeadMs: 1_200 } } });
    const first = await openTaskOf(handle, 1);
    const second = await openTaskOf(handle, 2);
    await eventually(
      async () => log.names(handle.workflowId),
      (names) => names.includes('escalateInboxTask'),
      5_000,
    );
    expect(log.of(handle.workflowId, 'remindInboxTask').map((c) => c.input)).toEqual([
      { taskId: first.taskId, dueAt: first.dueAt },
    ]);
    expect(second.candidate).toEqual({ role: 'manager', level: 2 });
    await expect(decide(handle, { taskId: second.taskId, decision: 'approve', decidedBy: manager })).rejects.toThrow(
      WorkflowUpdateFailedError,
    );
    await decide(handle, { taskId: second.taskId, decision: 'approve', decidedBy: senior });
    await expect(handle.result()).resolves.toEqual({ outcome: 'released', decidedBy: 'senior-1' });
    expect((await statusOf(handle)).history.filter((s) => s.step === 'approval')).toEqual([
      expect.objectContaining({ level: 1, outcome: 'escalated', slaMet: false, remindedAt: expect.any(String) }),
      expect.objectContaining({ level: 2, outcome: 'approved', decidedBy: senior }),
    ]);
  });

  it('a line settlement no longer holds stops the workflow with the service’s refusal', async () => {
    const lineId = nextId();
    decidedElsewhere.add(lineId);
    const handle = await start(lineId);
    await decide(handle, { taskId: (await openTaskOf(handle, 1)).taskId, decision: 'approve', decidedBy: manager });
    await expect(handle.result()).resolves.toEqual({
      outcome: 'stopped',
      decidedBy: 'manager-1',
      reason: expect.stringContaining('is not waiting for a quota decision'),
    });
    expect((await statusOf(handle)).stage).toBe('stopped');
  });

  it('starting it twice for one line finds the first run: one workflow, one inbox task', async () => {
    const lineId = nextId();
    const first = await start(lineId);
    const second = await start(lineId);
    expect(second.firstExecutionRunId).toBe(first.firstExecutionRunId);
    await openTaskOf(first, 1);
    expect(log.of(first.workflowId, 'openInboxTask')).toHaveLength(1);
    await first.terminate('test over');
  });
});
