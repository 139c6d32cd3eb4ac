import { sql, type Generated, type Kysely, type Transaction } from 'kysely';

/**
 * The audit trail every service keeps in its own schema: one row per state change of a business
 * entity (a claim, a parts request, a return tag…), never updated or deleted.
 */
export interface AuditTrailTable<Entity extends string = string> {
  id: Generated<number>;
  entity: Entity;
  entityId: number;
  fromState: string | null;
  toState: string;
  actor: string;
  actorRole: string;
  reason: string | null;
  at: Generated<Date>;
}

/** One state change to append, as a service records it: a row without its id and time, the reason optional. */
export type StateChange<Entity extends string = string> = Omit<AuditTrailTable<Entity>, 'id' | 'at' | 'reason'> & {
  reason?: string | null | undefined;
};

/** Makes a table append-only: a trigger refuses every update and delete with `<table> is append-only`. */
export async function makeAppendOnly(db: Kysely<unknown>, table: string): Promise<void> {
  await sql`
    create or replace function forbid_change() returns trigger language plpgsql as $$
    begin raise exception '% is append-only', tg_table_name; end $$
  `.execute(db);
  await sql`create trigger ${sql.id(`${table}_append_only`)} before update or delete on ${sql.id(table)} for each row execute function forbid_change()`.execute(
    db,
  );
}

/** Drops the trigger function once no append-only table is left (the first migration's `down`). */
export async function dropAppendOnlyGuard(db: Kysely<unknown>): Promise<void> {
  await sql`drop function if exists forbid_change()`.execute(db);
}

/** Creates the service's `audit_trail` for the entities it names; append-only from the start. */
export async function createAuditTrail(db: Kysely<unknown>, entities: readonly [string, ...string[]]): Promise<void> {
  await db.schema
    .createTable('audit_trail')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('entity', 'text', (c) =>
      c.notNull().check(sql`entity in (${sql.join(entities.map((e) => sql.lit(e)))})`),
    )
    .addColumn('entity_id', 'bigint', (c) => c.notNull())
    .addColumn('from_state', 'text')
    .addColumn('to_state', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('actor_role', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('audit_trail_entity_idx')
    .on('audit_trail')
    .columns(['entity', 'entity_id', 'id'])
    .execute();
  await makeAppendOnly(db, 'audit_trail');
}

export async function dropAuditTrail(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('audit_trail').execute();
}

/** A service database that keeps an `audit_trail` created by `createAuditTrail`. */
export interface AuditedDatabase<Entity extends string = string> {
  auditTrail: AuditTrailTable<Entity>;
}

type EntityOf<DB extends AuditedDatabase> = DB['auditTrail']['entity'];

/**
 * The audit trail seen on its own. A service's database holds more tables than this, and Kysely's
 * database type is invariant, so the narrowing is written once here; `DB extends AuditedDatabase`
 * guarantees the table has this shape.
 */
function auditTrailOf<DB extends AuditedDatabase>(db: Kysely<DB> | Transaction<DB>): Kysely<AuditedDatabase> {
  return db as unknown as Kysely<AuditedDatabase>;
}

/** Appends state changes to the audit trail (append-only: a trigger refuses updates and deletes). */
export async function recordStateChanges<DB extends AuditedDatabase>(
  db: Kysely<DB> | Transaction<DB>,
  changes: StateChange<NoInfer<EntityOf<DB>>>[],
): Promise<void> {
  if (changes.length === 0) return;
  await auditTrailOf(db)
    .insertInto('auditTrail')
    .values(changes.map((c) => ({ ...c, reason: c.reason ?? null })))
    .execute();
}

/** The state changes of one entity, oldest first. */
export async function listStateChanges<DB extends AuditedDatabase>(
  db: Kysely<DB> | Transaction<DB>,
  entity: NoInfer<EntityOf<DB>>,
  entityId: number,
) {
  return auditTrailOf(db)
    .selectFrom('auditTrail')
    .select(['fromState', 'toState', 'actor', 'actorRole', 'reason', 'at'])
    .where('entity', '=', entity)
    .where('entityId', '=', entityId)
    .orderBy('id')
    .execute();
}
