import type { AuditTrailTable, ColumnType, Generated } from '@sanbao/db';
import type { IdempotencyTable } from '@sanbao/trpc/idempotency';
import type { PolicyKind, RequestType } from '@sanbao/workflows/contracts';

// Every table of the `approvals` schema, in one place: repositories import these types, never the reverse.

export const approvalsSchemaName = 'approvals';

/** What the approvals service keeps an audit trail of. */
export type AuditedEntity = 'inbox_task' | 'approval_policy';

export const taskStates = ['pending', 'decided', 'escalated', 'timed_out', 'closed'] as const;
export type TaskState = (typeof taskStates)[number];

/** One pending (or once pending) decision: one level of one approval step of one workflow. */
export interface InboxTaskTable {
  id: Generated<number>;
  /** The workflow's task id (`<workflowId>:<step>:L<level>`), or `exception:<item key>` for an exception. */
  taskId: string;
  requestType: RequestType;
  /** The business reference shown to people: PR-202611-000123, WC-…, RT-…. */
  reference: string;
  workflowId: string;
  step: string;
  summary: string;
  providerId: string | null;
  requestedBy: string | null;
  level: number;
  candidateRole: string;
  candidateLevel: number;
  openedAt: Date;
  dueAt: Date;
  remindedAt: Date | null;
  state: TaskState;
  decision: 'approve' | 'reject' | null;
  decidedBy: string | null;
  decidedAt: Date | null;
  comment: string | null;
  slaMet: boolean | null;
  /** The task opened at the next level when this one escalated. */
  escalatedTo: string | null;
  createdAt: Generated<Date>;
  updatedAt: Generated<Date>;
}

/** One published version of the approval policy of one kind of request; never changed once published. */
export interface ApprovalPolicyTable {
  id: Generated<number>;
  kind: PolicyKind;
  version: number;
  document: ColumnType<Record<string, unknown>, string, string>;
  note: string | null;
  publishedBy: string;
  publishedAt: Generated<Date>;
}

export interface ApprovalsDatabase {
  idempotencyKeys: IdempotencyTable;
  auditTrail: AuditTrailTable<AuditedEntity>;
  inboxTasks: InboxTaskTable;
  approvalPolicies: ApprovalPolicyTable;
}
