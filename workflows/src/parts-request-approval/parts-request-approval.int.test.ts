import {
  WorkflowExecutionAlreadyStartedError,
  WorkflowUpdateFailedError,
  type WorkflowHandle,
} from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { describe, expect, it } from 'vitest';
import type { ApprovalPolicy } from '../approvals/approval.contracts.ts';
import { workflowIds } from '../contracts.ts';
import { CallLog, fakePolicies, managerChain, recordingInbox } from '../testing/recording-activities.ts';
import { nextId, replaysDeterministically, testWorkerFor } from '../testing/workflow-harness.ts';
import { acceptedUpdates, decide, eventually, openTaskOf, statusOf, untilStage } from '../testing/workflow-status.ts';
import type { PartsRequestFacts } from './auto-approval.ts';
import type { PartsRequestActivities } from './parts-request-approval.activities.ts';
import {
  receivedSignal,
  shippedSignal,
  stockArrivedSignal,
  type PartsRequestApprovalPolicy,
} from './parts-request-approval.contracts.ts';
import type { partsRequestApproval } from './parts-request-approval.workflow.ts';

const log = new CallLog();
const facts = new Map<number, Partial<PartsRequestFacts>>();
const shortages = new Map<number, number>();
const refusedApprovals = new Set<number>();

// The parts service's activities as fakes: what each request looks like is set per test.
const partsFakes: PartsRequestActivities = {
  async assessPartsRequest(requestId) {
    log.record('assessPartsRequest', requestId);
    return {
      requestId,
      requestNumber: `PR-${requestId}`,
      providerId: 'SP-001',
      purpose: 'warranty',
      status: 'submitted',
      totalValueFen: 5_000,
      overCreditLimit: false,
      createdBy: 'provider-7',
      claimCovered: true,
      inBom: true,
      ...facts.get(requestId),
    };
  },
  async approvePartsRequest(input) {
    log.record('approvePartsRequest', input);
    if (refusedApprovals.has(input.requestId))
      throw ApplicationFailure.nonRetryable(
        'requests.approve: a cancelled parts request cannot be approved',
        'CONFLICT',
      );
  },
  async rejectPartsRequest(input) {
    log.record('rejectPartsRequest', input);
  },
  async reservePartsRequest(requestId) {
    log.record('reservePartsRequest', requestId);
    const short = shortages.get(requestId) ?? 0;
    if (short > 0) {
      shortages.set(requestId, short - 1);
      return { reserved: false, shortage: 'insufficient stock of PUMP-2 at WH-SH: 0 available, 1 needed' };
    }
    return { reserved: true };
  },
};

const chain = (levelOneSlaMs = 30_000): ApprovalPolicy['chain'] => managerChain(levelOneSlaMs);
const policy: PartsRequestApprovalPolicy = {
  autoApprovalLimitFen: 10_000,
  approval: { chain: chain(), reminderLeadMs: 0 },
};
const manager = { sub: 'manager-1', role: 'manager', approvalLevel: 1 };
const senior = { sub: 'senior-1', role: 'manager', approvalLevel: 2 };
const policies = fakePolicies(new CallLog(), { parts_request: policy });

const worker = testWorkerFor({ ...partsFakes, ...recordingInbox(log), ...policies });

async function start(
  requestId: number,
  options: { facts?: Partial<PartsRequestFacts>; policy?: PartsRequestApprovalPolicy } = {},
) {
  if (options.facts) facts.set(requestId, options.facts);
  if (options.policy) policies.perWorkflow.set(workflowIds.partsRequest(requestId), { parts_request: options.policy });
  return worker.start<typeof partsRequestApproval>('partsRequestApproval', workflowIds.partsRequest(requestId), {
    requestId,
    requestedBy: 'provider-7',
  });
}

