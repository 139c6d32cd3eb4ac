import type { Kysely } from '@sanbao/db';
import { createTestDatabase } from '@sanbao/testing';
import { inject } from 'vitest';
import { settlementMigrations } from '../src/migrations/index.ts';
import { settlementSchemaName, type SettlementDatabase } from '../src/schema.ts';

/**
 * For a test file's `beforeAll`, for tests of repositories without the API: a fresh database with the
 * settlement schema migrated, handed to `use`; the teardown it returns drops it after the file's tests.
 */
export async function freshSettlementDatabase(use: (db: Kysely<SettlementDatabase>) => void) {
  const testDb = await createTestDatabase(inject('postgresAdminUrl'), { [settlementSchemaName]: settlementMigrations });
  use(testDb.open<SettlementDatabase>(settlementSchemaName).db);
  return () => testDb.drop();
}
