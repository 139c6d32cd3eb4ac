import { createTestDatabase, type TestDatabase } from '@sanbao/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { partsMigrations } from '../migrations/index.ts';
import { partsSchemaName, type PartsDatabase } from '../schema.ts';
import { demoParts, demoProviders, demoStock, loadDemoData } from './demo-data.ts';

describe('parts demo data', () => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await createTestDatabase(inject('postgresAdminUrl'), { [partsSchemaName]: partsMigrations });
  });
  afterAll(() => testDb?.drop());

  it('loads once and leaves stock alone on every later start (no second receipt)', async () => {
    const { db } = testDb.open<PartsDatabase>(partsSchemaName);
    expect(await loadDemoData(db)).toEqual({ parts: demoParts.length, stockRows: demoStock.length });
    await db.updateTable('stockBalances').set({ onHand: 7 }).where('warehouseId', '=', 'WH-CENTRAL').execute();
    expect(await loadDemoData(db)).toEqual({ parts: 0, stockRows: 0 });
    const central = await db
      .selectFrom('stockBalances')
      .select('onHand')
      .where('warehouseId', '=', 'WH-CENTRAL')
      .execute();
    expect(central.every((b) => b.onHand === 7)).toBe(true);
    const receipts = await db
      .selectFrom('stockMovements')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(receipts.n)).toBe(demoStock.length);
  });

  it('gives the gateway demo users their tenants: providers SP-001 and SP-002 ship from WH-CENTRAL', async () => {
    const { db } = testDb.open<PartsDatabase>(partsSchemaName);
    const providers = await db
      .selectFrom('serviceProviders')
      .select(['id', 'defaultWarehouseId', 'creditLimitFen'])
      .orderBy('id')
      .execute();
    expect(providers).toEqual(
      demoProviders.map((p) => ({ id: p.id, defaultWarehouseId: 'WH-CENTRAL', creditLimitFen: p.creditLimitFen })),
    );
    // Every part class in the catalog has a return rule of its own.
    const missing = await db
      .selectFrom('parts')
      .select('partClass')
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('returnRules').select('partClass').whereRef('returnRules.partClass', '=', 'parts.partClass'),
          ),
        ),
      )
      .execute();
    expect(missing).toEqual([]);
  });
});
