import { condition, patched, proxyActivities, setHandler } from '@temporalio/workflow';
import { Timeline, nowIso } from '../approvals/timeline.ts';
import { refusalIn } from '../service-calls/refused.ts';
import { serviceCallOptions } from '../service-calls/service-call-options.ts';
import type { PolicyActivities } from '../approvals/approval-policy.contracts.ts';
import type { OldPartReturnActivities, ReturnNoticeActivities } from './old-part-return.activities.ts';
import {
  overdueFrom,
  inspectedSignal,
  partReceivedSignal,
  returnShippedSignal,
  type InspectionOutcome,
  type OldPartReturnInput,
  type OldPartReturnResult,
  type ReceiptOutcome,
} from './old-part-return.contracts.ts';
import { ReturnInboxTask } from './return-inbox-task.ts';

const parts = proxyActivities<OldPartReturnActivities & PolicyActivities>(serviceCallOptions);

const partIsBack = (outcome: ReceiptOutcome) => outcome === 'received' || outcome === 'damaged_in_transit';

/** Waits for `ready` until the instant `until`; true if it became true in time. */
async function until(ready: () => boolean, at: string): Promise<boolean> {
  const left = Date.parse(at) - Date.now();
  return left > 0 ? condition(ready, left) : ready();
}

/**
 * One old part owed back to the factory: reminded before its due date, declared overdue (one chargeback)
 * when it has not moved by then, followed through receipt and inspection; a part charged back as not
 * returned that turns up later has its chargeback reversed. The parts service records every chargeback
 * and reversal; this workflow calls `declareOverdue` at most once and keeps the count. Since the
 * `oldPartReturn:inbox-task` patch it also keeps an inbox row for the return (`ReturnInboxTask`).
 */
export async function oldPartReturn(input: OldPartReturnInput): Promise<OldPartReturnResult> {
  const timeline = new Timeline('awaiting_return');
  let shipped = false;
  const receipts: { outcome: ReceiptOutcome; late: boolean }[] = [];
  let inspection: InspectionOutcome | null = null;
  setHandler(returnShippedSignal, () => void (shipped = true));
  setHandler(partReceivedSignal, (r) => void receipts.push({ outcome: r.outcome, late: r.late ?? false }));
  setHandler(inspectedSignal, (r) => void (inspection ??= r.outcome));

  const { tagId } = input;
  // Runs started before the patch have no inbox row, and replay without one.
  const keepsInboxTask = patched('oldPartReturn:inbox-task');
  const policy = await parts.loadApprovalPolicy('old_part_return');
  const overdueAt = input.overdueAt ?? overdueFrom(input.dueOn);
  const task = keepsInboxTask ? new ReturnInboxTask(timeline, { ...input, overdueAt }) : null;
  let chargebacks = 0;
  let reversals = 0;
  /** A chargeback for a part that did not come back stands: its arrival would reverse it. */
  let owedNotBack = false;
  const result = (
    outcome: OldPartReturnResult['outcome'],
    extra: Partial<OldPartReturnResult> = {},
  ): OldPartReturnResult => {
    timeline.stage = outcome;
    timeline.deadline = null;
    return { outcome, chargebacks, reversals, ...extra };
  };

  // Due date: remind once before it; if the part has not moved by then, declare it overdue.
  const moved = () => shipped || receipts.length > 0;
  timeline.deadline = overdueAt;
  const due = timeline.begin('return', { dueAt: overdueAt });
  const remindAt = Date.parse(overdueAt) - policy.reminderLeadMs;
  if (policy.reminderLeadMs > 0 && remindAt > Date.now() && !(await condition(moved, remindAt - Date.now()))) {
    // Best effort: a reminder that cannot be delivered before the due date must not hold the due date up.
    const notices = proxyActivities<ReturnNoticeActivities>({
      scheduleToCloseTimeout: Math.max(1000, Date.parse(overdueAt) - Date.now()),
      startToCloseTimeout: '30 seconds',
    });
    try {
      await notices.remindReturnDue({ tagId, tagNumber: input.tagNumber, overdueAt: overdueAt });
      due.remindedAt = nowIso();
    } catch {
      due.detail = 'the reminder could not be delivered';
    }
    await task?.remind();
  }
  const movedInTime = await until(moved, overdueAt);
  if (movedInTime) {
    timeline.end(due, shipped ? 'shipped' : 'received', { slaMet: true });
  } else {
    timeline.stage = 'declaring_overdue';
    try {
      const declared = await parts.declareReturnOverdue(tagId);
      if (declared.chargedBack) {
        chargebacks++;
        owedNotBack = true;
      }
      timeline.end(due, 'overdue', {
        slaMet: false,
        detail: declared.chargedBack ? 'charged back: not returned' : `tag is ${declared.status}`,
      });
    } catch (error) {
      // Refused: the tag moved just before the deadline and its signal is on the way.
      const refusal = refusalIn(error);
      if (refusal === null) throw error;
      timeline.end(due, 'overdue declaration refused', { slaMet: false, detail: refusal });
    }
    if (owedNotBack) await task?.timedOut();
  }

  // Receipt: a part back moves on to inspection; a missing one is charged back and may still turn up.
  let seen = 0;
  for (;;) {
    timeline.stage = owedNotBack ? 'charged_back' : 'awaiting_receipt';
    const waited = timeline.begin(owedNotBack ? 'late-arrival' : 'receipt');
    if (owedNotBack) {
      const deadline = new Date(Date.now() + policy.lateArrivalWaitMs).toISOString();
      timeline.deadline = deadline;
      waited.dueAt = deadline;
      if (!(await until(() => receipts.length > seen, deadline))) {
        timeline.end(waited, 'not returned', { slaMet: false });
        return result('charged_back');
      }
    } else {
      timeline.deadline = null;
      await condition(() => receipts.length > seen);
    }
    const receipt = receipts[seen++]!;
    if (partIsBack(receipt.outcome)) {
      if (owedNotBack) {
        reversals++;
        owedNotBack = false;
        timeline.end(waited, 'arrived late', { detail: 'chargeback reversed' });
      } else {
        timeline.end(waited, receipt.outcome);
      }
      break;
    }
    // The parts service charges a missing or wrong part once: only when no chargeback stands.
    if (!owedNotBack) chargebacks++;
    timeline.end(waited, receipt.outcome, {
      detail: owedNotBack ? 'already charged back' : `charged back: ${receipt.outcome}`,
    });
    await task?.settled('reject', `received ${receipt.outcome}: charged back`, movedInTime);
    if (receipt.outcome === 'wrong_part') return result('charged_back');
    owedNotBack = true;
  }

  // Inspection: anything but a confirmed defect is charged back by the parts service.
  timeline.stage = 'awaiting_inspection';
  const inspecting = timeline.begin('inspection');
  await condition(() => inspection !== null);
  const verdict: InspectionOutcome = inspection!;
  if (verdict !== 'defect_confirmed') {
    chargebacks++;
    timeline.end(inspecting, verdict, { detail: 'charged back: failed inspection' });
    await task?.settled('reject', `inspected ${verdict}: charged back`, movedInTime);
    return result('charged_back', { inspection: verdict });
  }
  timeline.end(inspecting, verdict);
  await task?.settled('approve', `inspected ${verdict}`, movedInTime);
  return result('returned', { inspection: verdict });
}