async function shipAndReceive(handle: WorkflowHandle<typeof partsRequestApproval>) {
  await untilStage(handle, 'awaiting_shipment');
  await handle.signal(shippedSignal, { carrier: 'SF', trackingNumber: 'SF123' });
  await handle.signal(receivedSignal, { fullyReceived: false });
  await handle.signal(receivedSignal, { fullyReceived: true });
  return handle.result();
}

describe('partsRequestApproval on the Temporal dev server', () => {
  it('auto-approves a clean request below the limit, reserves it and follows it to receipt', async () => {
    const id = nextId();
    const handle = await start(id);
    await expect(shipAndReceive(handle)).resolves.toEqual({ outcome: 'received', approvedBy: 'auto' });
    expect(log.names(handle.workflowId)).toEqual(['assessPartsRequest', 'approvePartsRequest', 'reservePartsRequest']);
    expect((await statusOf(handle)).history.map((s) => `${s.step}:${s.outcome}`)).toEqual([
      'check:auto-approvable',
      'approve:approved',
      'reserve:reserved',
      'shipment:shipped',
      'receipt:received',
    ]);
    await replaysDeterministically(handle, 'parts-request-auto-approved');
  });

  it('a request over the limit waits for a manager, whose decision arrives as the decide Update', async () => {
    const id = nextId();
    const handle = await start(id, { facts: { totalValueFen: 250_000 } });
    const task = await openTaskOf(handle, 1);
    expect(task).toMatchObject({
      taskId: `${handle.workflowId}:approval:L1`,
      candidate: { role: 'manager', level: 1 },
      level: 1,
    });
    expect(log.of(handle.workflowId, 'openInboxTask')[0]!.input).toMatchObject({
      subject: { requestType: 'parts_request', reference: `PR-${id}`, requestedBy: 'provider-7' },
    });

    const answer = await decide(handle, {
      taskId: task.taskId,
      decision: 'approve',
      comment: 'urgent repair',
      decidedBy: manager,
    });
    expect(answer).toMatchObject({ taskId: task.taskId, decision: 'approve', level: 1, slaMet: true });
    await expect(shipAndReceive(handle)).resolves.toEqual({ outcome: 'received', approvedBy: 'manager-1' });

    expect(log.of(handle.workflowId, 'approvePartsRequest')[0]!.input).toEqual({
      requestId: id,
      reason: 'urgent repair (approved by manager manager-1)',
      decidedBy: { sub: 'manager-1', role: 'manager' },
    });
    expect(log.of(handle.workflowId, 'closeInboxTask')[0]!.input).toMatchObject({
      taskId: task.taskId,
      state: 'decided',
      decision: 'approve',
      decidedBy: 'manager-1',
      slaMet: true,
    });
    const approval = (await statusOf(handle)).history.find((s) => s.step === 'approval')!;
    expect(approval).toMatchObject({
      outcome: 'approved',
      decidedBy: manager,
      comment: 'urgent repair',
      slaMet: true,
      level: 1,
    });
    await replaysDeterministically(handle, 'parts-request-manual-approval');
  });

  it('a rejection rejects the request in the parts service and ends the workflow', async () => {
    const id = nextId();
    const handle = await start(id, { facts: { overCreditLimit: true } });
    const task = await openTaskOf(handle);
    await decide(handle, {
      taskId: task.taskId,
      decision: 'reject',
      comment: 'over credit: settle the open invoices first',
      decidedBy: manager,
    });
    await expect(handle.result()).resolves.toEqual({
      outcome: 'rejected',
      approvedBy: null,
      reason: 'over credit: settle the open invoices first',
    });
    expect(log.of(handle.workflowId, 'rejectPartsRequest').map((c) => c.input)).toEqual([
      { requestId: id, reason: 'over credit: settle the open invoices first (rejected by manager manager-1)' },
    ]);
    expect(log.of(handle.workflowId, 'approvePartsRequest')).toHaveLength(0);
  });

  it('the validator refuses the wrong role, one’s own request, a closed task and a second decision — leaving no trace', async () => {
    const id = nextId();
    const handle = await start(id, { facts: { totalValueFen: 99_000 } });
    const task = await openTaskOf(handle);
    const refused = async (input: Parameters<typeof decide>[1], type: string, reason: RegExp) => {
      const error = await decide(handle, input).then(
        () => expect.fail('the decision should have been refused'),
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
      const cause = (error as WorkflowUpdateFailedError).cause;
      expect(cause).toBeInstanceOf(ApplicationFailure);
      expect(cause).toMatchObject({ type, message: expect.stringMatching(reason) });
    };
    await refused(
      { taskId: task.taskId, decision: 'approve', decidedBy: { sub: 'provider-9', role: 'provider' } },
      'FORBIDDEN',
      /decided by the manager role, not provider/,
    );
    await refused(
      { taskId: task.taskId, decision: 'approve', decidedBy: { sub: 'finance-1', role: 'finance' } },
      'FORBIDDEN',
      /not finance/,
    );
    await refused(
      { taskId: task.taskId, decision: 'approve', decidedBy: { sub: 'manager-0', role: 'manager' } },
      'FORBIDDEN',
      /needs approval level 1/,
    );
    await refused(
      { taskId: task.taskId, decision: 'approve', decidedBy: { sub: 'provider-7', role: 'manager', approvalLevel: 3 } },
      'FORBIDDEN',
      /cannot decide/,
    );
    await refused(
      { taskId: task.taskId, decision: 'approve', decidedBy: manager, requestedBy: 'manager-1' },
      'FORBIDDEN',
      /cannot decide/,
    );
    await refused(
      { taskId: `${handle.workflowId}:approval:L2`, decision: 'approve', decidedBy: manager },
      'CONFLICT',
      /not open/,
    );
    await refused(
      { taskId: task.taskId, decision: 'reject', comment: '', decidedBy: manager },
      'BAD_REQUEST',
      /needs a comment/,
    );

    expect(await acceptedUpdates(handle)).toBe(0);
    expect((await statusOf(handle)).openTask).toEqual(task);

    await decide(handle, { taskId: task.taskId, decision: 'approve', decidedBy: manager });
    await refused(
      {
        taskId: task.taskId,
        decision: 'reject',
        comment: 'changed my mind',
        decidedBy: { sub: 'manager-2', role: 'manager', approvalLevel: 1 },
      },
      'CONFLICT',
      /already decided|not open/,
    );
    await expect(shipAndReceive(handle)).resolves.toMatchObject({ outcome: 'received', approvedBy: 'manager-1' });
    expect(await acceptedUpdates(handle)).toBe(1);
    expect(log.of(handle.workflowId, 'approvePartsRequest')).toHaveLength(1);
  });

  it('reminds before the SLA, then escalates to level 2 when it passes', async () => {
    const id = nextId();
    const handle = await start(id, {
      facts: { totalValueFen: 99_000 },
      policy: { ...policy, approval: { chain: chain(2_000), reminderLeadMs: 1_200 } },
    });
    const first = await openTaskOf(handle, 1);
    await eventually(
      async () => log.names(handle.workflowId),
      (names) => names.includes('remindInboxTask'),
      5_000,
    );
    expect(log.names(handle.workflowId)).not.toContain('escalateInboxTask');

    const second = await openTaskOf(handle, 2);
    await eventually(
      async () => log.names(handle.workflowId),
      (names) => names.includes('escalateInboxTask'),
      5_000,
    );
    expect(second).toMatchObject({
      taskId: `${handle.workflowId}:approval:L2`,
      candidate: { role: 'manager', level: 2 },
    });
    expect(log.of(handle.workflowId, 'remindInboxTask').map((c) => c.input)).toEqual([
      { taskId: first.taskId, dueAt: first.dueAt },
    ]);
    expect(log.of(handle.workflowId, 'escalateInboxTask').map((c) => c.input)).toEqual([
      expect.objectContaining({
        fromTaskId: first.taskId,
        to: expect.objectContaining({ taskId: second.taskId, level: 2, candidate: { role: 'manager', level: 2 } }),
      }),
    ]);
    // The level-1 task is closed by the escalation: a late manager is refused; the level-2 role decides.
    await expect(decide(handle, { taskId: first.taskId, decision: 'approve', decidedBy: manager })).rejects.toThrow(
      WorkflowUpdateFailedError,
    );
    await expect(decide(handle, { taskId: second.taskId, decision: 'approve', decidedBy: manager })).rejects.toThrow(
      WorkflowUpdateFailedError,
    );
    await decide(handle, { taskId: second.taskId, decision: 'approve', decidedBy: senior });
    await expect(shipAndReceive(handle)).resolves.toMatchObject({ outcome: 'received', approvedBy: 'senior-1' });

    const steps = (await statusOf(handle)).history.filter((s) => s.step === 'approval');
    expect(steps).toEqual([
      expect.objectContaining({ level: 1, outcome: 'escalated', slaMet: false, remindedAt: expect.any(String) }),
      expect.objectContaining({ level: 2, outcome: 'approved', slaMet: true, decidedBy: senior }),
    ]);
    await replaysDeterministically(handle, 'parts-request-escalated');
  });

  it('waits in backorder until stock arrives, then reserves with the same key', async () => {
    const id = nextId();
    shortages.set(id, 1);
    const handle = await start(id);
    const status = await untilStage(handle, 'backordered');
    expect(status.history.at(-1)).toMatchObject({
      step: 'reserve',
      detail: expect.stringMatching(/insufficient stock/),
    });
    expect(log.of(handle.workflowId, 'reservePartsRequest')).toHaveLength(1);

    await handle.signal(stockArrivedSignal, { warehouseId: 'WH-SH', partCodes: ['PUMP-2'] });
    await expect(shipAndReceive(handle)).resolves.toEqual({ outcome: 'received', approvedBy: 'auto' });
    expect(log.of(handle.workflowId, 'reservePartsRequest')).toHaveLength(2);
    await replaysDeterministically(handle, 'parts-request-backorder');
  });

  it('a refusal by the parts service stops the workflow with the reason instead of failing it', async () => {
    const id = nextId();
    refusedApprovals.add(id);
    const handle = await start(id);
    await expect(handle.result()).resolves.toEqual({
      outcome: 'stopped',
      approvedBy: 'auto',
      reason: expect.stringMatching(/cannot be approved/),
    });
    expect(log.of(handle.workflowId, 'approvePartsRequest')).toHaveLength(1);
    expect(log.names(handle.workflowId)).not.toContain('reservePartsRequest');
  });

  it('starting the same request twice is harmless: one workflow, one check, one approval', async () => {
    const id = nextId();
    const first = await start(id);
    const second = await start(id);
    expect(second.firstExecutionRunId).toBe(first.firstExecutionRunId);
    await shipAndReceive(first);
    await expect(start(id)).rejects.toThrow(WorkflowExecutionAlreadyStartedError);
    expect(log.names(first.workflowId)).toEqual(['assessPartsRequest', 'approvePartsRequest', 'reservePartsRequest']);
  });

  it('a request waiting for a decision survives its worker: a new worker picks it up where it was', async () => {
    const id = nextId();
    const handle = await start(id, { facts: { totalValueFen: 99_000 } });
    const task = await openTaskOf(handle, 1);
    await worker.replace({ ...partsFakes, ...recordingInbox(log) });
    const again = worker.handle<typeof partsRequestApproval>(handle.workflowId);
    await decide(again, { taskId: task.taskId, decision: 'approve', decidedBy: manager });
    await expect(shipAndReceive(again)).resolves.toMatchObject({ outcome: 'received', approvedBy: 'manager-1' });
    expect(log.names(handle.workflowId)).toEqual([
      'assessPartsRequest',
      'openInboxTask',
      'closeInboxTask',
      'approvePartsRequest',
      'reservePartsRequest',
    ]);
  });
});
