import { sql, type Kysely } from '@sanbao/db';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('parts_requests')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('request_number', 'text', (c) => c.notNull().unique())
    .addColumn('provider_id', 'text', (c) => c.notNull().references('service_providers.id'))
    .addColumn('warehouse_id', 'text', (c) => c.notNull().references('warehouses.id'))
    .addColumn('purpose', 'text', (c) => c.notNull().check(sql`purpose in ('warranty', 'paid_repair', 'stock')`))
    .addColumn('claim_id', 'text')
    .addColumn('serial', 'text')
    .addColumn('model_code', 'text')
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`status in ('draft', 'submitted', 'approved', 'rejected', 'reserved', 'shipped', 'partially_received', 'received', 'closed', 'cancelled')`,
        ),
    )
    .addColumn('total_value_fen', 'bigint', (c) => c.notNull().check(sql`total_value_fen >= 0`))
    .addColumn('over_credit_limit', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('exposure_at_submit_fen', 'bigint')
    .addColumn('carrier', 'text')
    .addColumn('tracking_number', 'text')
    .addColumn('note', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'timestamptz')
    .addColumn('decided_at', 'timestamptz')
    .addColumn('shipped_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('parts_requests_warranty_has_claim', sql`purpose <> 'warranty' or claim_id is not null`)
    .addCheckConstraint(
      'parts_requests_shipped_has_tracking',
      sql`shipped_at is null or (carrier is not null and tracking_number is not null)`,
    )
    .execute();
  await db.schema
    .createIndex('parts_requests_provider_idx')
    .on('parts_requests')
    .columns(['provider_id', 'status', 'id'])
    .execute();
  await db.schema
    .createIndex('parts_requests_warehouse_idx')
    .on('parts_requests')
    .columns(['warehouse_id', 'status', 'id'])
    .execute();

  await db.schema
    .createTable('parts_request_lines')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('request_id', 'bigint', (c) => c.notNull().references('parts_requests.id'))
    .addColumn('line_no', 'integer', (c) => c.notNull().check(sql`line_no > 0`))
    // The part issued: the requested code, or the code that supersedes it.
    .addColumn('part_id', 'bigint', (c) => c.notNull().references('parts.id'))
    .addColumn('requested_code', 'text', (c) => c.notNull())
    .addColumn('quantity', 'integer', (c) => c.notNull().check(sql`quantity > 0`))
    .addColumn('unit_cost_fen', 'bigint', (c) => c.notNull().check(sql`unit_cost_fen >= 0`))
    .addColumn('quantity_received', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('quantity_consumed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('parts_request_lines_line_no_uq', ['request_id', 'line_no'])
    .addUniqueConstraint('parts_request_lines_part_uq', ['request_id', 'part_id'])
    .addCheckConstraint('parts_request_lines_received', sql`quantity_received between 0 and quantity`)
    .addCheckConstraint('parts_request_lines_consumed', sql`quantity_consumed between 0 and quantity_received`)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('parts_request_lines').execute();
  await db.schema.dropTable('parts_requests').execute();
}
