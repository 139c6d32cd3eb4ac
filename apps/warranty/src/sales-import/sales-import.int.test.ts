import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql, type Kysely } from '@sanbao/db';
import { createLogger } from '@sanbao/logger';
import { createService, serveService, type RunningService } from '@sanbao/service-kit';
import { createTestDatabase, testTokens, type TestDatabase } from '@sanbao/testing';
import { router } from '@sanbao/trpc';
import { createTokenVerifier } from '@sanbao/trpc/auth';
import { createServiceClient } from '@sanbao/trpc/client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { warrantyMigrations } from '../migrations/index.ts';
import { warrantySchemaName, type WarrantyDatabase } from '../schema.ts';
import { createSalesImportJobs, type SalesImportJobs } from './sales-import.jobs.ts';
import { createSalesImportRouter } from './sales-import.router.ts';
import { generateSales, salesCsvOf } from './sales-import.test-support.ts';
import type { SalesImportView } from './sales-import.view.ts';

const models = ['KFR-35GW', 'BCD-520WKPZM'];
const log = createLogger({ name: 'warranty-sales-import-test', level: 'warn' });

const createTestApp = (db: Kysely<WarrantyDatabase>, jobs: SalesImportJobs) =>
  router({ salesImports: createSalesImportRouter({ db, log, jobs }) });
type TestApp = ReturnType<typeof createTestApp>;

let testDb: TestDatabase;
let db: Kysely<WarrantyDatabase>;
let jobs: SalesImportJobs;
let running: RunningService;
let keySequence = 0;
const newKey = () => `sales-import-test-${++keySequence}`;

beforeAll(async () => {
  testDb = await createTestDatabase(inject('postgresAdminUrl'), { [warrantySchemaName]: warrantyMigrations });
  const database = testDb.open<WarrantyDatabase>(warrantySchemaName);
  db = database.db;
  await db
    .insertInto('productModels')
    .values([
      {
        modelCode: models[0]!,
        categoryCode: 'air_conditioner',
        nameZh: '壁挂式空调',
        nameEn: 'Wall air conditioner',
        mainParts: ['compressor'],
      },
      {
        modelCode: models[1]!,
        categoryCode: 'refrigerator',
        nameZh: '冰箱',
        nameEn: 'Refrigerator',
        mainParts: ['compressor', 'evaporator'],
      },
    ])
    .execute();
  jobs = createSalesImportJobs();
  const service = createService({
    name: 'warranty-sales-import-test',
    log,
    trpc: {
      router: createTestApp(db, jobs),
      verifyToken: createTokenVerifier(testTokens.settings),
      limits: { importProcedures: ['salesImports.start'] },
    },
    readiness: { postgres: database.ping },
  });
  running = await serveService(service, { host: '127.0.0.1', port: 0, log, shutdownTimeoutMs: 5000 });
});

afterAll(async () => {
  await running?.shutdown('test finished');
  await jobs?.whenIdle();
  await testDb?.drop();
});

const client = async (role: 'admin' | 'manager' | 'finance' = 'manager') =>
  createServiceClient<TestApp>({ url: running.url, token: await testTokens.role(role) });

const countUnits = async (serialPrefix = '') => {
  const row = await db
    .selectFrom('soldUnits')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('serial', 'like', `${serialPrefix}%`)
    .executeTakeFirstOrThrow();
  return Number(row.count);
};

/** Polls `status` until the batch settles; returns every view seen on the way. */
async function followImport(api: Awaited<ReturnType<typeof client>>, id: number, timeoutMs = 120_000) {
  const seen: SalesImportView[] = [];
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const view = await api.salesImports.status.query({ id });
    seen.push(view);
    if (view.status === 'completed' || view.status === 'rejected' || view.status === 'failed')
      return { final: view, seen };
    if (Date.now() > deadline) throw new Error(`import ${id} still ${view.status} after ${timeoutMs} ms`);
    await sleep(15);
  }
}

// Correctness only, on a file of a few chunks (5,000 rows each); the import's speed is measured by
// `pnpm bench sales-import` against a raw insert of the same rows.
const BULK_ROWS = 15_000;

