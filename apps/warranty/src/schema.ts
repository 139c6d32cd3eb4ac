import type { IdempotencyTable } from '@sanbao/trpc/idempotency';
import type { ServicePingTable } from './system/system.repository.ts';

/** Tables of the `warranty` schema, as Kysely sees them (camelCase). */
export interface WarrantyDatabase {
  idempotencyKeys: IdempotencyTable;
  servicePings: ServicePingTable;
}

export const warrantySchemaName = 'warranty';
