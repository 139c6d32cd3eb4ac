import { sql, type Kysely } from '@sanbao/db';
import type { WarrantyDatabase } from '../schema.ts';

type Db = Kysely<WarrantyDatabase>;

export async function readDatabaseClock(db: Db) {
  const { rows } = await sql<{ now: Date; schema: string }>`select now() as now, current_schema() as schema`.execute(
    db,
  );
  return rows[0]!;
}

export async function insertServicePing(db: Db, ping: { note: string; sequence: number; recordedBy: string }) {
  return db.insertInto('servicePings').values(ping).returningAll().executeTakeFirstOrThrow();
}

export async function countServicePings(db: Db) {
  const row = await db
    .selectFrom('servicePings')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
