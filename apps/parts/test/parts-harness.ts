import type { Kysely } from '@sanbao/db';
import { idempotencyKey, openTestService, serveUnderTest, testClock, type TrpcBody } from '@sanbao/testing';
export type { TrpcBody } from '@sanbao/testing';
import type { createServiceClient } from '@sanbao/trpc/client';
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
  /** Every table's rows (bar the idempotency keys), fingerprinted: equal snapshots mean nothing was written. */
  snapshot(): Promise<Record<string, string>>;
  close(): Promise<void>;
}

export const key = idempotencyKey;

export async function startPartsHarness(
  adminUrl: string,
  options: { claimCoverage?: ClaimCoverage; holidayCalendar?: HolidayCalendar } = {},
): Promise<PartsHarness> {
  const base = await openTestService<PartsDatabase>(adminUrl, {
    name: 'parts',
    schema: partsSchemaName,
    migrations: partsMigrations,
  });
  const claims = createInMemoryClaimCoverage();
  const holidays = createInMemoryHolidayCalendar();
  const clock = testClock();
  const app = createPartsApp({
    ...base.deps,
    claimCoverage: options.claimCoverage ?? claims,
    holidayCalendar: options.holidayCalendar ?? holidays,
    defaultReturnDueDays: 30,
    clock: clock.now,
  });
  return {
    ...(await serveUnderTest<PartsRouter>(app, base)),
    db: base.db,
    databaseUrl: base.databaseUrl,
    snapshot: base.snapshot,
    claims,
    holidays,
    setNow: clock.set,
  };
}
