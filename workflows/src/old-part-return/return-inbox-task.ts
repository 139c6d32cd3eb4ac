import { log, proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { CloseInboxTaskInput, InboxActivities } from '../approvals/approval.activities.ts';
import type { Candidate, OpenTask } from '../approvals/approval.contracts.ts';
import { taskIdOf } from '../approvals/approval-step.ts';
import { nowIso, type Timeline } from '../approvals/timeline.ts';
import { serviceCallOptions } from '../service-calls/service-call-options.ts';

const inbox = proxyActivities<InboxActivities>(serviceCallOptions);

/**
 * Who follows an old part owed back, in the inbox: the service managers (approval level 1 and up, so
 * every manager sees it). Warehouse staff act on the part itself — receipt and inspection, in the parts
 * service's returns screens — and providers never see the inbox.
 */
export const returnFollowedBy: Candidate = { role: 'manager', level: 1 };

/** Who settles the task when the part is received or inspected: the warehouse, through the parts service. */
export const settledByWarehouse = 'warehouse';

export interface ReturnInboxTaskInput {
  tagId: number;
  tagNumber?: string | undefined;
  providerId?: string | undefined;
  dueOn: string;
  /** The instant the tag is overdue from: the task's `due_at`. */
  overdueAt: string;
}

/**
 * The inbox row of one old part owed back: open while the tag waits for its part and the inspection,
 * due at the return's due date, marked reminded with the provider's reminder, and closed once — decided
 * by the warehouse's receipt or inspection, or timed out when the part is declared overdue.
 *
 * The return's deadlines never wait for the inbox: the task opens alongside them, and a reminder finds
 * it only once it is open. Closing waits for the opening, so the row's changes arrive in order.
 */
export class ReturnInboxTask {
  private readonly task: OpenTask;
  private readonly timeline: Timeline;
  private readonly opening: Promise<void>;
  private opened = false;
  private closed = false;

  constructor(timeline: Timeline, input: ReturnInboxTaskInput) {
    const { workflowId } = workflowInfo();
    const now = nowIso();
    this.timeline = timeline;
    this.task = {
      taskId: taskIdOf(workflowId, 'return', returnFollowedBy.level),
      step: 'return',
      level: returnFollowedBy.level,
      candidate: returnFollowedBy,
      // A tag started after its due date (a late start) opens already overdue: due_at stays the due date.
      openedAt: Date.parse(input.overdueAt) < Date.parse(now) ? input.overdueAt : now,
      dueAt: input.overdueAt,
    };
    timeline.openTask = this.task;
    this.opening = inbox
      .openInboxTask({
        workflowId,
        subject: {
          requestType: 'old_part_return',
          reference: input.tagNumber ?? `return tag ${input.tagId}`,
          summary: `old part owed back by ${input.dueOn}; overdue from ${input.overdueAt}`,
          providerId: input.providerId,
        },
        task: this.task,
      })
      .then(
        () => void (this.opened = true),
        // A refused task (a bug, not an outage: outages are retried) must not stop the return itself.
        (error: unknown) => log.warn('the return inbox task could not be opened', { error: String(error) }),
      );
  }

  /** Best effort, like the provider's reminder: marks the row reminded if it is open by now. */
  async remind(): Promise<void> {
    if (!this.opened || this.closed) return;
    const reminders = proxyActivities<InboxActivities>({
      scheduleToCloseTimeout: Math.max(1000, Date.parse(this.task.dueAt) - Date.now()),
      startToCloseTimeout: '30 seconds',
    });
    try {
      await reminders.remindInboxTask({ taskId: this.task.taskId, dueAt: this.task.dueAt });
    } catch {
      log.warn('the return inbox task could not be marked reminded', { taskId: this.task.taskId });
    }
  }

  /** The due date passed without the part: it was declared overdue and charged back. */
  timedOut(): Promise<void> {
    return this.close({ state: 'timed_out', slaMet: false });
  }

  /** The warehouse's receipt or inspection settled the return: accepted, or charged back. */
  settled(decision: 'approve' | 'reject', comment: string, slaMet: boolean): Promise<void> {
    return this.close({ state: 'decided', decision, decidedBy: settledByWarehouse, comment, slaMet });
  }

  private async close(input: Omit<CloseInboxTaskInput, 'taskId'>): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.timeline.openTask = null;
    await this.opening;
    if (!this.opened) return;
    try {
      await inbox.closeInboxTask({ taskId: this.task.taskId, ...input });
    } catch (error) {
      // Refused (outages are retried): the return itself is settled all the same.
      log.warn('the return inbox task could not be closed', { taskId: this.task.taskId, error: String(error) });
    }
  }
}
