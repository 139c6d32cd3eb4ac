import { createLogger } from '@sanbao/logger';
import { serveService, type RunningService } from '@sanbao/service-kit';
import { createTestDatabase, testTokens, type TestDatabase } from '@sanbao/testing';
import { createTokenVerifier } from '@sanbao/trpc/auth';
import { createServiceClient } from '@sanbao/trpc/client';
import { createWarrantyApp } from '../src/app.ts';
import { warrantyMigrations } from '../src/migrations/index.ts';
import { seedPoliciesFromAnnex } from '../src/policies/policies.service.ts';
import type { WarrantyRouter } from '../src/router.ts';
import { warrantySchemaName, type WarrantyDatabase } from '../src/schema.ts';

/** A warranty service on a fresh, migrated and seeded database, listening on a free port. */
export async function startWarranty(adminUrl: string, { logLevel = 'warn' }: { logLevel?: 'warn' | 'error' | 'silent' } = {}) {
  const testDb: TestDatabase = await createTestDatabase(adminUrl, { [warrantySchemaName]: warrantyMigrations });
  const database = testDb.open<WarrantyDatabase>(warrantySchemaName);
  await seedPoliciesFromAnnex(database.db);
  const log = createLogger({ name: 'warranty-test', level: logLevel });
  const service = createWarrantyApp({ database, log, verifyToken: createTokenVerifier(testTokens.settings) });
  const running: RunningService = await serveService(service, {
    host: '127.0.0.1',
    port: 0,
    log,
    shutdownTimeoutMs: 5000,
  });
  return {
    url: running.url,
    db: database.db,
    /** Resolves when no sales import runs in the background. */
    importsIdle: () => service.salesImports.whenIdle(),
    client: (token: string) => createServiceClient<WarrantyRouter>({ url: running.url, token }),
    async stop() {
      await running.shutdown('test finished');
      await testDb.drop();
    },
  };
}

export type WarrantyHarness = Awaited<ReturnType<typeof startWarranty>>;

let counter = 0;
/** A fresh idempotency key. */
export const key = (label = 'k') => `${label}-${Date.now().toString(36)}-${(counter++).toString(36)}-test`;
