import type { Database, Kysely, Migrations } from '@sanbao/db';
import { createLogger, type Logger } from '@sanbao/logger';
import { serveService, type Service } from '@sanbao/service-kit';
import { createTokenVerifier, type TokenVerifier } from '@sanbao/trpc/auth';
import { createServiceClient } from '@sanbao/trpc/client';
import type { AnyTRPCRouter } from '@trpc/server';
import { fingerprintTables } from './postgres/commit-crash.ts';
import { createTestDatabase } from './postgres/test-database.ts';
import { rawTrpcCall } from './raw-trpc-call.ts';
import { testTokens } from './tokens.ts';

/** A service's fresh database in a test, and what its app is built from. */
export interface TestServiceBase<DB> {
  /** The app's first dependencies: the database, a quiet logger, a verifier of the test tokens. */
  deps: { database: Database<DB>; log: Logger; verifyToken: TokenVerifier };
  db: Kysely<DB>;
  /** The fresh database's URL, for a service process of its own (the crash tests). */
  databaseUrl: string;
  /** Every table's rows, fingerprinted: equal snapshots mean nothing was written. */
  snapshot(): Promise<Record<string, string>>;
  drop(): Promise<void>;
}

/** Step one of a harness: a fresh database cloned from the service's migrated template. */
export async function openTestService<DB>(
  adminUrl: string,
  settings: { name: string; schema: string; migrations: Migrations; logLevel?: 'warn' | 'error' | 'silent' },
): Promise<TestServiceBase<DB>> {
  const testDb = await createTestDatabase(adminUrl, { [settings.schema]: settings.migrations });
  const database = testDb.open<DB>(settings.schema);
  const log = createLogger({ name: `${settings.name}-test`, level: settings.logLevel ?? 'warn' });
  return {
    deps: { database, log, verifyToken: createTokenVerifier(testTokens.settings) },
    db: database.db,
    databaseUrl: testDb.url,
    snapshot: () => fingerprintTables(database.db as Kysely<unknown>),
    drop: () => testDb.drop(),
  };
}

/** Step two: the app served over real HTTP on a free port, with clients of the standard test users. */
export async function serveUnderTest<TRouter extends AnyTRPCRouter>(
  app: Service,
  base: { deps: { log: Logger }; drop(): Promise<void> },
) {
  const running = await serveService(app, { host: '127.0.0.1', port: 0, log: base.deps.log, shutdownTimeoutMs: 5000 });
  const client = (token: string) => createServiceClient<TRouter>({ url: running.url, token });
  return {
    url: running.url,
    client,
    admin: client(await testTokens.role('admin')),
    finance: client(await testTokens.role('finance')),
    manager: client(await testTokens.role('manager')),
    system: client(await testTokens.role('system')),
    provider: async (providerId: string) => client(await testTokens.provider(providerId)),
    warehouse: async (warehouseId: string) => client(await testTokens.warehouse(warehouseId)),
    /** A raw tRPC call, for status codes and error shapes. */
    call: (path: string, input: unknown, token: string, method: 'GET' | 'POST' = 'POST') =>
      rawTrpcCall(running.url, path, input, token, method),
    /** Stops serving (in-flight requests finish), then drops the database. */
    async close() {
      await running.shutdown('test finished');
      await base.drop();
    },
  };
}

/** "Now" as the service sees it: the real time until a test sets it. */
export function testClock() {
  let now: Date | null = null;
  return {
    now: () => now ?? new Date(),
    set(instant: Date | null) {
      now = instant;
    },
  };
}
