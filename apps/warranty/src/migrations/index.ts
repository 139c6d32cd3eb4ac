import type { Migrations } from '@sanbao/db';
import * as idempotencyKeys from './2026_11_22_0000_idempotency_keys.ts';
import * as servicePings from './2026_11_22_0001_service_pings.ts';
import * as catalogAndSales from './2026_11_22_0002_catalog_and_sales.ts';
import * as claims from './2026_11_22_0003_claims.ts';
import * as workflowOutbox from './2026_11_29_0005_workflow_outbox.ts';

/** Forward-only, in order. Add new migrations at the end with a later timestamp. */
export const warrantyMigrations: Migrations = {
  '2026_11_22_0000_idempotency_keys': idempotencyKeys,
  '2026_11_22_0001_service_pings': servicePings,
  '2026_11_22_0002_catalog_and_sales': catalogAndSales,
  '2026_11_22_0003_claims': claims,
  '2026_11_29_0005_workflow_outbox': workflowOutbox,
};
