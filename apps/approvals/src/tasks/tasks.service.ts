import { inTransaction, type Kysely } from '@sanbao/db';
import { badRequest, notFound } from '@sanbao/trpc';
import type { AuthUser } from '@sanbao/trpc/auth';
import type { z } from 'zod';
import { findTask, insertTaskOnce, updateTask } from '../inbox/inbox.repository.ts';
import { inboxTaskView, type InboxTaskRow } from '../inbox/inbox.view.ts';
import { recordTaskMove } from '../inbox/task-moves.ts';
import type { ApprovalsDatabase } from '../schema.ts';
import type { closeTaskInput, escalateTaskInput, openTaskInput, remindTaskInput, taskFields } from './tasks.schemas.ts';

// The activities of the approval workflows call these. Each is idempotent on the task id beyond the
// idempotency key: a task id names one level of one step of one workflow, so a second call finds the
// row already written and changes nothing.

type TaskFields = z.infer<typeof taskFields>;

/** Who calls, on which database (the mutation's transaction), at what time. */
export interface TaskCall {
  db: Kysely<ApprovalsDatabase>;
  user: AuthUser;
  now: Date;
}

const rowOf = (t: TaskFields) => ({
  taskId: t.taskId,
  requestType: t.requestType,
  reference: t.reference,
  workflowId: t.workflowId,
  step: t.step,
  summary: t.summary,
  providerId: t.providerId ?? null,
  requestedBy: t.requestedBy ?? null,
  level: t.level,
  candidateRole: t.candidate.role,
  candidateLevel: t.candidate.level,
  openedAt: new Date(t.openedAt),
  dueAt: new Date(t.dueAt),
  state: 'pending' as const,
});

async function viewOf(db: Kysely<ApprovalsDatabase>, taskId: string, now: Date) {
  const row = await findTask(db, taskId);
  if (!row) throw notFound('task');
  return inboxTaskView(row, now);
}

/** Runs `change` on the task in one transaction, the task read first: one that does not exist is not found. */
function changeTask<T>(
  db: Kysely<ApprovalsDatabase>,
  taskId: string,
  change: (trx: Kysely<ApprovalsDatabase>, row: InboxTaskRow) => Promise<T>,
) {
  return inTransaction(db, async (trx) => {
    const row = await findTask(trx, taskId);
    if (!row) throw notFound('task');
    return change(trx, row);
  });
}

async function openOnce(db: Kysely<ApprovalsDatabase>, user: AuthUser, task: TaskFields, reason: string) {
  if (Date.parse(task.dueAt) < Date.parse(task.openedAt)) throw badRequest('task.dueAt', 'is before openedAt');
  if (await insertTaskOnce(db, rowOf(task))) {
    const row = (await findTask(db, task.taskId))!;
    await recordTaskMove(db, user, row.id, { from: null, to: 'pending', reason });
  }
}

export function openTask({ db, user, now }: TaskCall, { task }: z.infer<typeof openTaskInput>) {
  return inTransaction(db, async (trx) => {
    await openOnce(trx, user, task, `opened for ${task.candidate.role} level ${task.candidate.level}`);
    return viewOf(trx, task.taskId, now);
  });
}

export function remindTask({ db, now }: TaskCall, input: z.infer<typeof remindTaskInput>) {
  return changeTask(db, input.taskId, async (trx, row) => {
    if (row.remindedAt === null && row.state === 'pending')
      await updateTask(trx, row.taskId, ['pending'], { remindedAt: now });
    return viewOf(trx, row.taskId, now);
  });
}

/** The SLA of `fromTaskId` passed: it becomes `escalated` and the next level's task opens, together. */
export function escalateTask({ db, user, now }: TaskCall, input: z.infer<typeof escalateTaskInput>) {
  return changeTask(db, input.fromTaskId, async (trx, from) => {
    const escalated = await updateTask(trx, from.taskId, ['pending'], {
      state: 'escalated',
      escalatedTo: input.to.taskId,
      slaMet: false,
    });
    if (escalated) {
      const reason = `SLA passed: escalated to level ${input.to.level}`;
      await recordTaskMove(trx, user, from.id, { from: 'pending', to: 'escalated', reason });
    }
    await openOnce(trx, user, input.to, `escalated from ${from.taskId}`);
    return { from: await viewOf(trx, from.taskId, now), to: await viewOf(trx, input.to.taskId, now) };
  });
}

/** The step is over: decided (the workflow's record of it), timed out, or closed (cancelled, or an exception that moved). */
export function closeTask({ db, user, now }: TaskCall, input: z.infer<typeof closeTaskInput>) {
  return changeTask(db, input.taskId, async (trx, row) => {
    const state = input.state === 'cancelled' ? 'closed' : input.state;
    if (state === 'decided' && (!input.decision || !input.decidedBy))
      throw badRequest('decision', 'a decided task needs the decision and who made it');
    const closed = await updateTask(trx, row.taskId, state === 'decided' ? ['pending', 'decided'] : ['pending'], {
      state,
      ...(state === 'decided'
        ? {
            decision: input.decision!,
            decidedBy: input.decidedBy!,
            decidedAt: row.decidedAt ?? now,
            comment: input.comment ?? row.comment,
            slaMet: input.slaMet ?? row.slaMet,
          }
        : { slaMet: input.slaMet ?? row.slaMet }),
    });
    if (closed && row.state !== state)
      await recordTaskMove(trx, user, row.id, { from: row.state, to: state, reason: input.decision ?? input.state });
    return viewOf(trx, row.taskId, now);
  });
}

/** The task ids of the exception tasks still open (pending or escalated). */
export async function openExceptionTaskIds(db: Kysely<ApprovalsDatabase>): Promise<string[]> {
  const rows = await db
    .selectFrom('inboxTasks')
    .select('taskId')
    .where('requestType', '=', 'exception')
    .where('state', 'in', ['pending', 'escalated'])
    .orderBy('id')
    .execute();
  return rows.map((r) => r.taskId);
}
