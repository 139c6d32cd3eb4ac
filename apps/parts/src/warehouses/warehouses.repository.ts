import { sql, type Kysely } from '@sanbao/db';
import type { PartsDatabase, WarehouseKind } from '../schema.ts';

type Db = Kysely<PartsDatabase>;
const columns = ['id', 'name', 'kind', 'region'] as const;

export async function upsertWarehouse(
  db: Db,
  warehouse: { id: string; name: string; kind: WarehouseKind; region: string },
) {
  return db
    .insertInto('warehouses')
    .values(warehouse)
    .onConflict((oc) =>
      oc.column('id').doUpdateSet({
        name: warehouse.name,
        kind: warehouse.kind,
        region: warehouse.region,
        updatedAt: sql<Date>`now()`,
      }),
    )
    .returning(columns)
    .executeTakeFirstOrThrow();
}

export const listWarehouses = (db: Db) =>
  db.selectFrom('warehouses').select(columns).orderBy('kind').orderBy('id').execute();

export const findWarehouse = (db: Db, id: string) =>
  db.selectFrom('warehouses').select(columns).where('id', '=', id).executeTakeFirst();
