import { sql, type SelectQueryBuilder, type UpdateObject, type UpdateQueryBuilder } from '@sanbao/db';

/** What a list of a tenant's records is filtered by (`listFilter` fills in the tenant). */
export interface TenantListFilter<Status extends string> {
  providerId?: string | undefined;
  warehouseId?: string | undefined;
  status?: Status | undefined;
  limit: number;
  /** The page after the record with this id. */
  beforeId?: number | undefined;
}

/** A page of a tenant's records (parts requests, return shipments), newest first, as the filter asks. */
export function tenantPage<DB, TB extends keyof DB, O>(
  records: SelectQueryBuilder<DB, TB, O>,
  filter: TenantListFilter<string>,
): SelectQueryBuilder<DB, TB, O> {
  let page = records.orderBy(sql.ref('id'), 'desc').limit(filter.limit);
  if (filter.providerId) page = page.where(sql.ref('providerId'), '=', filter.providerId);
  if (filter.warehouseId) page = page.where(sql.ref('warehouseId'), '=', filter.warehouseId);
  if (filter.status) page = page.where(sql.ref('status'), '=', filter.status);
  if (filter.beforeId) page = page.where(sql.ref('id'), '<', filter.beforeId);
  return page;
}

/** Changes the record with this id, stamping `updatedAt` with the transaction's time. */
export function changeRecord<DB, UT extends keyof DB, TB extends keyof DB, O>(
  table: UpdateQueryBuilder<DB, UT, TB, O>,
  id: number,
  changes: UpdateObject<DB, TB, UT>,
): UpdateQueryBuilder<DB, UT, TB, O> {
  return table.set({ ...changes, updatedAt: sql<Date>`now()` }).where(sql.ref('id'), '=', id);
}
