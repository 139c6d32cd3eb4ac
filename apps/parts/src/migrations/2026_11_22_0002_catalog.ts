import { sql, type Kysely } from '@sanbao/db';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('parts')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name_zh', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('unit_cost_fen', 'bigint', (c) => c.notNull().check(sql`unit_cost_fen >= 0`))
    .addColumn('part_class', 'text', (c) => c.notNull())
    .addColumn('returnable', 'boolean', (c) => c.notNull())
    .addColumn('superseded_by', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('parts_not_superseded_by_itself', sql`superseded_by is distinct from code`)
    // The code that replaces this one; deferred so one import can bring both ends of a supersession.
    .addForeignKeyConstraint('parts_superseded_by_fk', ['superseded_by'], 'parts', ['code'], (fk) =>
      fk.deferrable().initiallyDeferred(),
    )
    .execute();

  await db.schema
    .createTable('bom_lines')
    .addColumn('model_code', 'text', (c) => c.notNull())
    .addColumn('part_id', 'bigint', (c) => c.notNull().references('parts.id'))
    .addColumn('quantity', 'integer', (c) => c.notNull().check(sql`quantity > 0`))
    .addColumn('is_main', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('bom_lines_pk', ['model_code', 'part_id'])
    .execute();
  await db.schema.createIndex('bom_lines_part_idx').on('bom_lines').column('part_id').execute();

  await db.schema
    .createTable('return_rules')
    .addColumn('part_class', 'text', (c) => c.primaryKey())
    .addColumn('rule', 'text', (c) => c.notNull().check(sql`rule in ('all', 'sample', 'above_value', 'none')`))
    .addColumn('sample_every', 'integer', (c) => c.check(sql`sample_every >= 1`))
    .addColumn('min_value_fen', 'bigint', (c) => c.check(sql`min_value_fen >= 0`))
    .addColumn('due_days', 'integer', (c) => c.notNull().check(sql`due_days > 0`))
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('return_rules_sample_every', sql`(rule = 'sample') = (sample_every is not null)`)
    .addCheckConstraint('return_rules_min_value', sql`(rule = 'above_value') = (min_value_fen is not null)`)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('return_rules').execute();
  await db.schema.dropTable('bom_lines').execute();
  await db.schema.dropTable('parts').execute();
}
