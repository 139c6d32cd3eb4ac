// bench/sales-import: sales rows per second through `salesImports.start` over HTTP (CSV parsing,
// validation, chunked inserts with progress, the service in its own process), against the same rows
// inserted with raw multi-row INSERTs on a `pg` pool in the same run. The ratio is the figure to watch:
// how much of the database's own insert rate the import keeps.
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createLogger } from '@sanbao/logger';
import { createTestDatabase, testTokens, type TestDatabase } from '@sanbao/testing';
import { startTestPostgres } from '@sanbao/testing/postgres';
import { warrantyMigrations } from '@sanbao/warranty/migrations';
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

const poolFor = (database: TestDatabase) => new pg.Pool({ connectionString: database.url, max: poolMax, options: '-c search_path=warranty,public' });

async function seedModels(pool: pg.Pool): Promise<void> {
  for (const m of benchModels) {
    await pool.query('insert into product_models (model_code, category_code, name_zh, name_en, main_parts) values ($1, $2, $3, $4, $5)', [
      m.modelCode,
      m.categoryCode,
      m.nameZh,
      m.nameEn,
      [],
    ]);
  }
}

async function countUnits(pool: pg.Pool): Promise<number> {
  const { rows: [row] } = await pool.query<{ count: string }>('select count(*) from sold_units');
  return Number(row?.count);
}

/** The warranty service in its own process, as production runs it; resolves with its URL. */
function startService(databaseUrl: string) {
  const child = spawn(process.execPath, [fileURLToPath(new URL('../eligibility/server.ts', import.meta.url)), databaseUrl, testTokens.settings.secret, String(poolMax)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /READY (\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
  return { child, url };
}

async function trpc<T>(url: string, token: string, path: string, init: { input: unknown; mutation?: boolean }): Promise<T> {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const res = init.mutation
    ? await fetch(`${url}/trpc/${path}`, { method: 'POST', headers, body: JSON.stringify(init.input) })
    : await fetch(`${url}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(init.input))}`, { headers });
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { result: { data: T } }).result.data;
}

const server = await startTestPostgres(process.env, () => {});
const baselineDb = await createTestDatabase(server.adminUrl, { warranty: warrantyMigrations });
const serviceDb = await createTestDatabase(server.adminUrl, { warranty: warrantyMigrations });
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
  if (rawInserted !== rows || (await countUnits(baselinePool)) !== rows) throw new Error(`baseline inserted ${rawInserted} of ${rows} rows`);

  const service = startService(serviceDb.url);
  try {
    const url = await service.url;
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
      throw new Error(`import ended ${view.status} with ${view.insertedRows} of ${rows} rows: ${JSON.stringify(view.errors.slice(0, 3))}`);
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
    service.child.kill('SIGTERM');
  }
} finally {
  await baselinePool.end();
  await servicePool.end();
  await baselineDb.drop();
  await serviceDb.drop();
  await server.stop();
}
