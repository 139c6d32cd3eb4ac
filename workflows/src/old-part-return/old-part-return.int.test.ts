import { describe, expect, it } from 'vitest';
import { workflowIds } from '../contracts.ts';
import type { CloseInboxTaskInput, OpenInboxTaskInput } from '../approvals/approval.activities.ts';
import { CallLog, fakePolicies, recordingInbox } from '../testing/recording-activities.ts';
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

const worker = testWorkerFor({ ...fakes, ...recordingInbox(log), ...policies });

/** How a return whose part came back and was inspected ends. */
const returned = (chargebacks: number, reversals: number) => ({
  outcome: 'returned',
  chargebacks,
  reversals,
  inspection: 'defect_confirmed',
});

const tagOf = new Map<string, { tagNumber: string; overdueAt: string }>();

/** A new tag due `dueInMs` from now, reminded `reminderLeadMs` before. */
function start(dueInMs: number, reminderLeadMs: number, lateArrivalWaitMs = 30_000) {
  const tagId = nextId();
  const workflowId = workflowIds.returnTag(tagId);
  policies.perWorkflow.set(workflowId, { old_part_return: { reminderLeadMs, lateArrivalWaitMs } });
  const tag = { tagNumber: `RT-${tagId}`, overdueAt: new Date(Date.now() + dueInMs).toISOString() };
  tagOf.set(workflowId, tag);
  return worker.start<typeof oldPartReturn>('oldPartReturn', workflowId, {
    tagId,
    ...tag,
    providerId: 'SP-001',
    dueOn: '2026-12-31',
  });
}

/**
 * The tag's inbox row as the inbox activities wrote it: opened once for the service managers, due at the
 * return's due date; `life` is every call on it in order (open, remind, close).
 */
function inboxRowOf(workflowId: string) {
  const { tagNumber, overdueAt } = tagOf.get(workflowId)!;
  const calls = log.of(workflowId).filter((c) => c.name.endsWith('InboxTask'));
  const opened = calls.filter((c) => c.name === 'openInboxTask').map((c) => c.input as OpenInboxTaskInput);
  const closed = calls.filter((c) => c.name === 'closeInboxTask').map((c) => c.input as CloseInboxTaskInput);
  expect(opened).toEqual([
    {
      workflowId,
      subject: {
        requestType: 'old_part_return',
        reference: tagNumber,
        summary: `old part owed back by 2026-12-31; overdue from ${overdueAt}`,
        providerId: 'SP-001',
      },
      task: {
        taskId: `${workflowId}:return:L1`,
        step: 'return',
        level: 1,
        candidate: { role: 'manager', level: 1 },
        openedAt: expect.any(String),
        dueAt: overdueAt,
      },
    },
  ]);
  expect(closed.every((c) => c.taskId === `${workflowId}:return:L1`)).toBe(true);
  return { life: calls.map((c) => c.name.replace('InboxTask', '')), closed: closed.map(({ taskId: _, ...c }) => c) };
}

/** How the row closes when the warehouse's receipt or inspection settles a part returned in time. */
const settledInTime = (decision: 'approve' | 'reject', comment: string) => ({
  state: 'decided',
  decision,
  decidedBy: 'warehouse',
  comment,
  slaMet: true,
});

describe('oldPartReturn on the Temporal dev server', () => {
  it('an on-time return: reminded, shipped, received and inspected — no chargeback', async () => {
    // Reminded 1.5 s after the start: a cold worker's first workflow task may take most of a second.
    const handle = await start(6_000, 4_500);
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
    // Past the due date: the timer was cancelled by the shipment, nothing was declared overdue.
    const { overdueAt } = tagOf.get(handle.workflowId)!;
    await new Promise((resolve) => setTimeout(resolve, Date.parse(overdueAt) - Date.now() + 500));
    expect(log.of(handle.workflowId, 'declareReturnOverdue')).toEqual([]);
    // The row: open until the inspection, reminded with the provider, then settled by the warehouse in time.
    expect(inboxRowOf(handle.workflowId)).toEqual({
      life: ['open', 'remind', 'close'],
      closed: [settledInTime('approve', 'inspected defect_confirmed')],
    });
    expect((await statusOf(handle)).openTask).toBeNull();
    expect((await statusOf(handle)).history[0]).toMatchObject({
      step: 'return',
      outcome: 'shipped',
      slaMet: true,
      remindedAt: expect.any(String),
    });
    await replaysDeterministically(handle, 'return-on-time');
  });

  it('a part missing at the due date is declared overdue exactly once: one chargeback', async () => {
    // Reminded 1.5 s after the start, once the inbox row is open; overdue a few seconds later.
    const handle = await start(4_000, 2_500, 1_000);
    await expect(handle.result()).resolves.toEqual({ outcome: 'charged_back', chargebacks: 1, reversals: 0 });
    expect(log.names(handle.workflowId)).toEqual([
      'openInboxTask',
      'remindReturnDue',
      'remindInboxTask',
      'declareReturnOverdue',
      'closeInboxTask',
    ]);
    // The row times out with the chargeback, once; the wait for a late arrival keeps no row.
    expect(inboxRowOf(handle.workflowId).closed).toEqual([{ state: 'timed_out', slaMet: false }]);
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
    // Closed at the chargeback: the late arrival and its inspection leave the row as it was.
    expect(inboxRowOf(handle.workflowId)).toEqual({
      life: ['open', 'close'],
      closed: [{ state: 'timed_out', slaMet: false }],
    });
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
    expect(log.names(handle.workflowId)).toEqual(['openInboxTask', 'closeInboxTask']);
    expect(inboxRowOf(handle.workflowId).closed).toEqual([settledInTime('reject', 'inspected misuse: charged back')]);
  });

  it('a part reported missing on receipt is charged once; turning up later reverses it', async () => {
    const handle = await start(30_000, 0);
    await handle.signal(returnShippedSignal);
    await handle.signal(partReceivedSignal, { outcome: 'missing' });
    await untilStage(handle, 'charged_back');
    await handle.signal(partReceivedSignal, { outcome: 'received', late: true });
    await handle.signal(inspectedSignal, { outcome: 'defect_confirmed' });
    await expect(handle.result()).resolves.toEqual(returned(1, 1));
    expect(log.names(handle.workflowId)).toEqual(['openInboxTask', 'closeInboxTask']);
    expect(inboxRowOf(handle.workflowId).closed).toEqual([settledInTime('reject', 'received missing: charged back')]);
  });
});
