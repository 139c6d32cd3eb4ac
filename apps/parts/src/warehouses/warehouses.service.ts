import type { Kysely } from '@sanbao/db';
import type { PartsDatabase } from '../schema.ts';
import { listWarehouses as listWarehouseRows, upsertWarehouse as upsertWarehouseRow } from './warehouses.repository.ts';
import { warehouseView } from './warehouses.view.ts';

type Db = Kysely<PartsDatabase>;

export const upsertWarehouse = async (db: Db, warehouse: Parameters<typeof upsertWarehouseRow>[1]) =>
  warehouseView(await upsertWarehouseRow(db, warehouse));

export const listWarehouses = async (db: Db) => (await listWarehouseRows(db)).map(warehouseView);
