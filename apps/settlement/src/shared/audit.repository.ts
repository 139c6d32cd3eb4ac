import type { Kysely, StateChange } from '@sanbao/db';
import type { AuditedEntity, SettlementDatabase } from '../schema.ts';

/** Append-only: a trigger refuses updates and deletes on audit_trail. */
export async function recordStateChanges(db: Kysely<SettlementDatabase>, changes: StateChange<AuditedEntity>[]): Promise<void> {
  if (changes.length === 0) return;
  await db
    .insertInto('auditTrail')
    .values(changes.map((c) => ({ ...c, reason: c.reason ?? null })))
    .execute();
}

export async function listStateChanges(db: Kysely<SettlementDatabase>, entity: AuditedEntity, entityId: number) {
  return db
    .selectFrom('auditTrail')
    .select(['fromState', 'toState', 'actor', 'actorRole', 'reason', 'at'])
    .where('entity', '=', entity)
    .where('entityId', '=', entityId)
    .orderBy('id')
    .execute();
}
