import { startOutboxRelay, type Client } from '@sanbao/temporal';
import { idempotencyKey, openTestService, serveUnderTest, testClock } from '@sanbao/testing';
export type { TrpcBody } from '@sanbao/testing';
import type { createServiceClient } from '@sanbao/trpc/client';
import { startOnce } from '@sanbao/workflows/contracts';
import { createSettlementApp } from '../src/app.ts';
import { settlementMigrations } from '../src/migrations/index.ts';
import type { SettlementRouter } from '../src/router.ts';
import { settlementSchemaName, type SettlementDatabase } from '../src/schema.ts';
import { createInMemoryChargebackOutbox } from './in-memory-chargeback-outbox.ts';

export type SettlementClient = ReturnType<typeof createServiceClient<SettlementRouter>>;

export const key = idempotencyKey;

export interface SettlementHarnessOptions {
  vatRateBp?: number;
  /**
   * Where the workflow outbox goes: with it the harness runs the relay as `main.ts` does, starting the
   * workflows on `taskQueue`; without it (most tests) the rows stay pending for the test to read.
   */
  workflows?: { client: Client; taskQueue: string };
}

/** The settlement service on a fresh database, over real HTTP, with an in-memory chargeback outbox. */
export async function startSettlement(adminUrl: string, options: SettlementHarnessOptions = {}) {
  const base = await openTestService<SettlementDatabase>(adminUrl, {
    name: 'settlement',
    schema: settlementSchemaName,
    migrations: settlementMigrations,
  });
  const { database, log } = base.deps;
  const outbox = createInMemoryChargebackOutbox();
  const clock = testClock();
  const app = createSettlementApp({
    ...base.deps,
    chargebackOutbox: outbox,
    vatRateBp: options.vatRateBp ?? 600,
    slaPenalty: { fenPerDay: 2000, capFen: 20_000 },
    clock: clock.now,
  });
  const service = await serveUnderTest<SettlementRouter>(app, base);
  const relay =
    options.workflows &&
    startOutboxRelay({ database, ...options.workflows, startOptions: startOnce, log, pollMs: 200 });
  return {
    ...service,
    /** The app itself, e.g. to wait for work it started after a commit. */
    app,
    db: base.db,
    outbox,
    /** The workflow starts the service wrote (pending until a relay delivers them). */
    workflowOutbox: (workflowId: string) =>
      base.db
        .selectFrom('workflowOutbox')
        .select(['kind', 'workflowType', 'args', 'state'])
        .where('workflowId', '=', workflowId)
        .orderBy('id')
        .execute(),
    /** Moves "now" for the service: business dates follow it. */
    setNow: clock.set,
    snapshot: base.snapshot,
    async close() {
      await relay?.stop();
      await service.close();
    },
  };
}

export type SettlementHarness = Awaited<ReturnType<typeof startSettlement>>;
