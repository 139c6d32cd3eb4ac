import type { IdempotencyTable } from '@sanbao/trpc/idempotency';
import type { BomLineTable, PartTable, ReturnRuleTable } from './catalog/catalog.repository.ts';
import type { ChargebackEventTable } from './chargebacks/chargebacks.repository.ts';
import type { ServiceProviderTable } from './providers/providers.repository.ts';
import type { PartsRequestLineTable, PartsRequestTable } from './requests/requests.repository.ts';
import type { PartConsumptionTable, ReturnSamplingCounterTable, ReturnShipmentTable, ReturnTagTable } from './returns/returns.repository.ts';
import type { AuditTrailTable } from './shared/audit.repository.ts';
import type { StockBalanceTable, StockMovementTable } from './stock/stock.repository.ts';
import type { WarehouseTable } from './warehouses/warehouses.repository.ts';

/** Tables of the `parts` schema, as Kysely sees them (camelCase). */
export interface PartsDatabase {
  idempotencyKeys: IdempotencyTable;
  auditTrail: AuditTrailTable;
  parts: PartTable;
  bomLines: BomLineTable;
  returnRules: ReturnRuleTable;
  warehouses: WarehouseTable;
  stockBalances: StockBalanceTable;
  stockMovements: StockMovementTable;
  serviceProviders: ServiceProviderTable;
  partsRequests: PartsRequestTable;
  partsRequestLines: PartsRequestLineTable;
  partConsumptions: PartConsumptionTable;
  returnSamplingCounters: ReturnSamplingCounterTable;
  returnShipments: ReturnShipmentTable;
  returnTags: ReturnTagTable;
  chargebackEvents: ChargebackEventTable;
}

export const partsSchemaName = 'parts';
