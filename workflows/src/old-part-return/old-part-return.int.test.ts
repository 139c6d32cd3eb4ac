import { describe, expect, it } from 'vitest';
import { workflowIds } from '../contracts.ts';
import { CallLog, fakePolicies } from '../testing/recording-activities.ts';
import { nextId, replaysDeterministically, testWorkerFor } from '../testing/workflow-harness.ts';
import { eventually, statusOf, untilStage } from '../testing/workflow-status.ts';
import type { OldPartReturnActivities, ReturnNoticeActivities } from './old-part-return.activities.ts';
import { inspectedSignal, partReceivedSignal, returnShippedSignal } from './old-part-return.contracts.ts';
import type { oldPartReturn } from './old-part-return.workflow.ts';

const log = new CallLog();
const fakes: OldPartReturnActivities & ReturnNoticeActivities = {
  async declareReturnOverdue(tagId) {
    log.record('declareReturnOverdue', tagId);
    return { status: 'overdue', chargedBack: true };
  },
  async remindReturnDue(input) {
    log.record('remindReturnDue', input);
  },
};

// The policy per tag: each test runs its due date and waits in seconds.
const policies = fakePolicies(new CallLog(), {});

const worker = testWorkerFor({ ...fakes, ...policies });

/** How a return whose part came back and was inspected ends. */
const returned = (chargebacks: number, reversals: number) => ({
  outcome: 'returned',
  chargebacks,
  reversals,
  inspection: 'defect_confirmed',
});

/** A new tag due `dueInMs` from now, reminded `reminderLeadMs` before. */
function start(dueInMs: number, reminderLeadMs: number, lateArrivalWaitMs = 30_000) {
  const tagId = nextId();
  policies.perWorkflow.set(workflowIds.returnTag(tagId), { old_part_return: { reminderLeadMs, lateArrivalWaitMs } });
  return worker.start<typeof oldPartReturn>('oldPartReturn', workflowIds.returnTag(tagId), {
    tagId,
    tagNumber: `RT-${tagId}`,
    dueOn: '2026-12-31',
    overdueAt: new Date(Date.now() + dueInMs).toISOString(),
  });
}

describe('oldPartReturn on the Temporal dev server', () => {
  it('an on-time return: reminded, shipped, received and inspected — no chargeback', async () => {
    const handle = await start(3_000, 2_500);
    await eventually(
      async () => log.names(handle.workflowId),
      (names) => names.includes('remindReturnDue'),
      5_000,
    );
    await handle.signal(returnShippedSignal, { shipmentId: 1 });
    await handle.signal(partReceivedSignal, { outcome: 'received' });
    await untilStage(handle, 'awaiting_inspection');
    await handle.signal(inspectedSignal, { outcome: 'defect_confirmed' });
    await expect(handle.result()).resolves.toEqual(returned(0, 0));
    // Past the due date now: the timer was cancelled by the shipment, nothing was declared overdue.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(log.names(handle.workflowId)).toEqual(['remindReturnDue']);
    expect((await statusOf(handle)).history[0]).toMatchObject({
      step: 'return',
      outcome: 'shipped',
      slaMet: true,
      remindedAt: expect.any(String),
    });
    await replaysDeterministically(handle, 'return-on-time');
  });

  it('a part missing at the due date is declared overdue exactly once: one chargeback', async () => {
    const handle = await start(1_000, 500, 1_000);
    await expect(handle.result()).resolves.toEqual({ outcome: 'charged_back', chargebacks: 1, reversals: 0 });
    expect(log.names(handle.workflowId)).toEqual(['remindReturnDue', 'declareReturnOverdue']);
    const history = (await statusOf(handle)).history;
    expect(history.map((s) => `${s.step}:${s.outcome}`)).toEqual(['return:overdue', 'late-arrival:not returned']);
    expect(history[0]).toMatchObject({ slaMet: false, detail: 'charged back: not returned' });
    await replaysDeterministically(handle, 'return-missing');
  });

  it('a late arrival after the chargeback reverses it once, however often it is reported', async () => {
    const handle = await start(800, 0);
    await untilStage(handle, 'charged_back');
    await handle.signal(partReceivedSignal, { outcome: 'received', late: true });
    await handle.signal(partReceivedSignal, { outcome: 'received', late: true });
    await untilStage(handle, 'awaiting_inspection');
    await handle.signal(inspectedSignal, { outcome: 'defect_confirmed' });
    await expect(handle.result()).resolves.toEqual(returned(1, 1));
    expect(log.of(handle.workflowId, 'declareReturnOverdue')).toHaveLength(1);
    expect((await statusOf(handle)).history.find((s) => s.step === 'late-arrival')).toMatchObject({
      outcome: 'arrived late',
      detail: 'chargeback reversed',
    });
    await replaysDeterministically(handle, 'return-late');
  });

  it('a failed inspection is one chargeback, without an overdue declaration', async () => {
    const handle = await start(30_000, 0);
    await handle.signal(returnShippedSignal);
    await handle.signal(partReceivedSignal, { outcome: 'received' });
    await handle.signal(inspectedSignal, { outcome: 'misuse' });
    await handle.signal(inspectedSignal, { outcome: 'defect_confirmed' });
    await expect(handle.result()).resolves.toEqual({
      outcome: 'charged_back',
      chargebacks: 1,
      reversals: 0,
      inspection: 'misuse',
    });
    expect(log.names(handle.workflowId)).toEqual([]);
  });

  it('a part reported missing on receipt is charged once; turning up later reverses it', async () => {
    const handle = await start(30_000, 0);
    await handle.signal(returnShippedSignal);
    await handle.signal(partReceivedSignal, { outcome: 'missing' });
    await untilStage(handle, 'charged_back');
    await handle.signal(partReceivedSignal, { outcome: 'received', late: true });
    await handle.signal(inspectedSignal, { outcome: 'defect_confirmed' });
    await expect(handle.result()).resolves.toEqual(returned(1, 1));
    expect(log.names(handle.workflowId)).toEqual([]);
  });
});
