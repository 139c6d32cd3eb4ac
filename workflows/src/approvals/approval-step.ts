import { ApplicationFailure, condition, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import { serviceCallOptions } from '../service-calls/service-call-options.ts';
import type { InboxActivities } from './approval.activities.ts';
import {
  decideUpdate,
  type ApprovalPolicy,
  type DecideInput,
  type DecideResult,
  type Decider,
  type InboxSubject,
  type OpenTask,
  type StepRecord,
} from './approval.contracts.ts';
import { refusalOf, type PendingDecision } from './decide-rules.ts';
import { nowIso, type Timeline } from './timeline.ts';

// Inbox calls retry without limit: until the approvals service answers, the step waits rather than fails.
const inbox = proxyActivities<InboxActivities>(serviceCallOptions);

export interface ApprovalStepInput {
  /** Names the step within the workflow ('approval', 'second-approval'); part of every task id. */
  step: string;
  subject: InboxSubject;
  policy: ApprovalPolicy;
  /** The chain level the step starts at (1 = the first level). */
  startLevel: number;
  /** Who may not decide: the requester and the approvers of earlier steps. */
  excludedDeciders: readonly string[];
}

export interface ApprovalOutcome {
  taskId: string;
  decision: 'approve' | 'reject';
  level: number;
  decidedBy: Decider;
  comment: string | undefined;
  decidedAt: string;
  slaMet: boolean;
}

/** One task id per level of one step of one workflow: the inbox keys its rows on it. */
export const taskIdOf = (workflowId: string, step: string, level: number) => `${workflowId}:${step}:L${level}`;

const openTaskOf = ({ excludedDeciders: _x, decided: _d, ...task }: PendingDecision): OpenTask => task;

/**
 * The approval machinery a workflow shares across its steps: it owns the `decide` Update (handler and
 * validator) and runs one approval step at a time — open an inbox task, remind before its deadline,
 * escalate up the chain when the deadline passes, close the task when a decision arrives.
 */
export class ApprovalDesk {
  private pending: PendingDecision | null = null;
  private received: { input: DecideInput; result: DecideResult } | null = null;

  private readonly timeline: Timeline;

  constructor(timeline: Timeline) {
    this.timeline = timeline;
    setHandler(decideUpdate, (input) => this.accept(input), {
      validator: (input) => {
        const refusal = refusalOf(this.pending, input);
        if (refusal)
          throw ApplicationFailure.create({ type: refusal.code, message: refusal.message, nonRetryable: true });
      },
    });
  }

  private accept(input: DecideInput): DecideResult {
    const pending = this.pending!;
    pending.decided = true;
    const result: DecideResult = {
      taskId: pending.taskId,
      decision: input.decision,
      level: pending.level,
      decidedAt: nowIso(),
      slaMet: Date.now() <= Date.parse(pending.dueAt),
    };
    this.received = { input, result };
    return result;
  }

  /** Makes `next` the task that takes decisions — synchronously, so no decision lands in between. */
  private switchTo(next: PendingDecision | null) {
    this.pending = next;
    this.received = null;
    this.timeline.openTask = next && openTaskOf(next);
    this.timeline.deadline = next?.dueAt ?? null;
  }

  private pendingFor(input: ApprovalStepInput, level: number): PendingDecision {
    const { workflowId } = workflowInfo();
    const { candidate, slaMs } = input.policy.chain[level - 1]!;
    return {
      taskId: taskIdOf(workflowId, input.step, level),
      step: input.step,
      level,
      candidate,
      openedAt: nowIso(),
      dueAt: new Date(Date.now() + slaMs).toISOString(),
      excludedDeciders: input.excludedDeciders,
      decided: false,
    };
  }

  /** Waits for a decision until the task's deadline, reminding once before it; true if one came in time. */
  private async decidedInTime(pending: PendingDecision, reminderLeadMs: number, record: StepRecord): Promise<boolean> {
    const decided = () => this.received !== null;
    const dueMs = Date.parse(pending.dueAt);
    const remindAt = dueMs - reminderLeadMs;
    if (reminderLeadMs > 0 && remindAt > Date.now()) {
      if (await condition(decided, remindAt - Date.now())) return true;
      // Best effort: a reminder that cannot be delivered before the deadline must not hold up escalation.
      const reminders = proxyActivities<InboxActivities>({
        scheduleToCloseTimeout: Math.max(1000, dueMs - Date.now()),
        startToCloseTimeout: '30 seconds',
      });
      try {
        await reminders.remindInboxTask({ taskId: pending.taskId, dueAt: pending.dueAt });
        record.remindedAt = nowIso();
      } catch {
        record.detail = 'the reminder could not be delivered';
      }
    }
    const left = dueMs - Date.now();
    if (left <= 0) return decided();
    return condition(decided, left);
  }

  /** Runs one approval step to its decision. */
  async decide(input: ApprovalStepInput): Promise<ApprovalOutcome> {
    const { chain, reminderLeadMs } = input.policy;
    if (chain.length === 0)
      throw ApplicationFailure.nonRetryable('the approval policy has an empty escalation chain', 'BadApprovalPolicy');
    const { workflowId } = workflowInfo();
    let pending = this.pendingFor(input, Math.min(Math.max(1, input.startLevel), chain.length));
    // The task takes decisions before its inbox row exists: a manager who sees the row at once (the
    // activity has written it, the workflow has not yet heard back) must not be told it is not open.
    this.switchTo(pending);
    await inbox.openInboxTask({ workflowId, subject: input.subject, task: openTaskOf(pending) });
    for (;;) {
      const record = this.timeline.begin(input.step, {
        taskId: pending.taskId,
        level: pending.level,
        candidate: pending.candidate,
        dueAt: pending.dueAt,
      });
      const inTime = await this.decidedInTime(pending, reminderLeadMs, record);
      if (!inTime && pending.level < chain.length) {
        const next = this.pendingFor(input, pending.level + 1);
        this.switchTo(next);
        this.timeline.end(record, 'escalated', { slaMet: false });
        await inbox.escalateInboxTask({
          fromTaskId: pending.taskId,
          workflowId,
          subject: input.subject,
          to: openTaskOf(next),
        });
        pending = next;
        continue;
      }
      if (!inTime) {
        // The top of the chain missed its deadline too: nobody is left to escalate to, so it keeps waiting.
        this.timeline.deadline = null;
        await condition(() => this.received !== null);
      }
      const { input: decision, result } = this.received!;
      this.switchTo(null);
      this.timeline.end(record, decision.decision === 'approve' ? 'approved' : 'rejected', {
        decidedBy: decision.decidedBy,
        comment: decision.comment,
        slaMet: result.slaMet,
      });
      await inbox.closeInboxTask({
        taskId: pending.taskId,
        state: 'decided',
        decision: decision.decision,
        decidedBy: decision.decidedBy.sub,
        comment: decision.comment,
        slaMet: result.slaMet,
      });
      return { ...result, decidedBy: decision.decidedBy, comment: decision.comment };
    }
  }
}
