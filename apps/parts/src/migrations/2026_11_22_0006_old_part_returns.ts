import { makeAppendOnly, sql, type Kysely } from '@sanbao/db';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('part_consumptions')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('request_line_id', 'bigint', (c) => c.notNull().references('parts_request_lines.id'))
    .addColumn('quantity', 'integer', (c) => c.notNull().check(sql`quantity > 0`))
    .addColumn('consumed_on', 'date', (c) => c.notNull())
    .addColumn('reported_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await makeAppendOnly(db, 'part_consumptions');

  // How many units of a part class each provider has consumed: drives "every Nth" sampling.
  await db.schema
    .createTable('return_sampling_counters')
    .addColumn('provider_id', 'text', (c) => c.notNull().references('service_providers.id'))
    .addColumn('part_class', 'text', (c) => c.notNull())
    .addColumn('units_consumed', 'bigint', (c) => c.notNull().check(sql`units_consumed >= 0`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('return_sampling_counters_pk', ['provider_id', 'part_class'])
    .execute();

  await db.schema
    .createTable('return_shipments')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('shipment_number', 'text', (c) => c.notNull().unique())
    .addColumn('provider_id', 'text', (c) => c.notNull().references('service_providers.id'))
    .addColumn('warehouse_id', 'text', (c) => c.notNull().references('warehouses.id'))
    .addColumn('carrier', 'text', (c) => c.notNull())
    .addColumn('tracking_number', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('in_transit', 'arrived', 'confirmed')`))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('arrived_at', 'timestamptz')
    .addColumn('confirmed_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('return_shipments_warehouse_idx')
    .on('return_shipments')
    .columns(['warehouse_id', 'status', 'id'])
    .execute();
  await db.schema
    .createIndex('return_shipments_provider_idx')
    .on('return_shipments')
    .columns(['provider_id', 'id'])
    .execute();

  await db.schema
    .createTable('return_tags')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('tag_number', 'text', (c) => c.notNull().unique())
    .addColumn('barcode', 'text', (c) => c.notNull().unique())
    .addColumn('provider_id', 'text', (c) => c.notNull().references('service_providers.id'))
    .addColumn('warehouse_id', 'text', (c) => c.notNull().references('warehouses.id'))
    .addColumn('parts_request_id', 'bigint', (c) => c.notNull().references('parts_requests.id'))
    .addColumn('request_line_id', 'bigint', (c) => c.notNull().references('parts_request_lines.id'))
    .addColumn('consumption_id', 'bigint', (c) => c.notNull().references('part_consumptions.id'))
    .addColumn('part_id', 'bigint', (c) => c.notNull().references('parts.id'))
    .addColumn('part_class', 'text', (c) => c.notNull())
    .addColumn('unit_cost_fen', 'bigint', (c) => c.notNull().check(sql`unit_cost_fen >= 0`))
    .addColumn('claim_id', 'text')
    .addColumn('consumed_on', 'date', (c) => c.notNull())
    .addColumn('due_on', 'date', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`status in ('awaiting_return', 'overdue', 'in_transit', 'received', 'missing', 'wrong_part', 'damaged_in_transit', 'inspected')`,
        ),
    )
    .addColumn('shipment_id', 'bigint', (c) => c.references('return_shipments.id'))
    .addColumn('inspection_outcome', 'text', (c) =>
      c.check(sql`inspection_outcome in ('defect_confirmed', 'no_fault_found', 'misuse', 'not_our_part')`),
    )
    .addColumn('confirmed_at', 'timestamptz')
    .addColumn('inspected_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('return_tags_due_after_consumption', sql`due_on >= consumed_on`)
    .addCheckConstraint(
      'return_tags_inspected_has_outcome',
      sql`(status = 'inspected') = (inspection_outcome is not null)`,
    )
    .execute();
  await db.schema
    .createIndex('return_tags_provider_idx')
    .on('return_tags')
    .columns(['provider_id', 'status', 'id'])
    .execute();
  await db.schema
    .createIndex('return_tags_warehouse_idx')
    .on('return_tags')
    .columns(['warehouse_id', 'status', 'id'])
    .execute();
  await db.schema.createIndex('return_tags_shipment_idx').on('return_tags').column('shipment_id').execute();

  // The outbox settlement reads: each (tag, kind, reason) at most once, so no deduction is taken twice.
  await db.schema
    .createTable('chargeback_events')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('provider_id', 'text', (c) => c.notNull().references('service_providers.id'))
    .addColumn('return_tag_id', 'bigint', (c) => c.notNull().references('return_tags.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('chargeback', 'reversal')`))
    .addColumn('reason', 'text', (c) =>
      c.notNull().check(sql`reason in ('missing', 'wrong_part', 'failed_inspection', 'not_returned')`),
    )
    .addColumn('amount_fen', 'bigint', (c) => c.notNull())
    .addColumn('reverses_event_id', 'bigint', (c) => c.references('chargeback_events.id'))
    .addColumn('business_date', 'date', (c) => c.notNull())
    .addColumn('details', 'jsonb', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('acknowledged_at', 'timestamptz')
    .addColumn('acknowledged_by', 'text')
    .addUniqueConstraint('chargeback_events_once_per_tag_reason', ['return_tag_id', 'kind', 'reason'])
    .addCheckConstraint(
      'chargeback_events_sign',
      sql`(kind = 'chargeback' and amount_fen >= 0 and reverses_event_id is null) or (kind = 'reversal' and amount_fen <= 0 and reverses_event_id is not null)`,
    )
    .execute();
  await sql`create index chargeback_events_pending_idx on chargeback_events (id) where acknowledged_at is null`.execute(
    db,
  );
  await db.schema
    .createIndex('chargeback_events_provider_idx')
    .on('chargeback_events')
    .columns(['provider_id', 'id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('chargeback_events').execute();
  await db.schema.dropTable('return_tags').execute();
  await db.schema.dropTable('return_shipments').execute();
  await db.schema.dropTable('return_sampling_counters').execute();
  await db.schema.dropTable('part_consumptions').execute();
}
