import { inTransaction, type Kysely } from '@sanbao/db';
import { actorOf, badRequest, notFound } from '@sanbao/trpc';
import type { AuthUser } from '@sanbao/trpc/auth';
import type { z } from 'zod';
import { findTask, insertTaskOnce, recordStateChange, updateTask } from '../inbox/inbox.repository.ts';
import { inboxTaskView } from '../inbox/inbox.view.ts';
import type { ApprovalsDatabase } from '../schema.ts';
import type { closeTaskInput, escalateTaskInput, openTaskInput, remindTaskInput, taskFields } from './tasks.schemas.ts';

// The activities of the approval workflows call these. Each is idempotent on the task id beyond the
// idempotency key: a task id names one level of one step of one workflow, so a second call finds the
// row already written and changes nothing.

type TaskFields = z.infer<typeof taskFields>;

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

async function openOnce(db: Kysely<ApprovalsDatabase>, user: AuthUser, task: TaskFields, reason: string) {
  if (Date.parse(task.dueAt) < Date.parse(task.openedAt)) throw badRequest('task.dueAt', 'is before openedAt');
  if (await insertTaskOnce(db, rowOf(task))) {
    const row = (await findTask(db, task.taskId))!;
    await recordStateChange(db, {
      entity: 'inbox_task',
      entityId: row.id,
      fromState: null,
      toState: 'pending',
      ...actorOf(user),
      reason,
    });
  }
}

export async function openTask(
  db: Kysely<ApprovalsDatabase>,
  user: AuthUser,
  input: z.infer<typeof openTaskInput>,
  now: Date,
) {
  return inTransaction(db, async (trx) => {
    await openOnce(
      trx,
      user,
      input.task,
      `opened for ${input.task.candidate.role} level ${input.task.candidate.level}`,
    );
    return viewOf(trx, input.task.taskId, now);
  });
}

export async function remindTask(
  db: Kysely<ApprovalsDatabase>,
  _user: AuthUser,
  input: z.infer<typeof remindTaskInput>,
  now: Date,
) {
  return inTransaction(db, async (trx) => {
    const row = await findTask(trx, input.taskId);
    if (!row) throw notFound('task');
    if (row.remindedAt === null && row.state === 'pending')
      await updateTask(trx, input.taskId, ['pending'], { remindedAt: now });
    return viewOf(trx, input.taskId, now);
  });
}

/** The SLA of `fromTaskId` passed: it becomes `escalated` and the next level's task opens, together. */
export async function escalateTask(
  db: Kysely<ApprovalsDatabase>,
  user: AuthUser,
  input: z.infer<typeof escalateTaskInput>,
  now: Date,
) {
  return inTransaction(db, async (trx) => {
    const from = await findTask(trx, input.fromTaskId);
    if (!from) throw notFound('task');
    const escalated = await updateTask(trx, input.fromTaskId, ['pending'], {
      state: 'escalated',
      escalatedTo: input.to.taskId,
      slaMet: false,
    });
    if (escalated) {
      await recordStateChange(trx, {
        entity: 'inbox_task',
        entityId: from.id,
        fromState: 'pending',
        toState: 'escalated',
        ...actorOf(user),
        reason: `SLA passed: escalated to level ${input.to.level}`,
      });
    }
    await openOnce(trx, user, input.to, `escalated from ${input.fromTaskId}`);
    return { from: await viewOf(trx, input.fromTaskId, now), to: await viewOf(trx, input.to.taskId, now) };
  });
}

/** The step is over: decided (the workflow's record of it), timed out, or closed (cancelled, or an exception that moved). */
export async function closeTask(
  db: Kysely<ApprovalsDatabase>,
  user: AuthUser,
  input: z.infer<typeof closeTaskInput>,
  now: Date,
) {
  return inTransaction(db, async (trx) => {
    const row = await findTask(trx, input.taskId);
    if (!row) throw notFound('task');
    const state = input.state === 'cancelled' ? 'closed' : input.state;
    if (state === 'decided' && (!input.decision || !input.decidedBy))
      throw badRequest('decision', 'a decided task needs the decision and who made it');
    const closed = await updateTask(trx, input.taskId, state === 'decided' ? ['pending', 'decided'] : ['pending'], {
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
    if (closed && row.state !== state) {
      await recordStateChange(trx, {
        entity: 'inbox_task',
        entityId: row.id,
        fromState: row.state,
        toState: state,
        ...actorOf(user),
        reason: input.decision ?? input.state,
      });
    }
    return viewOf(trx, input.taskId, now);
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
