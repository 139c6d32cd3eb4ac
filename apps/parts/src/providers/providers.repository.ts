import { sql, type Kysely } from '@sanbao/db';
import type { PartsDatabase, ServiceProviderTable } from '../schema.ts';

type Db = Kysely<PartsDatabase>;
const columns = ['id', 'name', 'region', 'grade', 'defaultWarehouseId', 'creditLimitFen'] as const;

export type ServiceProvider = Pick<ServiceProviderTable, (typeof columns)[number]>;

export async function upsertProvider(db: Db, provider: ServiceProvider) {
  const { id: _id, ...changes } = provider;
  return db
    .insertInto('serviceProviders')
    .values(provider)
    .onConflict((oc) => oc.column('id').doUpdateSet({ ...changes, updatedAt: sql<Date>`now()` }))
    .returning(columns)
    .executeTakeFirstOrThrow();
}

export const findProvider = (db: Db, id: string) =>
  db.selectFrom('serviceProviders').select(columns).where('id', '=', id).executeTakeFirst();

export const listProviders = (db: Db, filter: { region?: string | undefined }) => {
  let query = db.selectFrom('serviceProviders').select(columns).orderBy('id');
  if (filter.region) query = query.where('region', '=', filter.region);
  return query.execute();
};

/** Serialises credit decisions per provider: two submissions cannot both spend the same headroom. */
export const lockProvider = (db: Db, id: string) =>
  db.selectFrom('serviceProviders').select(columns).where('id', '=', id).forUpdate().executeTakeFirst();
