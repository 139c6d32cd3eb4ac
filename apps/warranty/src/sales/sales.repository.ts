import type { Kysely } from '@sanbao/db';
import type { WarrantyDatabase } from '../schema.ts';

type Db = Kysely<WarrantyDatabase>;

export const findUnitBySerial = (db: Db, serial: string) =>
  db.selectFrom('soldUnits').selectAll().where('serial', '=', serial).executeTakeFirst();

export const modelExists = async (db: Db, modelCode: string) =>
  Boolean(
    await db.selectFrom('productModels').select('modelCode').where('modelCode', '=', modelCode).executeTakeFirst(),
  );

export const insertUnit = (
  db: Db,
  unit: Omit<WarrantyDatabase['soldUnits'], 'id' | 'createdAt' | 'updatedAt' | 'documents'> & {
    documents: Record<string, boolean>;
  },
) =>
  db
    .insertInto('soldUnits')
    .values({ ...unit, documents: JSON.stringify(unit.documents) })
    .onConflict((oc) => oc.column('serial').doNothing())
    .returningAll()
    .executeTakeFirst();
