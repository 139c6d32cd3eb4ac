// bench/settlement: closes a month over many settlement lines and reconciles many bank payments through
// the service as production runs it, each timed against a raw SQL statement doing the same aggregation
// or join over the same rows in the same run; then posts settlement lines through the API for a fixed
// time and prints postings per second and the 99th-percentile latency.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from '@sanbao/db';
import { createLogger } from '@sanbao/logger';
import { settlementEntries, settlementSchemaName, type SettlementDatabase } from '@sanbao/settlement/testing';
import { createTestDatabase, runToEnd, startServiceProcess, testTokens } from '@sanbao/testing';
import { startTestPostgres } from '@sanbao/testing/postgres';
import { startTestTemporal } from '@sanbao/testing/temporal';
import { providerIdOf, seedLines } from './seed.ts';

const { values } = parseArgs({
  options: {
    lines: { type: 'string', default: '1000000' },
    providers: { type: 'string', default: '2000' },
    payments: { type: 'string', default: '1000000' },
    'file-rows': { type: 'string', default: '100000' },
    seconds: { type: 'string', default: '8' },
    concurrency: { type: 'string', default: '16' },
    pool: { type: 'string', default: '10' },
  },
});
const [lines, providers, payments, fileRows, seconds, concurrency, poolMax] = [
  values.lines,
  values.providers,
  values.payments,
  values['file-rows'],
  values.seconds,
  values.concurrency,
  values.pool,
].map(Number) as [number, number, number, number, number, number, number];
const log = createLogger({ name: 'bench', level: 'info' });

const timed = async <T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> => {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
};

async function trpc<T>(
  url: string,
  path: string,
  token: string,
  input: unknown,
  method: 'GET' | 'POST' = 'POST',
): Promise<T> {
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const res =
    method === 'GET'
      ? await fetch(`${url}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`, { headers })
      : await fetch(`${url}/trpc/${path}`, { method: 'POST', headers, body: JSON.stringify(input) });
  const body = (await res.json()) as { result?: { data: T }; error?: unknown };
  if (!res.ok || !body.result) throw new Error(`${path}: HTTP ${res.status} ${JSON.stringify(body.error)}`);
  return body.result.data;
}

