import { idempotencyKey, openTestService, serveUnderTest, testClock } from '@sanbao/testing';
export type { TrpcBody } from '@sanbao/testing';
import type { createServiceClient } from '@sanbao/trpc/client';
import { createSettlementApp } from '../src/app.ts';
import { settlementMigrations } from '../src/migrations/index.ts';
import type { SettlementRouter } from '../src/router.ts';
import { settlementSchemaName, type SettlementDatabase } from '../src/schema.ts';
import { createInMemoryChargebackOutbox } from './in-memory-chargeback-outbox.ts';
import type { QuotaOverrun } from '../src/quota/quota-inbox.ts';

export type SettlementClient = ReturnType<typeof createServiceClient<SettlementRouter>>;

export const key = idempotencyKey;

/** The settlement service on a fresh database, over real HTTP, with an in-memory chargeback outbox. */
export async function startSettlement(adminUrl: string, options: { vatRateBp?: number } = {}) {
  const base = await openTestService<SettlementDatabase>(adminUrl, {
    name: 'settlement',
    schema: settlementSchemaName,
    migrations: settlementMigrations,
  });
  const outbox = createInMemoryChargebackOutbox();
  const quotaOverruns: QuotaOverrun[] = [];
  const clock = testClock();
  const app = createSettlementApp({
    ...base.deps,
    chargebackOutbox: outbox,
    vatRateBp: options.vatRateBp ?? 600,
    slaPenalty: { fenPerDay: 2000, capFen: 20_000 },
    quotaInbox: { submit: async (overrun) => void quotaOverruns.push(overrun) },
    clock: clock.now,
  });
  return {
    ...(await serveUnderTest<SettlementRouter>(app, base)),
    /** The app itself, e.g. to wait for work it started after a commit. */
    app,
    db: base.db,
    outbox,
    /** What the service sent to the approvals inbox for a manager's decision. */
    quotaOverruns,
    /** Moves "now" for the service: business dates follow it. */
    setNow: clock.set,
    snapshot: base.snapshot,
  };
}

export type SettlementHarness = Awaited<ReturnType<typeof startSettlement>>;
