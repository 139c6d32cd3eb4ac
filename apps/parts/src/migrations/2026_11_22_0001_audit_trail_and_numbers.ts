import { sql, type Kysely } from '@sanbao/db';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create function forbid_change() returns trigger language plpgsql as $$
    begin raise exception '% is append-only', tg_table_name; end $$
  `.execute(db);

  // Readable numbers (PR-202611-000123) come from sequences: gaps are fine, duplicates impossible.
  await sql`create sequence parts_request_number_seq`.execute(db);
  await sql`create sequence return_tag_number_seq`.execute(db);
  await sql`create sequence return_shipment_number_seq`.execute(db);

  await db.schema
    .createTable('audit_trail')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('entity', 'text', (c) => c.notNull().check(sql`entity in ('parts_request', 'return_tag', 'return_shipment')`))
    .addColumn('entity_id', 'bigint', (c) => c.notNull())
    .addColumn('from_state', 'text')
    .addColumn('to_state', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('actor_role', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('audit_trail_entity_idx').on('audit_trail').columns(['entity', 'entity_id', 'id']).execute();
  await sql`create trigger audit_trail_append_only before update or delete on audit_trail for each row execute function forbid_change()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('audit_trail').execute();
  await sql`drop sequence return_shipment_number_seq`.execute(db);
  await sql`drop sequence return_tag_number_seq`.execute(db);
  await sql`drop sequence parts_request_number_seq`.execute(db);
  await sql`drop function forbid_change`.execute(db);
}
