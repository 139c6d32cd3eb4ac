import type { InboxSubject, OpenTask } from './approval.contracts.ts';

export interface OpenInboxTaskInput {
  workflowId: string;
  subject: InboxSubject;
  task: OpenTask;
}

export interface RemindInboxTaskInput {
  taskId: string;
  dueAt: string;
}

export interface EscalateInboxTaskInput {
  /** The task whose SLA passed: it becomes `escalated`. */
  fromTaskId: string;
  workflowId: string;
  subject: InboxSubject;
  /** The task opened for the next level. */
  to: OpenTask;
}

export interface CloseInboxTaskInput {
  taskId: string;
  state: 'decided' | 'timed_out' | 'cancelled';
  decision?: 'approve' | 'reject' | undefined;
  decidedBy?: string | undefined;
  comment?: string | undefined;
  slaMet: boolean;
}

/**
 * What an approval step asks of the inbox. The approvals service implements these against its inbox
 * table; every call must be idempotent on `taskId` (a task id names one level of one step of one
 * workflow, so a retried or replayed call finds its row already written).
 *
 * The worker does not register them yet: until the approvals service exists, an approval step's first
 * activity waits on the task queue (it retries without limit) rather than failing the workflow.
 */
export interface InboxActivities {
  openInboxTask(input: OpenInboxTaskInput): Promise<void>;
  remindInboxTask(input: RemindInboxTaskInput): Promise<void>;
  escalateInboxTask(input: EscalateInboxTaskInput): Promise<void>;
  closeInboxTask(input: CloseInboxTaskInput): Promise<void>;
}
