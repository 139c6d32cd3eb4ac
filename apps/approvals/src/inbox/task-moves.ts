import type { Kysely } from '@sanbao/db';
import { actorOf } from '@sanbao/trpc';
import type { AuthUser } from '@sanbao/trpc/auth';
import type { ApprovalsDatabase, TaskState } from '../schema.ts';
import { recordStateChange } from './inbox.repository.ts';

/** One move of an inbox task between states, and why it moved. */
export interface TaskMove {
  from: TaskState | null;
  to: TaskState;
  reason: string;
}

/** Appends a move of the task (its row id) to the audit trail, in the name of the caller who made it. */
export const recordTaskMove = (db: Kysely<ApprovalsDatabase>, user: AuthUser, taskRowId: number, move: TaskMove) =>
  recordStateChange(db, {
    entity: 'inbox_task',
    entityId: taskRowId,
    fromState: move.from,
    toState: move.to,
    reason: move.reason,
    ...actorOf(user),
  });
