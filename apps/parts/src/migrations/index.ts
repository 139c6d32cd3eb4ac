import type { Migrations } from '@sanbao/db';
import * as idempotencyKeys from './2026_11_22_0000_idempotency_keys.ts';
import * as auditTrailAndNumbers from './2026_11_22_0001_audit_trail_and_numbers.ts';
import * as catalog from './2026_11_22_0002_catalog.ts';
import * as warehousesAndStock from './2026_11_22_0003_warehouses_and_stock.ts';
import * as serviceProviders from './2026_11_22_0004_service_providers.ts';
import * as partsRequests from './2026_11_22_0005_parts_requests.ts';
import * as oldPartReturns from './2026_11_22_0006_old_part_returns.ts';
import * as workflowOutbox from './2026_11_29_0008_workflow_outbox.ts';

/** Forward-only, in order. Add new migrations at the end with a later timestamp. */
export const partsMigrations: Migrations = {
  '2026_11_22_0000_idempotency_keys': idempotencyKeys,
  '2026_11_22_0001_audit_trail_and_numbers': auditTrailAndNumbers,
  '2026_11_22_0002_catalog': catalog,
  '2026_11_22_0003_warehouses_and_stock': warehousesAndStock,
  '2026_11_22_0004_service_providers': serviceProviders,
  '2026_11_22_0005_parts_requests': partsRequests,
  '2026_11_22_0006_old_part_returns': oldPartReturns,
  '2026_11_29_0008_workflow_outbox': workflowOutbox,
};
