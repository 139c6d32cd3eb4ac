import type { WorkflowStatus } from '@sanbao/workflows/contracts';
import type { ApprovalsDeps } from '../approvals-deps.ts';
import { tasksOfWorkflow } from '../inbox/inbox.repository.ts';
import type { InboxTaskRow } from '../inbox/inbox.view.ts';

/** One step of a request, as the UI shows it. */
export interface TimelineStep {
  step: string;
  taskId: string | null;
  level: number | null;
  candidate: { role: string; level: number } | null;
  startedAt: string;
  endedAt: string | null;
  outcome: string | null;
  decidedBy: string | null;
  comment: string | null;
  dueAt: string | null;
  remindedAt: string | null;
  /** Null while the step is open or where it had no deadline. */
  slaMet: boolean | null;
  detail: string | null;
}

const fromWorkflow = (status: WorkflowStatus): TimelineStep[] =>
  status.history.map((r) => ({
    step: r.step,
    taskId: r.taskId ?? null,
    level: r.level ?? null,
    candidate: r.candidate ?? null,
    startedAt: r.startedAt,
    endedAt: r.endedAt ?? null,
    outcome: r.outcome ?? null,
    decidedBy: r.decidedBy?.sub ?? null,
    comment: r.comment ?? null,
    dueAt: r.dueAt ?? null,
    remindedAt: r.remindedAt ?? null,
    slaMet: r.slaMet ?? null,
    detail: r.detail ?? null,
  }));

const outcomeOf = (row: InboxTaskRow) =>
  row.state === 'decided'
    ? row.decision === 'approve'
      ? 'approved'
      : 'rejected'
    : row.state === 'pending'
      ? null
      : row.state;

const fromInbox = (rows: InboxTaskRow[]): TimelineStep[] =>
  rows.map((row) => ({
    step: row.step,
    taskId: row.taskId,
    level: row.level,
    candidate: { role: row.candidateRole, level: row.candidateLevel },
    startedAt: row.openedAt.toISOString(),
    endedAt: row.decidedAt?.toISOString() ?? (row.state === 'pending' ? null : row.updatedAt.toISOString()),
    outcome: outcomeOf(row),
    decidedBy: row.decidedBy,
    comment: row.comment,
    dueAt: row.dueAt.toISOString(),
    remindedAt: row.remindedAt?.toISOString() ?? null,
    slaMet: row.slaMet,
    detail: row.escalatedTo ? `escalated to ${row.escalatedTo}` : null,
  }));

/**
 * Every step of one request: from the workflow's `status` query while it runs (every step, approvals or
 * not), else from the inbox rows it left (the approval steps only).
 */
export async function requestTimeline({ db, workflows }: Pick<ApprovalsDeps, 'db' | 'workflows'>, workflowId: string) {
  const status = await workflows.status(workflowId);
  if (status)
    return {
      workflowId,
      source: 'workflow' as const,
      stage: status.stage,
      deadline: status.deadline,
      steps: fromWorkflow(status),
    };
  const rows = await tasksOfWorkflow(db, workflowId);
  return { workflowId, source: 'inbox' as const, stage: null, deadline: null, steps: fromInbox(rows) };
}
