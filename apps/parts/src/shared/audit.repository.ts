import type { Generated, Kysely } from '@sanbao/db';
import type { PartsDatabase } from '../schema.ts';

export type AuditedEntity = 'parts_request' | 'return_tag' | 'return_shipment';

export interface AuditTrailTable {
  id: Generated<number>;
  entity: AuditedEntity;
  entityId: number;
  fromState: string | null;
  toState: string;
  actor: string;
  actorRole: string;
  reason: string | null;
  at: Generated<Date>;
}

export interface StateChange {
  entity: AuditedEntity;
  entityId: number;
  fromState: string | null;
  toState: string;
  actor: string;
  actorRole: string;
  reason?: string | null | undefined;
}

/** Append-only: a trigger refuses updates and deletes on audit_trail. */
export async function recordStateChanges(db: Kysely<PartsDatabase>, changes: StateChange[]): Promise<void> {
  if (changes.length === 0) return;
  await db
    .insertInto('auditTrail')
    .values(changes.map((c) => ({ ...c, reason: c.reason ?? null })))
    .execute();
}

export async function listStateChanges(db: Kysely<PartsDatabase>, entity: AuditedEntity, entityId: number) {
  const rows = await db
    .selectFrom('auditTrail')
    .select(['fromState', 'toState', 'actor', 'actorRole', 'reason', 'at'])
    .where('entity', '=', entity)
    .where('entityId', '=', entityId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ ...r, at: r.at.toISOString() }));
}
