import { listStateChanges, recordStateChanges, type Kysely } from '@sanbao/db';
import { actorOf } from '@sanbao/trpc';
import type { AuthUser } from '@sanbao/trpc/auth';
import type { AuditedEntity, PartsDatabase } from '../schema.ts';
import { stateChangeView } from './audit.view.ts';

type Db = Kysely<PartsDatabase>;

/**
 * Appends one record's state change, made by the caller, to the audit trail (in the caller's
 * transaction); `fromState` is null for a record just made.
 */
export async function recordStateChange(
  db: Db,
  user: AuthUser,
  entity: AuditedEntity,
  entityId: number,
  fromState: string | null,
  toState: string,
  reason?: string | null,
) {
  await recordStateChanges(db, [{ entity, entityId, fromState, toState, ...actorOf(user), reason }]);
}

/** A record's history as the `history` queries return it: its state changes, oldest first. */
export async function historyOf(db: Db, entity: AuditedEntity, entityId: number) {
  return (await listStateChanges(db, entity, entityId)).map(stateChangeView);
}
