import type { Kysely } from '@sanbao/db';
import { createTestDatabase, type TestDatabase } from '@sanbao/testing';
import { settlementMigrations } from '../src/migrations/index.ts';
import { settlementSchemaName, type SettlementDatabase } from '../src/schema.ts';

/** A fresh database with the settlement schema migrated, for tests of repositories without the API. */
export async function createSettlementDatabase(
  postgresAdminUrl: string,
): Promise<{ testDb: TestDatabase; db: Kysely<SettlementDatabase> }> {
  const testDb = await createTestDatabase(postgresAdminUrl, { [settlementSchemaName]: settlementMigrations });
  return { testDb, db: testDb.open<SettlementDatabase>(settlementSchemaName).db };
}