// The service starts its quota overruns' workflows through Temporal, so it needs a server to start at all.
const scratch = await mkdtemp(join(tmpdir(), 'sanbao-bench-'));
const [server, temporal] = await Promise.all([
  startTestPostgres(process.env, () => {}),
  startTestTemporal(process.env, join(scratch, 'temporal.sqlite')),
]);
const testDb = await createTestDatabase(server.adminUrl, {});
await runToEnd(settlementEntries.migrate, ['up'], { DATABASE_URL: testDb.url });
const database = testDb.open<SettlementDatabase>(settlementSchemaName);
const db = database.db;
const service = await startServiceProcess(settlementEntries.main, {
  DATABASE_URL: testDb.url,
  DATABASE_POOL_MAX: String(poolMax),
  JWT_SECRET: testTokens.settings.secret,
  JWT_ISSUER: testTokens.settings.issuer,
  JWT_AUDIENCE: testTokens.settings.audience,
  TEMPORAL_ADDRESS: temporal.address,
  // No VAT: a statement's net is its lines, so the bank file pays each one to the fen.
  SETTLEMENT_VAT_RATE_BP: '0',
});
try {
  const finance = await testTokens.role('finance');
  log.info({ lines, providers }, 'seeding settlement lines');
  const lineFen = await seedLines(db, lines, providers);

  // Closing the month: the same aggregation in raw SQL, then periods.close over HTTP.
  const rawClose = await timed(() =>
    sql`select provider_id, count(*), sum(amount_fen) from settlement_lines where business_date <= '2026-11-30' group by provider_id`.execute(
      db,
    ),
  );
  const close = await timed(() =>
    trpc<{ opened: number }>(service.url, 'periods.close', finance, {
      idempotencyKey: 'bench-close',
      period: '2026-11',
    }),
  );
  if (close.value.opened !== providers || rawClose.value.rows.length !== providers)
    throw new Error(`closing opened ${close.value.opened} statements for ${providers} providers`);
  const again = await timed(() =>
    trpc<{ opened: number }>(service.url, 'periods.close', finance, {
      idempotencyKey: 'bench-close-again',
      period: '2026-11',
    }),
  );

  // Finance's approval is not what is measured: the statements are approved directly.
  await sql`update statements set state = 'approved', approved_on = '2026-12-01' where period = '2026-11'`.execute(db);
  const numbers = (
    await sql<{ number: string }>`select number from statements where period = '2026-11' order by provider_id`.execute(
      db,
    )
  ).rows.map((r) => r.number);
  for (let k = 0; k < providers; k++) {
    await trpc(service.url, 'payments.registerPayee', finance, {
      idempotencyKey: `bench-payee-${k}`,
      providerId: providerIdOf(k),
      accounts: [`6222${String(k).padStart(8, '0')}`],
      names: [`服务商 ${k}`],
    });
  }
  // Payment g pays one line's worth of statement g mod providers, naming it: every statement is paid in full by the last.
  const csvOf = (from: number, to: number) => {
    const rows = ['bank_reference,value_date,payee_account,amount_yuan,remittance'];
    for (let g = from; g < to; g++)
      rows.push(
        `BR-${g},2026-12-05,6222${String(g % providers).padStart(8, '0')},${(lineFen / 100).toFixed(2)},${numbers[g % providers]}`,
      );
    return `${rows.join('\n')}\n`;
  };
  await sql`
    create table bench_payments as
    select g as row, 'BR-' || g as bank_reference, s.number as remittance, ${lineFen}::bigint as amount_fen
    from generate_series(0, ${payments - 1}) g
    join (select number, row_number() over (order by provider_id) - 1 as k from statements where period = '2026-11') s on s.k = g % ${providers}`.execute(
    db,
  );
  await sql`analyze bench_payments`.execute(db);
  const rawJoin = await timed(() =>
    sql`select s.id, count(*), sum(p.amount_fen) from bench_payments p join statements s on s.number = substring(p.remittance from 'ST-[0-9]{6}-[0-9]+') group by s.id`.execute(
      db,
    ),
  );

  log.info({ payments, fileRows }, 'importing payment files');
  const reconcile = await timed(async () => {
    let matched = 0;
    for (let from = 0; from < payments; from += fileRows) {
      const content = Buffer.from(csvOf(from, Math.min(payments, from + fileRows))).toString('base64');
      const { importId } = await trpc<{ importId: number }>(service.url, 'payments.import', finance, {
        idempotencyKey: `bench-file-${from}`,
        fileName: `bank-${from}.csv`,
        format: 'csv',
        contentBase64: content,
      });
      for (;;) {
        const status = await trpc<{ status: string; summary: Record<string, number> | null; errors: unknown[] }>(
          service.url,
          'payments.importStatus',
          finance,
          { importId },
          'GET',
        );
        if (status.status === 'failed')
          throw new Error(`payment file ${importId} failed: ${JSON.stringify(status.errors)}`);
        if (status.status === 'done') {
          matched += (status.summary!.matched ?? 0) + (status.summary!.underpaid ?? 0);
          break;
        }
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    return matched;
  });
  const reconciled = Number(
    (await sql<{ n: string }>`select count(*)::text as n from statements where state = 'reconciled'`.execute(db))
      .rows[0]!.n,
  );

  // Postings through the API for a fixed time.
  const system = await testTokens.role('system');
  const latencies: number[] = [];
  let posted = 0;
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, w) => {
      for (let i = w; performance.now() < until; i += concurrency) {
        const t0 = performance.now();
        await trpc(service.url, 'lines.postForClaim', system, {
          idempotencyKey: `bench-post-${i}`,
          claimId: `POST-${i}`,
          providerId: providerIdOf(i % providers),
          completedOn: '2026-12-05',
          serviceType: 'C',
          operationCode: 'R-PCB-REPLACE',
          category: 'TV',
          grade: 'A',
          region: 'east',
          oneWayMeters: (i * 7919) % 120_000,
          partsCostFen: (i * 104_729) % 300_000,
        });
        latencies.push(performance.now() - t0);
        posted++;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const p = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;

  const ms = (v: number) => `${v.toFixed(0).padStart(8)} ms`;
  const out = [
    `bench/settlement  lines=${lines} providers=${providers} payments=${payments} file-rows=${fileRows} pool=${poolMax} postgres=${server.source}`,
    `  close     raw SQL aggregation per provider      ${ms(rawClose.ms)}`,
    `            periods.close over HTTP                ${ms(close.ms)}  (${close.value.opened} statements, ${lines} items)`,
    `            ratio close / raw                      ${(close.ms / rawClose.ms).toFixed(1)}`,
    `            closing again                          ${ms(again.ms)}  (${again.value.opened} statements added)`,
    `  reconcile raw SQL join payments → statements     ${ms(rawJoin.ms)}  (${rawJoin.value.rows.length} statements)`,
    `            payments.import + matching over HTTP   ${ms(reconcile.ms)}  (${reconcile.value} payments allocated, ${reconciled} statements reconciled)`,
    `            ratio import / raw                     ${(reconcile.ms / rawJoin.ms).toFixed(1)}`,
    `  postings  lines.postForClaim over HTTP           ${(posted / elapsed).toFixed(0).padStart(8)} /s  (${posted} in ${elapsed.toFixed(1)} s, concurrency ${concurrency})`,
    `            latency p50 / p99                      ${p(0.5).toFixed(1)} / ${p(0.99).toFixed(1)} ms`,
  ];
  process.stdout.write(`${out.join('\n')}\n`);
} finally {
  await service.kill('SIGTERM');
  await database.close();
  await testDb.drop();
  await Promise.allSettled([server.stop(), temporal.stop()]);
  await rm(scratch, { recursive: true, force: true });
}
