import { createLogger } from '@sanbao/logger';
import { serveService, type RunningService } from '@sanbao/service-kit';
import { createTestDatabase, rawTrpcCall, testTokens, type TestDatabase } from '@sanbao/testing';
export type { TrpcBody } from '@sanbao/testing';
import { createTokenVerifier } from '@sanbao/trpc/auth';
import { createServiceClient } from '@sanbao/trpc/client';
import { createWarrantyApp } from '../src/app.ts';
import { warrantyMigrations } from '../src/migrations/index.ts';
import { seedPoliciesFromAnnex } from '../src/policies/policies.service.ts';
import { createWarrantyRouter, type WarrantyRouter, type WarrantyRouterDeps } from '../src/router.ts';
import { warrantySchemaName, type WarrantyDatabase } from '../src/schema.ts';

/** A warranty service on a fresh, migrated and seeded database, listening on a free port. */
export async function startWarranty(
  adminUrl: string,
  { logLevel = 'warn' }: { logLevel?: 'warn' | 'error' | 'silent' } = {},
) {
  const testDb: TestDatabase = await createTestDatabase(adminUrl, { [warrantySchemaName]: warrantyMigrations });
  const database = testDb.open<WarrantyDatabase>(warrantySchemaName);
  await seedPoliciesFromAnnex(database.db);
  const log = createLogger({ name: 'warranty-test', level: logLevel });
  const app = createWarrantyApp({ database, log, verifyToken: createTokenVerifier(testTokens.settings) });
  const running: RunningService = await serveService(app, {
    host: '127.0.0.1',
    port: 0,
    log,
    shutdownTimeoutMs: 5000,
  });
  return {
    url: running.url,
    db: database.db,
    client: (token: string) => createServiceClient<WarrantyRouter>({ url: running.url, token }),
    /** A raw tRPC POST, for status codes and error shapes. */
    call: (path: string, input: unknown, token: string) => rawTrpcCall(running.url, path, input, token),
    /** Resolves once no sales import runs in the background. */
    importsIdle: () => app.salesImports.whenIdle(),
    async stop() {
      await app.salesImports.whenIdle();
      await running.shutdown('test finished');
      await testDb.drop();
    },
  };
}

export type WarrantyHarness = Awaited<ReturnType<typeof startWarranty>>;
export type WarrantyClient = ReturnType<WarrantyHarness['client']>;

/** The clients most tests act through: an admin, a manager and the provider SP-001. */
export async function roleClients(
  w: WarrantyHarness,
): Promise<{ admin: WarrantyClient; manager: WarrantyClient; provider: WarrantyClient }> {
  return {
    admin: w.client(await testTokens.role('admin')),
    manager: w.client(await testTokens.role('manager')),
    provider: w.client(await testTokens.provider('SP-001')),
  };
}

let counter = 0;
/** A fresh idempotency key. */
export const key = (label = 'k') => `${label}-${Date.now().toString(36)}-${(counter++).toString(36)}-test`;

/** Every procedure of the router with its kind, read from the router itself. */
export function warrantyProcedures(): { path: string; type: 'query' | 'mutation' | 'subscription' }[] {
  // Building the router only captures its dependencies; nothing here is called.
  const router = createWarrantyRouter({} as WarrantyRouterDeps);
  const procedures = router._def.procedures as unknown as Record<
    string,
    { _def: { type: 'query' | 'mutation' | 'subscription' } }
  >;
  return Object.entries(procedures)
    .map(([path, procedure]) => ({ path, type: procedure._def.type }))
    .sort((a, b) => a.path.localeCompare(b.path));
}
