import { sql, type Kysely } from '@sanbao/db';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('policies')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('category_code', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().check(sql`version > 0`))
    .addColumn('effective_from', 'date', (c) => c.notNull())
    .addColumn('name_zh', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('terms', 'jsonb', (c) => c.notNull())
    .addColumn('needs_legal_review', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('source_rules', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('note', 'text')
    .addColumn('published_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('policies_category_version_uq', ['category_code', 'version'])
    .execute();
  await db.schema
    .createIndex('policies_lookup_idx')
    .on('policies')
    .columns(['category_code', 'effective_from', 'version'])
    .execute();

  await db.schema
    .createTable('product_models')
    .addColumn('model_code', 'text', (c) => c.primaryKey())
    .addColumn('category_code', 'text', (c) => c.notNull())
    .addColumn('name_zh', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('main_parts', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('sales_imports')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('file_sha256', 'text', (c) => c.notNull().unique())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('validating', 'importing', 'completed', 'rejected', 'failed')`),
    )
    .addColumn('total_rows', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('processed_rows', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('inserted_rows', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('skipped_rows', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('errors', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'`))
    .addColumn('started_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('completed_at', 'timestamptz')
    .execute();

  await db.schema
    .createTable('sold_units')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('serial', 'text', (c) => c.notNull().unique())
    .addColumn('model_code', 'text', (c) => c.notNull().references('product_models.model_code'))
    .addColumn('channel', 'text', (c) => c.notNull().check(sql`channel in ('store', 'online', 'tv', 'phone', 'mail')`))
    .addColumn('invoice_date', 'date', (c) => c.notNull())
    .addColumn('delivered_at', 'timestamptz')
    .addColumn('installed_on', 'date')
    .addColumn('price_fen', 'bigint', (c) => c.notNull().check(sql`price_fen >= 0`))
    .addColumn('paid_fen', 'bigint', (c) => c.check(sql`paid_fen >= 0`))
    .addColumn('documents', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('import_id', 'bigint', (c) => c.references('sales_imports.id'))
    .addColumn('registered_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('repairs')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('unit_id', 'bigint', (c) => c.notNull().references('sold_units.id'))
    .addColumn('provider_id', 'text', (c) => c.notNull())
    .addColumn('sent_on', 'date', (c) => c.notNull())
    .addColumn('completed_on', 'date', (c) => c.check(sql`completed_on is null or completed_on >= sent_on`))
    .addColumn('part_code', 'text')
    .addColumn('fault_code', 'text')
    .addColumn('fixed', 'boolean', (c) => c.notNull())
    .addColumn('serious_safety_fault', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('hours', 'integer', (c) => c.check(sql`hours >= 0`))
    .addColumn('excluded_hours', 'integer', (c) => c.check(sql`excluded_hours >= 0`))
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('repairs_unit_idx').on('repairs').columns(['unit_id', 'sent_on']).execute();

  await db.schema
    .createTable('replacements')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('unit_id', 'bigint', (c) => c.notNull().references('sold_units.id'))
    .addColumn('provider_id', 'text', (c) => c.notNull())
    .addColumn('replaced_on', 'date', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('replacements_unit_idx').on('replacements').columns(['unit_id', 'replaced_on']).execute();

  await db.schema
    .createTable('holidays')
    .addColumn('day', 'date', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('holiday', 'make_up_workday')`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'holidays',
    'replacements',
    'repairs',
    'sold_units',
    'sales_imports',
    'product_models',
    'policies',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
