// bench/sales-import: sales rows per second through `salesImports.start` over HTTP (CSV parsing,
// validation, chunked inserts with progress, the service in its own process), against the same rows
// inserted with raw multi-row INSERTs on a `pg` pool in the same run. The ratio is the figure to watch:
// how much of the database's own insert rate the import keeps.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { createLogger } from '@sanbao/logger';
import { createTestDatabase, runToEnd, startServiceProcess, testTokens, type TestDatabase } from '@sanbao/testing';
import { startTestPostgres } from '@sanbao/testing/postgres';
import { startTestTemporal } from '@sanbao/testing/temporal';
import { warrantyEntries } from '@sanbao/warranty/testing';
import pg from 'pg';
import { insertRaw } from './baseline.ts';
import { benchModels, generateSales, salesCsv } from './sales.ts';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '100000' },
    // The chunk the import service commits at a time (salesImportChunkSize).
    chunk: { type: 'string', default: '5000' },
    pool: { type: 'string', default: '10' },
  },
});
const [rows, chunkSize, poolMax] = [values.rows, values.chunk, values.pool].map(Number) as [number, number, number];
const log = createLogger({ name: 'bench', level: 'info' });

interface ImportView {
  id: number;
  status: 'validating' | 'importing' | 'completed' | 'rejected' | 'failed';
  insertedRows: number;
  processedRows: number;
  errors: unknown[];
}

const poolFor = (database: TestDatabase) =>
  new pg.Pool({ connectionString: database.url, max: poolMax, options: '-c search_path=warranty,public' });

async function seedModels(pool: pg.Pool): Promise<void> {
  for (const m of benchModels) {
    await pool.query(
      'insert into product_models (model_code, category_code, name_zh, name_en, main_parts) values ($1, $2, $3, $4, $5)',
      [m.modelCode, m.categoryCode, m.nameZh, m.nameEn, []],
    );
  }
}

async function countUnits(pool: pg.Pool): Promise<number> {
  const {
    rows: [row],
  } = await pool.query<{ count: string }>('select count(*) from sold_units');
  return Number(row?.count);
}

async function trpc<T>(
  url: string,
  token: string,
  path: string,
  init: { input: unknown; mutation?: boolean },
): Promise<T> {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const res = init.mutation
    ? await fetch(`${url}/trpc/${path}`, { method: 'POST', headers, body: JSON.stringify(init.input) })
    : await fetch(`${url}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(init.input))}`, { headers });
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { result: { data: T } }).result.data;
}

const scratch = await mkdtemp(join(tmpdir(), 'sanbao-bench-'));
const [server, temporal] = await Promise.all([
  startTestPostgres(process.env, () => {}),
  startTestTemporal(process.env, join(scratch, 'temporal.sqlite')),
]);
// Empty databases, each migrated by the service's own migrate.ts, as the dev stack and production do.
const baselineDb = await createTestDatabase(server.adminUrl, {});
const serviceDb = await createTestDatabase(server.adminUrl, {});
await runToEnd(warrantyEntries.migrate, ['up'], { DATABASE_URL: baselineDb.url });
await runToEnd(warrantyEntries.migrate, ['up'], { DATABASE_URL: serviceDb.url });
const baselinePool = poolFor(baselineDb);
const servicePool = poolFor(serviceDb);
try {
  await seedModels(baselinePool);
  await seedModels(servicePool);
  const sales = generateSales(rows, 'BENCH');
  const csv = salesCsv(sales);
  log.info({ rows, csvMegabytes: +(csv.length / 1e6).toFixed(1), postgres: server.source }, 'importing');

  const rawStarted = performance.now();
  const rawInserted = await insertRaw(baselinePool, sales, chunkSize);
  const rawSeconds = (performance.now() - rawStarted) / 1000;
  if (rawInserted !== rows || (await countUnits(baselinePool)) !== rows)
    throw new Error(`baseline inserted ${rawInserted} of ${rows} rows`);

  // The service as production runs it: its main.ts in its own process, configured by its environment.
  const service = await startServiceProcess(warrantyEntries.main, {
    DATABASE_URL: serviceDb.url,
    DATABASE_POOL_MAX: String(poolMax),
    TEMPORAL_ADDRESS: temporal.address,
    JWT_SECRET: testTokens.settings.secret,
    JWT_ISSUER: testTokens.settings.issuer,
    JWT_AUDIENCE: testTokens.settings.audience,
  });
  try {
    const url = service.url;
    const token = await testTokens.role('manager');
    const started = performance.now();
    const batch = await trpc<ImportView>(url, token, 'salesImports.start', {
      input: { idempotencyKey: `bench-sales-import-${rows}`, fileName: 'bench.csv', csv },
      mutation: true,
    });
    let view = batch;
    while (view.status === 'validating' || view.status === 'importing') {
      await sleep(10);
      view = await trpc<ImportView>(url, token, 'salesImports.status', { input: { id: batch.id } });
    }
    const importSeconds = (performance.now() - started) / 1000;
    if (view.status !== 'completed' || view.insertedRows !== rows || (await countUnits(servicePool)) !== rows) {
      throw new Error(
        `import ended ${view.status} with ${view.insertedRows} of ${rows} rows: ${JSON.stringify(view.errors.slice(0, 3))}`,
      );
    }

    const rawRate = rows / rawSeconds;
    const importRate = rows / importSeconds;
    const lines = [
      `bench/sales-import  rows=${rows} chunk=${chunkSize} pool=${poolMax} csv=${(csv.length / 1e6).toFixed(1)}MB postgres=${server.source}`,
      `  baseline  raw pg multi-row INSERT          ${rawRate.toFixed(0).padStart(8)} rows/s  (${rawSeconds.toFixed(2)} s)`,
      `  measured  salesImports.start over HTTP     ${importRate.toFixed(0).padStart(8)} rows/s  (${importSeconds.toFixed(2)} s, start to completed)`,
      `  ratio     import / raw insert              ${(importRate / rawRate).toFixed(3)}`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await service.kill('SIGTERM');
  }
} finally {
  await baselinePool.end();
  await servicePool.end();
  await baselineDb.drop();
  await serviceDb.drop();
  await Promise.allSettled([server.stop(), temporal.stop()]);
  await rm(scratch, { recursive: true, force: true });
}
