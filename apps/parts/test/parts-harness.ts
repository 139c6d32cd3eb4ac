import { randomUUID } from 'node:crypto';
import type { Kysely } from '@sanbao/db';
import { createLogger } from '@sanbao/logger';
import { serveService, type RunningService } from '@sanbao/service-kit';
import { createTestDatabase, rawTrpcCall, testTokens, type TestDatabase, type TrpcBody } from '@sanbao/testing';
export type { TrpcBody } from '@sanbao/testing';
import { createTokenVerifier } from '@sanbao/trpc/auth';
import { createServiceClient } from '@sanbao/trpc/client';
import { createPartsApp } from '../src/app.ts';
import { partsMigrations } from '../src/migrations/index.ts';
import type { PartsRouter } from '../src/router.ts';
import { partsSchemaName, type PartsDatabase } from '../src/schema.ts';
import { createInMemoryClaimCoverage } from './in-memory-claim-coverage.ts';
import type { ClaimCoverage } from '../src/requests/claim-coverage.ts';
import type { HolidayCalendar } from '../src/returns/holiday-calendar.ts';
import { createInMemoryHolidayCalendar } from './in-memory-holiday-calendar.ts';

export type PartsClient = ReturnType<typeof createServiceClient<PartsRouter>>;

/** The parts service on a fresh database, over real HTTP, with an in-memory warranty service. */
export interface PartsHarness {
  url: string;
  db: Kysely<PartsDatabase>;
  /** The fresh database's URL, for a service process of its own (the crash tests). */
  databaseUrl: string;
  claims: ReturnType<typeof createInMemoryClaimCoverage>;
  /** The statutory holidays the service sees, unless the test passed a real calendar. */
  holidays: ReturnType<typeof createInMemoryHolidayCalendar>;
  /** Moves "now" for the service: business dates and due dates follow it. */
  setNow(instant: Date | null): void;
  admin: PartsClient;
  manager: PartsClient;
  system: PartsClient;
  provider(providerId: string): Promise<PartsClient>;
  warehouse(warehouseId: string): Promise<PartsClient>;
  /** A raw tRPC call, for status codes and error shapes. */
  call(
    path: string,
    input: unknown,
    token: string,
    method?: 'GET' | 'POST',
  ): Promise<{ status: number; body: TrpcBody }>;
  close(): Promise<void>;
}

export const key = (label = 'k') => `${label}-${randomUUID()}`;

export async function startPartsHarness(
  adminUrl: string,
  options: { claimCoverage?: ClaimCoverage; holidayCalendar?: HolidayCalendar } = {},
): Promise<PartsHarness> {
  const testDb: TestDatabase = await createTestDatabase(adminUrl, { [partsSchemaName]: partsMigrations });
  const database = testDb.open<PartsDatabase>(partsSchemaName);
  const claims = createInMemoryClaimCoverage();
  const holidays = createInMemoryHolidayCalendar();
  let now: Date | null = null;
  const log = createLogger({ name: 'parts-test', level: 'warn' });
  const service = createPartsApp({
    database,
    log,
    verifyToken: createTokenVerifier(testTokens.settings),
    claimCoverage: options.claimCoverage ?? claims,
    holidayCalendar: options.holidayCalendar ?? holidays,
    defaultReturnDueDays: 30,
    clock: () => now ?? new Date(),
  });
  const running: RunningService = await serveService(service, {
    host: '127.0.0.1',
    port: 0,
    log,
    shutdownTimeoutMs: 5000,
  });
  const client = (token: string) => createServiceClient<PartsRouter>({ url: running.url, token });
  return {
    url: running.url,
    db: database.db,
    databaseUrl: testDb.url,
    claims,
    holidays,
    setNow: (instant) => {
      now = instant;
    },
    admin: client(await testTokens.role('admin')),
    manager: client(await testTokens.role('manager')),
    system: client(await testTokens.role('system')),
    provider: async (id) => client(await testTokens.provider(id)),
    warehouse: async (id) => client(await testTokens.warehouse(id)),
    call: (path, input, token, method = 'POST') => rawTrpcCall(running.url, path, input, token, method),
    async close() {
      await running.shutdown('test finished');
      await testDb.drop();
    },
  };
}
