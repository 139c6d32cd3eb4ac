import type { Insertable, Kysely, StateChange, Updateable } from '@sanbao/db';
import type { RequestType } from '@sanbao/workflows/contracts';
import type { ApprovalsDatabase, AuditedEntity, InboxTaskTable, TaskState } from '../schema.ts';

export interface InboxFilter {
  requestType?: RequestType | undefined;
  state?: TaskState | undefined;
  /** Pending and past `due_at` (true), or not (false). */
  overdue?: boolean | undefined;
  level?: number | undefined;
  providerId?: string | undefined;
  /** Only tasks whose candidate level is at most this (a manager sees their level and below). */
  maxCandidateLevel?: number | undefined;
  /** Only tasks decided by this role (a manager sees the managers' tasks). */
  candidateRole?: string | undefined;
}

function filtered(db: Kysely<ApprovalsDatabase>, filter: InboxFilter, now: Date) {
  let q = db.selectFrom('inboxTasks');
  if (filter.requestType) q = q.where('requestType', '=', filter.requestType);
  if (filter.state) q = q.where('state', '=', filter.state);
  if (filter.level !== undefined) q = q.where('level', '=', filter.level);
  if (filter.providerId) q = q.where('providerId', '=', filter.providerId);
  if (filter.maxCandidateLevel !== undefined) q = q.where('candidateLevel', '<=', filter.maxCandidateLevel);
  if (filter.candidateRole !== undefined) q = q.where('candidateRole', '=', filter.candidateRole);
  if (filter.overdue === true) q = q.where('state', '=', 'pending').where('dueAt', '<', now);
  if (filter.overdue === false) q = q.where((eb) => eb.or([eb('state', '<>', 'pending'), eb('dueAt', '>=', now)]));
  return q;
}

/** One page of the inbox, soonest due first, and how many rows match in all. */
export async function listInboxTasks(
  db: Kysely<ApprovalsDatabase>,
  filter: InboxFilter,
  now: Date,
  page: { page: number; pageSize: number },
) {
  const [rows, count] = await Promise.all([
    filtered(db, filter, now)
      .selectAll()
      .orderBy('dueAt')
      .orderBy('id')
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize)
      .execute(),
    filtered(db, filter, now)
      .select((eb) => eb.fn.countAll<string>().as('total'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}

export const findTask = (db: Kysely<ApprovalsDatabase>, taskId: string) =>
  db.selectFrom('inboxTasks').selectAll().where('taskId', '=', taskId).executeTakeFirst();

export const lockTask = (db: Kysely<ApprovalsDatabase>, taskId: string) =>
  db.selectFrom('inboxTasks').selectAll().where('taskId', '=', taskId).forUpdate().executeTakeFirst();

export const tasksOfWorkflow = (db: Kysely<ApprovalsDatabase>, workflowId: string) =>
  db.selectFrom('inboxTasks').selectAll().where('workflowId', '=', workflowId).orderBy('id').execute();

/** Inserts the task unless a row with its task id exists; true when this call wrote it. */
export async function insertTaskOnce(
  db: Kysely<ApprovalsDatabase>,
  task: Insertable<InboxTaskTable>,
): Promise<boolean> {
  const inserted = await db
    .insertInto('inboxTasks')
    .values(task)
    .onConflict((oc) => oc.column('taskId').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function updateTask(
  db: Kysely<ApprovalsDatabase>,
  taskId: string,
  fromStates: TaskState[],
  changes: Updateable<InboxTaskTable>,
) {
  return db
    .updateTable('inboxTasks')
    .set({ ...changes, updatedAt: new Date() })
    .where('taskId', '=', taskId)
    .where('state', 'in', fromStates)
    .returningAll()
    .executeTakeFirst();
}

/** Append-only: a trigger refuses updates and deletes on audit_trail. */
export async function recordStateChange(
  db: Kysely<ApprovalsDatabase>,
  change: StateChange<AuditedEntity>,
): Promise<void> {
  await db
    .insertInto('auditTrail')
    .values({ ...change, reason: change.reason ?? null })
    .execute();
}
