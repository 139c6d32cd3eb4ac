import { inTransaction } from '@sanbao/db';
import { badRequest, conflict, notFound } from '@sanbao/trpc';
import type { AuthUser } from '@sanbao/trpc/auth';
import type { z } from 'zod';
import type { ApprovalsDeps } from '../approvals-deps.ts';
import { listInboxTasks, lockTask, updateTask } from './inbox.repository.ts';
import type { decideInput, listInboxInput } from './inbox.schemas.ts';
import { inboxTaskView } from './inbox.view.ts';
import { recordTaskMove } from './task-moves.ts';

/**
 * What a caller sees: a manager the managers' tasks at their approval level and below (none without
 * one, as they may decide nothing); admins and finance everything (finance decides only the tasks
 * whose candidate is finance — a month's settlement — which the workflow's validator checks).
 */
const visibleTo = (user: AuthUser) =>
  user.role === 'manager' ? { maxCandidateLevel: user.approvalLevel ?? 0, candidateRole: 'manager' } : {};

export async function listInbox(
  { db, clock }: Pick<ApprovalsDeps, 'db' | 'clock'>,
  user: AuthUser,
  input: z.infer<typeof listInboxInput>,
) {
  const now = clock();
  const { rows, total } = await listInboxTasks(
    db,
    {
      requestType: input.type,
      state: input.state,
      overdue: input.overdue,
      level: input.level,
      providerId: input.providerId,
      ...visibleTo(user),
    },
    now,
    input,
  );
  return { items: rows.map((r) => inboxTaskView(r, now)), total, page: input.page, pageSize: input.pageSize };
}

/**
 * A manager's (or, on a settlement period, finance's) decision on an open task: delivered to its workflow as the `decide` Update, whose
 * validator has the last word (the step is open, the caller's level suffices, it is not their own
 * request); the row records the workflow's answer in the same transaction as the idempotency key.
 */
export async function decideTask(deps: ApprovalsDeps, user: AuthUser, input: z.infer<typeof decideInput>) {
  return inTransaction(deps.db, async (trx) => {
    const task = await lockTask(trx, input.taskId);
    if (!task) throw notFound('task');
    if (task.state !== 'pending') throw conflict(`task ${task.taskId} is ${task.state}, not open for a decision`);
    if (input.decision === 'reject' && !input.comment) throw badRequest('comment', 'a rejection needs a comment');
    // Level, role and "not one's own request" are the workflow validator's to refuse (FORBIDDEN).

    const result = await deps.workflows.decide(
      task.workflowId,
      {
        taskId: task.taskId,
        decision: input.decision,
        comment: input.comment || undefined,
        decidedBy: {
          sub: user.sub,
          role: user.role,
          ...(user.approvalLevel ? { approvalLevel: user.approvalLevel } : {}),
        },
        requestedBy: task.requestedBy ?? undefined,
      },
      `decide:${task.taskId}:${user.sub}:${input.idempotencyKey}`,
    );
    await updateTask(trx, task.taskId, ['pending'], {
      state: 'decided',
      decision: result.decision,
      decidedBy: user.sub,
      decidedAt: new Date(result.decidedAt),
      comment: input.comment || null,
      slaMet: result.slaMet,
    });
    const reason = `${result.decision}${input.comment ? `: ${input.comment}` : ''}`;
    await recordTaskMove(trx, user, task.id, { from: 'pending', to: 'decided', reason });
    return result;
  });
}
