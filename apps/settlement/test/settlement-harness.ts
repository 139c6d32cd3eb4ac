import { randomUUID } from 'node:crypto';
import type { Kysely } from '@sanbao/db';
import { createLogger } from '@sanbao/logger';
import { serveService, type RunningService } from '@sanbao/service-kit';
import { startOutboxRelay, type Client } from '@sanbao/temporal';
import { createTestDatabase, fingerprintTables, testTokens, type TestDatabase } from '@sanbao/testing';
import { createTokenVerifier } from '@sanbao/trpc/auth';
import { createServiceClient } from '@sanbao/trpc/client';
import { startOnce } from '@sanbao/workflows/contracts';
import { createSettlementApp } from '../src/app.ts';
import { settlementMigrations } from '../src/migrations/index.ts';
import { createSettlementRouter, type SettlementRouter } from '../src/router.ts';
import type { SettlementDeps } from '../src/settlement-deps.ts';
import { settlementSchemaName, type SettlementDatabase } from '../src/schema.ts';
import { createInMemoryChargebackOutbox } from './in-memory-chargeback-outbox.ts';

export type SettlementClient = ReturnType<typeof createServiceClient<SettlementRouter>>;

export interface TrpcBody {
  result?: { data: unknown };
  error?: {
    message: string;
    data: { code: string; httpStatus: number; fieldErrors?: { path: string; message: string }[] };
  };
}

export const key = (label = 'k') => `${label}-${randomUUID()}`;

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
  const testDb: TestDatabase = await createTestDatabase(adminUrl, { [settlementSchemaName]: settlementMigrations });
  const database = testDb.open<SettlementDatabase>(settlementSchemaName);
  const outbox = createInMemoryChargebackOutbox();
  let now: Date | null = null;
  const log = createLogger({ name: 'settlement-test', level: 'warn' });
  const service = createSettlementApp({
    database,
    log,
    verifyToken: createTokenVerifier(testTokens.settings),
    chargebackOutbox: outbox,
    vatRateBp: options.vatRateBp ?? 600,
    slaPenalty: { fenPerDay: 2000, capFen: 20_000 },
    clock: () => now ?? new Date(),
  });
  const running: RunningService = await serveService(service, {
    host: '127.0.0.1',
    port: 0,
    log,
    shutdownTimeoutMs: 5000,
  });
  const relay =
    options.workflows &&
    startOutboxRelay({ database, ...options.workflows, startOptions: startOnce, log, pollMs: 200 });
  const client = (token: string) => createServiceClient<SettlementRouter>({ url: running.url, token });
  return {
    url: running.url,
    /** The app itself, e.g. to wait for work it started after a commit. */
    app: service,
    db: database.db as Kysely<SettlementDatabase>,
    outbox,
    /** The workflow starts the service wrote (pending until a relay delivers them). */
    workflowOutbox: (workflowId: string) =>
      database.db
        .selectFrom('workflowOutbox')
        .select(['kind', 'workflowType', 'args', 'state'])
        .where('workflowId', '=', workflowId)
        .orderBy('id')
        .execute(),
    /** Moves "now" for the service: business dates follow it. */
    setNow(instant: Date | null) {
      now = instant;
    },
    admin: client(await testTokens.role('admin')),
    finance: client(await testTokens.role('finance')),
    manager: client(await testTokens.role('manager')),
    system: client(await testTokens.role('system')),
    provider: async (id: string) => client(await testTokens.provider(id)),
    client,
    /** Every table's rows, fingerprinted: equal snapshots mean nothing was written. */
    snapshot: () => fingerprintTables(database.db as Kysely<unknown>),
    /** A raw tRPC call, for status codes and error shapes. */
    async call(
      path: string,
      input: unknown,
      token: string,
      method: 'GET' | 'POST' = 'POST',
    ): Promise<{ status: number; body: TrpcBody }> {
      const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
      const res =
        method === 'GET'
          ? await fetch(`${running.url}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input ?? {}))}`, {
              headers,
            })
          : await fetch(`${running.url}/trpc/${path}`, { method: 'POST', headers, body: JSON.stringify(input) });
      return { status: res.status, body: (await res.json()) as TrpcBody };
    },
    async close() {
      await running.shutdown('test finished');
      await relay?.stop();
      await testDb.drop();
    },
  };
}

export type SettlementHarness = Awaited<ReturnType<typeof startSettlement>>;

/** Every procedure of the router with its kind, read from the router itself. */
export function settlementProcedures(): { path: string; type: 'query' | 'mutation' | 'subscription' }[] {
  // Building the router only captures its dependencies; nothing here is called.
  const router = createSettlementRouter({} as SettlementDeps);
  const procedures = router._def.procedures as unknown as Record<
    string,
    { _def: { type: 'query' | 'mutation' | 'subscription' } }
  >;
  return Object.entries(procedures)
    .map(([path, procedure]) => ({ path, type: procedure._def.type }))
    .sort((a, b) => a.path.localeCompare(b.path));
}