describe('bulk import of sales over HTTP on a real database', () => {
  const bulk = generateSales(BULK_ROWS, { prefix: 'BULK', modelCodes: models });
  const bulkCsv = salesCsvOf(bulk);
  let bulkId = 0;

  it('imports a file of several chunks in the background, with visible progress', { timeout: 60_000 }, async () => {
    const api = await client();
    const batch = await api.salesImports.start.mutate({
      idempotencyKey: newKey(),
      fileName: 'sales-2025.csv',
      csv: bulkCsv,
    });
    bulkId = batch.id;
    expect(batch).toMatchObject({
      fileName: 'sales-2025.csv',
      status: 'validating',
      processedRows: 0,
      startedBy: 'user-manager',
      completedAt: null,
    });
    expect(batch.fileSha256).toMatch(/^[0-9a-f]{64}$/);

    const { final, seen } = await followImport(api, batch.id);
    expect(final).toMatchObject({
      status: 'completed',
      totalRows: BULK_ROWS,
      processedRows: BULK_ROWS,
      insertedRows: BULK_ROWS,
      skippedRows: 0,
      percent: 100,
      errors: [],
    });
    expect(typeof final.createdAt).toBe('string');
    expect(Date.parse(final.completedAt!)).toBeGreaterThanOrEqual(Date.parse(final.createdAt));

    const processed = seen.map((v) => v.processedRows);
    const percents = seen.map((v) => v.percent);
    for (let i = 1; i < seen.length; i++) {
      expect(processed[i]!).toBeGreaterThanOrEqual(processed[i - 1]!);
      expect(percents[i]!).toBeGreaterThanOrEqual(percents[i - 1]!);
    }
    expect(processed.some((p) => p > 0 && p < BULK_ROWS)).toBe(true);
    expect(await countUnits('BULK-')).toBe(BULK_ROWS);
  });

  it('stores each sale as the file said', async () => {
    const sale = bulk[1]!;
    const unit = await db
      .selectFrom('soldUnits')
      .selectAll()
      .where('serial', '=', sale.serial)
      .executeTakeFirstOrThrow();
    expect(unit).toMatchObject({
      modelCode: sale.modelCode,
      channel: sale.channel,
      invoiceDate: sale.invoiceDate,
      installedOn: sale.installedOn,
      priceFen: sale.priceFen,
      paidFen: sale.paidFen,
      documents: sale.documents,
      importId: bulkId,
      registeredBy: 'user-manager',
    });
    expect(unit.deliveredAt?.toISOString()).toBe(sale.deliveredAt);
    const withDocuments = await db
      .selectFrom('soldUnits')
      .select(['documents', 'deliveredAt', 'paidFen'])
      .where('serial', '=', bulk[0]!.serial)
      .executeTakeFirstOrThrow();
    expect(withDocuments).toEqual({ documents: { invoice: true, voucher: true }, deliveredAt: null, paidFen: null });
  });

  it('the same file again is the same batch and inserts nothing', async () => {
    const api = await client('admin');
    const again = await api.salesImports.start.mutate({
      idempotencyKey: newKey(),
      fileName: 'sales-2025 (copy).csv',
      csv: bulkCsv,
    });
    expect(again).toMatchObject({
      id: bulkId,
      status: 'completed',
      insertedRows: BULK_ROWS,
      fileName: 'sales-2025.csv',
    });
    await jobs.whenIdle();
    expect(await countUnits('BULK-')).toBe(BULK_ROWS);
    expect((await api.salesImports.status.query({ id: bulkId })).insertedRows).toBe(BULK_ROWS);
  });

  it('a file overlapping registered serials inserts the new ones and skips the rest', async () => {
    const api = await client();
    const overlap = [
      ...generateSales(1000, { prefix: 'BULK', modelCodes: models, from: BULK_ROWS - 1000 }),
      ...generateSales(1000, { prefix: 'NEXT', modelCodes: models }),
    ];
    const batch = await api.salesImports.start.mutate({
      idempotencyKey: newKey(),
      fileName: 'sales-overlap.csv',
      csv: salesCsvOf(overlap),
    });
    expect(batch.id).not.toBe(bulkId);
    const { final } = await followImport(api, batch.id);
    expect(final).toMatchObject({
      status: 'completed',
      totalRows: 2000,
      processedRows: 2000,
      insertedRows: 1000,
      skippedRows: 1000,
    });
    expect(await countUnits()).toBe(BULK_ROWS + 1000);
    const owners = await db
      .selectFrom('soldUnits')
      .select('importId')
      .distinct()
      .where('serial', 'in', [overlap[0]!.serial, overlap[1999]!.serial])
      .execute();
    expect(owners.map((o) => o.importId).sort()).toEqual([bulkId, batch.id].sort());
  });

  it('a file with one bad row is rejected whole, naming the row and the field', async () => {
    const api = await client();
    const sales = generateSales(500, { prefix: 'BAD', modelCodes: models });
    sales[249] = {
      ...sales[249]!,
      invoiceDate: '2025-06-10',
      deliveredAt: '2025-06-09T15:59:59.000Z',
      installedOn: null,
    };
    const batch = await api.salesImports.start.mutate({
      idempotencyKey: newKey(),
      fileName: 'sales-bad.csv',
      csv: salesCsvOf(sales),
    });
    const { final } = await followImport(api, batch.id);
    expect(final).toMatchObject({ status: 'rejected', totalRows: 500, processedRows: 0, insertedRows: 0, percent: 0 });
    expect(final.errors).toEqual([
      {
        row: 250,
        field: 'delivered_at',
        message: 'delivered on 2025-06-09 (China time), before the invoice date 2025-06-10',
      },
    ]);
    expect(final.completedAt).not.toBeNull();
    expect(await countUnits('BAD-')).toBe(0);
  });

  it('keeps at most 200 faults of a hopeless file', async () => {
    const api = await client();
    const sales = generateSales(1000, { prefix: 'HOPELESS', modelCodes: ['NO-SUCH-MODEL'] });
    const batch = await api.salesImports.start.mutate({
      idempotencyKey: newKey(),
      fileName: 'hopeless.csv',
      csv: salesCsvOf(sales),
    });
    const { final } = await followImport(api, batch.id);
    expect(final.status).toBe('rejected');
    expect(final.errors).toHaveLength(200);
    expect(final.errors[0]).toEqual({
      row: 1,
      field: 'model_code',
      message: 'NO-SUCH-MODEL is not a known product model',
    });
    expect(final.errors[199]).toEqual({
      row: 0,
      field: '(file)',
      message: '801 more faults not shown; fix these and send the file again',
    });
  });

  it('resumes a failed import after the rows it had committed', async () => {
    await sql`
      create function refuse_serial() returns trigger language plpgsql as $$
      begin
        if new.serial = 'RESUME-0007000' then raise exception 'simulated outage'; end if;
        return new;
      end $$`.execute(db);
    await sql`create trigger sold_units_outage before insert on sold_units for each row execute function refuse_serial()`.execute(
      db,
    );
    const api = await client();
    const csv = salesCsvOf(generateSales(12_000, { prefix: 'RESUME', modelCodes: models }));
    const batch = await api.salesImports.start.mutate({ idempotencyKey: newKey(), fileName: 'resume.csv', csv });
    const { final: failed } = await followImport(api, batch.id);
    expect(failed).toMatchObject({ status: 'failed', processedRows: 5000, insertedRows: 5000 });
    expect(failed.errors[0]).toMatchObject({ row: 0, field: '(import)' });
    expect(await countUnits('RESUME-')).toBe(5000);

    await sql`drop trigger sold_units_outage on sold_units`.execute(db);
    const resumed = await api.salesImports.start.mutate({ idempotencyKey: newKey(), fileName: 'resume.csv', csv });
    expect(resumed).toMatchObject({ id: batch.id, status: 'validating', processedRows: 5000 });
    const { final } = await followImport(api, batch.id);
    expect(final).toMatchObject({
      status: 'completed',
      processedRows: 12_000,
      insertedRows: 12_000,
      skippedRows: 0,
      errors: [],
    });
    expect(await countUnits('RESUME-')).toBe(12_000);
  });

  it('resumes an import left unfinished by a process that died, once it has stalled', async () => {
    const api = await client();
    const csv = salesCsvOf(generateSales(50, { prefix: 'STALLED', modelCodes: models }));
    const fileSha256 = createHash('sha256').update(csv).digest('hex');
    const orphan = await db
      .insertInto('salesImports')
      .values({
        fileSha256,
        fileName: 'stalled.csv',
        status: 'importing',
        totalRows: 50,
        processedRows: 0,
        insertedRows: 0,
        skippedRows: 0,
        errors: '[]',
        startedBy: 'user-admin',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const fresh = await api.salesImports.start.mutate({ idempotencyKey: newKey(), fileName: 'stalled.csv', csv });
    expect(fresh).toMatchObject({ id: orphan.id, status: 'importing' }); // recent progress: another process may own it

    await sql`update sales_imports set updated_at = now() - interval '1 hour' where id = ${orphan.id}`.execute(db);
    const resumed = await api.salesImports.start.mutate({ idempotencyKey: newKey(), fileName: 'stalled.csv', csv });
    expect(resumed).toMatchObject({ id: orphan.id, status: 'validating' });
    const { final } = await followImport(api, orphan.id);
    expect(final).toMatchObject({ status: 'completed', insertedRows: 50 });
    expect(await countUnits('STALLED-')).toBe(50);
  });

  it('two concurrent starts of one new file make one batch and insert once', async () => {
    const api = await client();
    const csv = salesCsvOf(generateSales(300, { prefix: 'TWIN', modelCodes: models }));
    const [a, b] = await Promise.all(
      [0, 1].map(() => api.salesImports.start.mutate({ idempotencyKey: newKey(), fileName: 'twin.csv', csv })),
    );
    expect(a!.id).toBe(b!.id);
    await followImport(api, a!.id);
    await jobs.whenIdle();
    expect(await countUnits('TWIN-')).toBe(300);
  });

  it('a replayed request gets the first answer', async () => {
    const api = await client();
    const input = {
      idempotencyKey: newKey(),
      fileName: 'replay.csv',
      csv: salesCsvOf(generateSales(10, { prefix: 'REPLAY', modelCodes: models })),
    };
    const first = await api.salesImports.start.mutate(input);
    const replay = await api.salesImports.start.mutate(input);
    expect(replay).toEqual(first);
    await jobs.whenIdle();
  });

  it('lists recent batches newest first, without their faults', async () => {
    const api = await client('admin');
    const recent = await api.salesImports.list.query({ limit: 3 });
    expect(recent).toHaveLength(3);
    expect(recent[0]!.id).toBeGreaterThan(recent[1]!.id);
    expect(recent[0]).not.toHaveProperty('errors');
    const older = await api.salesImports.list.query({ limit: 100, beforeId: recent[2]!.id });
    expect(older.every((b) => b.id < recent[2]!.id)).toBe(true);
    expect((await api.salesImports.list.query()).length).toBeGreaterThan(3);
  });

  it('refuses other roles, missing keys and unknown batches', async () => {
    const finance = await client('finance');
    await expect(finance.salesImports.list.query()).rejects.toMatchObject({ data: { code: 'FORBIDDEN' } });
    const res = await fetch(`${running.url}/trpc/salesImports.start`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await testTokens.provider()}` },
      body: JSON.stringify({ idempotencyKey: newKey(), fileName: 'x.csv', csv: 'serial' }),
    });
    expect(res.status).toBe(403);
    const api = await client();
    await expect(api.salesImports.start.mutate({ fileName: 'x.csv', csv: 'serial' } as never)).rejects.toMatchObject({
      data: { code: 'BAD_REQUEST' },
    });
    await expect(api.salesImports.status.query({ id: 987_654 })).rejects.toMatchObject({ data: { code: 'NOT_FOUND' } });
  });
});
