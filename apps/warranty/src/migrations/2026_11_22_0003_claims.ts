import { createAuditTrail, dropAppendOnlyGuard, dropAuditTrail, makeAppendOnly, sql, type Kysely } from '@sanbao/db';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create sequence claim_number_seq`.execute(db);
  await db.schema
    .createTable('claims')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('claim_no', 'text', (c) => c.notNull().unique())
    .addColumn('unit_id', 'bigint', (c) => c.notNull().references('sold_units.id'))
    .addColumn('provider_id', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull().check(sql`type in ('quality', 'no_reason')`))
    .addColumn('state', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`state in ('opened', 'adjudicated', 'remedy_chosen', 'awaiting_approval', 'in_progress', 'completed', 'rejected', 'cancelled')`,
        ),
    )
    .addColumn('raised_at', 'timestamptz', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('chosen_remedy', 'text')
    .addColumn('chosen_rule', 'text')
    .addColumn('chosen_amount_fen', 'bigint')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('claims_provider_idx').on('claims').columns(['provider_id', 'created_at']).execute();
  await db.schema.createIndex('claims_unit_idx').on('claims').column('unit_id').execute();

  // Immutable: a decision is never updated, only superseded by a later adjudication row.
  await db.schema
    .createTable('claim_adjudications')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('claim_id', 'bigint', (c) => c.notNull().references('claims.id'))
    .addColumn('facts', 'jsonb', (c) => c.notNull())
    .addColumn('decision', 'jsonb', (c) => c.notNull())
    .addColumn('engine_version', 'text', (c) => c.notNull())
    .addColumn('policy_id', 'bigint', (c) => c.notNull().references('policies.id'))
    .addColumn('policy_version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('claim_adjudications_claim_idx')
    .on('claim_adjudications')
    .columns(['claim_id', 'id'])
    .execute();
  await makeAppendOnly(db, 'claim_adjudications');

  // Every state change of a claim, in the audit trail every service keeps.
  await createAuditTrail(db, ['claim']);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await dropAuditTrail(db);
  await db.schema.dropTable('claim_adjudications').execute();
  await dropAppendOnlyGuard(db);
  await db.schema.dropTable('claims').execute();
  await sql`drop sequence claim_number_seq`.execute(db);
}
