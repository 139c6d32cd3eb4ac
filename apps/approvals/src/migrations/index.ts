import type { Migrations } from '@sanbao/db';
import * as idempotencyKeys from './2026_11_29_0000_idempotency_keys.ts';
import * as inboxAndPolicies from './2026_11_29_0001_inbox_and_policies.ts';
import * as settlementPeriodRequests from './2026_11_30_0001_settlement_period_requests.ts';
import * as quotaOverrunRequests from './2026_11_30_0002_quota_overrun_requests.ts';

/** Forward-only, in order. Add new migrations at the end with a later timestamp. */
export const approvalsMigrations: Migrations = {
  '2026_11_29_0000_idempotency_keys': idempotencyKeys,
  '2026_11_29_0001_inbox_and_policies': inboxAndPolicies,
  '2026_11_30_0001_settlement_period_requests': settlementPeriodRequests,
  '2026_11_30_0002_quota_overrun_requests': quotaOverrunRequests,
};
