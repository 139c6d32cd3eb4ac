import { idempotencyKey, openTestService, serveUnderTest, testTokens } from '@sanbao/testing';
export type { TrpcBody } from '@sanbao/testing';
import { createWarrantyApp } from '../src/app.ts';
import { warrantyMigrations } from '../src/migrations/index.ts';
import { seedPoliciesFromAnnex } from '../src/policies/policies.service.ts';
import type { WarrantyRouter } from '../src/router.ts';
import { warrantySchemaName, type WarrantyDatabase } from '../src/schema.ts';

/** A warranty service on a fresh, migrated and seeded database, listening on a free port. */
export async function startWarranty(
  adminUrl: string,
  { logLevel = 'warn' }: { logLevel?: 'warn' | 'error' | 'silent' } = {},
) {
  const base = await openTestService<WarrantyDatabase>(adminUrl, {
    name: 'warranty',
    schema: warrantySchemaName,
    migrations: warrantyMigrations,
    logLevel,
  });
  await seedPoliciesFromAnnex(base.db);
  const app = createWarrantyApp(base.deps);
  const service = await serveUnderTest<WarrantyRouter>(app, base);
  return {
    url: service.url,
    db: base.db,
    client: service.client,
    /** A raw tRPC POST, for status codes and error shapes. */
    call: (path: string, input: unknown, token: string) => service.call(path, input, token),
    /** Every table's rows, fingerprinted: equal snapshots mean nothing was written. */
    snapshot: base.snapshot,
    /** Resolves once no sales import runs in the background. */
    importsIdle: () => app.salesImports.whenIdle(),
    async stop() {
      await app.salesImports.whenIdle();
      await service.close();
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

/** A fresh idempotency key. */
export const key = idempotencyKey;
