import { makeAppendOnly, sql, type Kysely } from '@sanbao/db';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('warehouses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('central', 'regional')`))
    .addColumn('region', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  // The balance is maintained in the same transaction as every ledger insert; the checks are the
  // last line of defence behind the guarded updates in stock.repository.ts.
  await db.schema
    .createTable('stock_balances')
    .addColumn('warehouse_id', 'text', (c) => c.notNull().references('warehouses.id'))
    .addColumn('part_id', 'bigint', (c) => c.notNull().references('parts.id'))
    .addColumn('on_hand', 'integer', (c) => c.notNull().check(sql`on_hand >= 0`))
    .addColumn('reserved', 'integer', (c) => c.notNull().check(sql`reserved >= 0`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('stock_balances_pk', ['warehouse_id', 'part_id'])
    .addCheckConstraint('stock_balances_reserved_within_on_hand', sql`reserved <= on_hand`)
    .execute();

  await db.schema
    .createTable('stock_movements')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('warehouse_id', 'text', (c) => c.notNull().references('warehouses.id'))
    .addColumn('part_id', 'bigint', (c) => c.notNull().references('parts.id'))
    .addColumn('kind', 'text', (c) =>
      c
        .notNull()
        .check(sql`kind in ('receipt', 'reservation', 'release', 'shipment', 'return_in', 'scrap', 'adjustment')`),
    )
    .addColumn('on_hand_delta', 'integer', (c) => c.notNull())
    .addColumn('reserved_delta', 'integer', (c) => c.notNull())
    .addColumn('parts_request_id', 'bigint')
    .addColumn('note', 'text')
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('stock_movements_balance_idx')
    .on('stock_movements')
    .columns(['warehouse_id', 'part_id', 'id'])
    .execute();
  await makeAppendOnly(db, 'stock_movements');
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('stock_movements').execute();
  await db.schema.dropTable('stock_balances').execute();
  await db.schema.dropTable('warehouses').execute();
}
