import type { Logger } from '@sanbao/logger';
import { callService } from '../service-calls/business-refusal.ts';
import type { InboxSubject, OpenTask } from './approval.contracts.ts';
import type { CloseInboxTaskInput, InboxActivities } from './approval.activities.ts';
import type { ApprovalPolicies, PolicyActivities, PolicyKind } from './approval-policy.contracts.ts';
import { workflowPolicyOf, type PolicyDocuments } from './policy-document.ts';

interface Query<I, O> {
  query(input: I): Promise<O>;
}
interface Mutation<I, O> {
  mutate(input: I): Promise<O>;
}

/** A task as `tasks.open` and `tasks.escalate` take it: the subject's facts and the open level. */
export type InboxTaskFields = InboxSubject & OpenTask & { workflowId: string };

/**
 * The approvals service's internal procedures these activities call (system token). The worker passes
 * its typed tRPC client (`createServiceClient<ApprovalsRouter>`), which has this shape; tests pass fakes.
 * Every call is idempotent on the task id; the idempotency key derives from it too.
 */
export interface ApprovalsClient {
  tasks: {
    open: Mutation<{ idempotencyKey: string; task: InboxTaskFields }, unknown>;
    remind: Mutation<{ idempotencyKey: string; taskId: string }, unknown>;
    escalate: Mutation<{ idempotencyKey: string; fromTaskId: string; to: InboxTaskFields }, unknown>;
    close: Mutation<
      {
        idempotencyKey: string;
        taskId: string;
        state: CloseInboxTaskInput['state'] | 'closed';
        decision?: 'approve' | 'reject' | undefined;
        decidedBy?: string | undefined;
        comment?: string | undefined;
        slaMet?: boolean | undefined;
      },
      unknown
    >;
    openExceptions: { query(): Promise<string[]> };
  };
  policies: {
    current: Query<{ kind: PolicyKind }, { version: number; document: unknown }>;
  };
}

export interface InboxActivityDeps {
  log: Logger;
  approvals: ApprovalsClient;
}

/** The real inbox activities: the approval steps keep the approvals service's inbox table current. */
export function createInboxActivities({ log, approvals }: InboxActivityDeps): InboxActivities & PolicyActivities {
  return {
    async openInboxTask({ workflowId, subject, task }) {
      await callService('tasks.open', () =>
        approvals.tasks.open.mutate({
          idempotencyKey: `open:${task.taskId}`,
          task: { ...subject, ...task, workflowId },
        }),
      );
      log.info({ taskId: task.taskId, level: task.level }, 'inbox task opened');
    },
    async remindInboxTask({ taskId }) {
      await callService('tasks.remind', () =>
        approvals.tasks.remind.mutate({ idempotencyKey: `remind:${taskId}`, taskId }),
      );
    },
    async escalateInboxTask({ fromTaskId, workflowId, subject, to }) {
      await callService('tasks.escalate', () =>
        approvals.tasks.escalate.mutate({
          idempotencyKey: `escalate:${fromTaskId}`,
          fromTaskId,
          to: { ...subject, ...to, workflowId },
        }),
      );
      log.info({ fromTaskId, taskId: to.taskId, level: to.level }, 'inbox task escalated');
    },
    async closeInboxTask(input) {
      await callService('tasks.close', () =>
        approvals.tasks.close.mutate({ idempotencyKey: `close:${input.taskId}`, ...input }),
      );
    },
    async loadApprovalPolicy<K extends PolicyKind>(kind: K): Promise<ApprovalPolicies[K] & { version: number }> {
      const current = await callService('policies.current', () => approvals.policies.current.query({ kind }));
      return { ...workflowPolicyOf(kind, current.document as PolicyDocuments[K]), version: current.version };
    },
  };
}
