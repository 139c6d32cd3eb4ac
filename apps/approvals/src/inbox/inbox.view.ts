import type { Selectable } from '@sanbao/db';
import type { InboxTaskTable } from '../schema.ts';

export type InboxTaskRow = Selectable<InboxTaskTable>;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** An inbox row as the API shows it, field by field. */
export function inboxTaskView(row: InboxTaskRow, now: Date) {
  return {
    taskId: row.taskId,
    requestType: row.requestType,
    reference: row.reference,
    workflowId: row.workflowId,
    step: row.step,
    summary: row.summary,
    providerId: row.providerId,
    requestedBy: row.requestedBy,
    level: row.level,
    candidate: { role: row.candidateRole, level: row.candidateLevel },
    openedAt: row.openedAt.toISOString(),
    dueAt: row.dueAt.toISOString(),
    overdue: row.state === 'pending' && row.dueAt.getTime() < now.getTime(),
    remindedAt: iso(row.remindedAt),
    state: row.state,
    decision: row.decision,
    decidedBy: row.decidedBy,
    decidedAt: iso(row.decidedAt),
    comment: row.comment,
    slaMet: row.slaMet,
    escalatedTo: row.escalatedTo,
  };
}

export type InboxTaskView = ReturnType<typeof inboxTaskView>;
