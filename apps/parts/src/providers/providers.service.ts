import { inTransaction, type Kysely } from '@sanbao/db';
import { notFound, notFoundField, tenancyOf } from '@sanbao/trpc';
import type { AuthUser } from '@sanbao/trpc/auth';
import type { PartsDatabase } from '../schema.ts';
import { findWarehouse } from '../warehouses/warehouses.repository.ts';
import {
  findProvider,
  listProviders as listProviderRows,
  upsertProvider,
  type ServiceProvider,
} from './providers.repository.ts';
import { providerView } from './providers.view.ts';

type Db = Kysely<PartsDatabase>;

export async function saveProvider(db: Db, provider: ServiceProvider) {
  return inTransaction(db, async (trx) => {
    if (!(await findWarehouse(trx, provider.defaultWarehouseId)))
      throw notFoundField('defaultWarehouseId', `warehouse ${provider.defaultWarehouseId}`);
    return providerView(await upsertProvider(trx, provider));
  });
}

/** A provider reads only itself; any other id is not found. */
export async function getProvider(db: Db, user: AuthUser, providerId: string) {
  const own = tenancyOf(user).providerId;
  const provider = own === undefined || own === providerId ? await findProvider(db, providerId) : undefined;
  if (!provider) throw notFound(`service provider ${providerId}`);
  return providerView(provider);
}

export const listProviders = async (db: Db, page: Parameters<typeof listProviderRows>[1]) =>
  (await listProviderRows(db, page)).map(providerView);
