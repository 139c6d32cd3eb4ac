// bench/eligibility: eligibility checks per second over HTTP (tRPC → Postgres → engine), against the
// same database lookup done with raw `pg` in the same run. The ratio is the figure to watch: how much
// of the database's own rate survives HTTP, auth, validation, the rules engine and JSON.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createLogger } from '@sanbao/logger';
import { createTestDatabase, runToEnd, startServiceProcess, testTokens } from '@sanbao/testing';
import { startTestPostgres } from '@sanbao/testing/postgres';
import { startTestTemporal } from '@sanbao/testing/temporal';
import { unitFactsQuery, warrantyEntries, warrantySchemaName, type WarrantyDatabase } from '@sanbao/warranty/testing';
import pg from 'pg';
import { measureRate } from './load.ts';
import { seedRegistry } from './seed.ts';

const { values } = parseArgs({
  options: {
    units: { type: 'string', default: '20000' },
    seconds: { type: 'string', default: '8' },
    concurrency: { type: 'string', default: '32' },
    pool: { type: 'string', default: '10' },
  },
});
const [units, seconds, concurrency, poolMax] = [values.units, values.seconds, values.concurrency, values.pool].map(
  Number,
) as [number, number, number, number];
const log = createLogger({ name: 'bench', level: 'info' });

const scratch = await mkdtemp(join(tmpdir(), 'sanbao-bench-'));
const [server, temporal] = await Promise.all([
  startTestPostgres(process.env, () => {}),
  startTestTemporal(process.env, join(scratch, 'temporal.sqlite')),
]);
// An empty database, migrated (and its reference data seeded) by the service's own migrate.ts.
const testDb = await createTestDatabase(server.adminUrl, {});
await runToEnd(warrantyEntries.migrate, ['up'], { DATABASE_URL: testDb.url });
const database = testDb.open<WarrantyDatabase>(warrantySchemaName);
try {
  log.info({ units, postgres: server.source }, 'seeding the registry');
  const serials = await seedRegistry(database.db, units);
  const serialAt = (i: number) => serials[(i * 7919) % serials.length]!;
  const claim = { type: 'quality', raisedAt: '2025-09-01T10:00:00+08:00', performanceFault: true };

  // Baseline: the exact SQL the service runs (compiled from its own query), on a raw pg pool.
  const compiled = unitFactsQuery(database.db, 'X').compile();
  const pool = new pg.Pool({
    connectionString: testDb.url,
    max: poolMax,
    options: `-c search_path=${warrantySchemaName},public`,
  });
  const raw = await measureRate(
    async (i) => {
      const { rows } = await pool.query(
        compiled.sql,
        compiled.parameters.map((p) => (p === 'X' ? serialAt(i) : p)),
      );
      if (rows.length !== 1) throw new Error('lookup found nothing');
    },
    concurrency,
    seconds,
  );
  await pool.end();

  // The service as production runs it: its main.ts in its own process, configured by its environment.
  const service = await startServiceProcess(warrantyEntries.main, {
    DATABASE_URL: testDb.url,
    DATABASE_POOL_MAX: String(poolMax),
    TEMPORAL_ADDRESS: temporal.address,
    JWT_SECRET: testTokens.settings.secret,
    JWT_ISSUER: testTokens.settings.issuer,
    JWT_AUDIENCE: testTokens.settings.audience,
  });
  const url = service.url;
  const token = await testTokens.provider('SP-001');
  const http = await measureRate(
    async (i) => {
      const input = encodeURIComponent(JSON.stringify({ serial: serialAt(i), claim }));
      const res = await fetch(`${url}/trpc/eligibility.check?input=${input}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      if (!res.ok) throw new Error(`HTTP ${res.status}: ${await res.text()}`);
      await res.arrayBuffer();
    },
    concurrency,
    seconds,
  );
  await service.kill('SIGTERM');

  const lines = [
    `bench/eligibility  units=${units} concurrency=${concurrency} pool=${poolMax} seconds=${seconds} postgres=${server.source}`,
    `  baseline  raw pg lookup (same SQL)         ${raw.perSecond.toFixed(0).padStart(7)} /s  (${raw.count} lookups)`,
    `  measured  eligibility.check over HTTP      ${http.perSecond.toFixed(0).padStart(7)} /s  (${http.count} checks)`,
    `  ratio     HTTP checks / raw lookups        ${(http.perSecond / raw.perSecond).toFixed(3)}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
} finally {
  await testDb.drop();
  await Promise.allSettled([server.stop(), temporal.stop()]);
  await rm(scratch, { recursive: true, force: true });
}
