import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, testTokens } from '@sanbao/testing';
import { startEmbeddedPostgres, type PostgresServer } from '@sanbao/testing/postgres';
import { afterAll, expect, it } from 'vitest';
import { startWarranty, type WarrantyHarness } from '../../test/warranty-harness.ts';

// A Postgres of this test's own, stopped and started again under load: the other test files keep theirs.
let dataDir: string;
let postgres: PostgresServer | undefined;
let warranty: WarrantyHarness | undefined;

afterAll(async () => {
  await warranty?.stop().catch(() => {});
  await postgres?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Outcome {
  key: string;
  status: number;
  retryAfter: string | null;
  phase: 'before' | 'outage' | 'after';
}

it(
  'with Postgres stopped for ten seconds under a write load: 503 with a retry hint, never 500; no acknowledged write lost; recovery on its own',
  { timeout: 180_000 },
  async () => {
    dataDir = join(await mkdtemp(join(tmpdir(), 'sanbao-outage-')), 'data');
    const port = await freePort();
    const start = () => startEmbeddedPostgres({ dataDir, port, persistent: true });
    postgres = await start();
    // Every refused write logs a warning; only errors matter here.
    warranty = await startWarranty(postgres.adminUrl, { logLevel: 'error' });
    const { url } = warranty;
    const token = await testTokens.role('system');

    let phase: Outcome['phase'] = 'before';
    let running = true;
    const outcomes: Outcome[] = [];
    const readiness: { phase: Outcome['phase']; status: number }[] = [];

    const writer = async (worker: number) => {
      for (let i = 0; running; i++) {
        const key = `outage-${worker}-${i}`;
        const at = phase;
        try {
          const res = await fetch(`${url}/trpc/system.recordPing`, {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body: JSON.stringify({ idempotencyKey: key, note: key, sequence: i }),
            signal: AbortSignal.timeout(15_000),
          });
          await res.arrayBuffer();
          outcomes.push({ key, status: res.status, retryAfter: res.headers.get('retry-after'), phase: at });
        } catch {
          outcomes.push({ key, status: 0, retryAfter: null, phase: at });
        }
        await sleep(25);
      }
    };
    const prober = async () => {
      while (running) {
        const res = await fetch(`${url}/readyz`).catch(() => null);
        if (res) readiness.push({ phase, status: res.status });
        await res?.arrayBuffer();
        await sleep(250);
      }
    };

    const load = [...Array.from({ length: 6 }, (_, w) => writer(w)), prober()];
    await sleep(2_000);

    phase = 'outage';
    await postgres.stop();
    await sleep(10_000);
    postgres = await start();
    phase = 'after';

    // Recovery by itself: the same service process, no restart, answers writes again.
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline && outcomes.filter((o) => o.phase === 'after' && o.status === 200).length < 20)
      await sleep(200);
    await sleep(1_000);
    running = false;
    await Promise.all(load);

    const count = (p: Outcome['phase'], status: number) =>
      outcomes.filter((o) => o.phase === p && o.status === status).length;
    const summary = Object.fromEntries(
      ['before', 'outage', 'after'].map((p) => [
        p,
        Object.entries(
          Object.groupBy(
            outcomes.filter((o) => o.phase === p),
            (o) => String(o.status),
          ),
        )
          .map(([s, list]) => `${s}×${list!.length}`)
          .join(' '),
      ]),
    );

    // Clients saw 503 with a retry hint while the database was down, and never a 500 (nor a dropped connection).
    expect(
      outcomes.filter((o) => o.status !== 200 && o.status !== 503),
      JSON.stringify(summary),
    ).toEqual([]);
    expect(count('outage', 503), JSON.stringify(summary)).toBeGreaterThan(0);
    expect(outcomes.filter((o) => o.status === 503).every((o) => o.retryAfter === '5')).toBe(true);
    expect(count('before', 200)).toBeGreaterThan(0);
    expect(count('after', 200), JSON.stringify(summary)).toBeGreaterThanOrEqual(20);
    // Once it has recovered it stays recovered: the last writes all succeed.
    const lastAfter = outcomes.filter((o) => o.phase === 'after').slice(-12);
    expect(lastAfter.map((o) => o.status)).toEqual(lastAfter.map(() => 200));

    // Readiness followed the database: not ready during the outage, ready again afterwards.
    expect(readiness.some((r) => r.phase === 'outage' && r.status === 503)).toBe(true);
    expect(readiness.filter((r) => r.phase === 'after').at(-1)?.status).toBe(200);

    // Every acknowledged write is in the database.
    const acknowledged = outcomes.filter((o) => o.status === 200).map((o) => o.key);
    expect(acknowledged.length).toBeGreaterThan(0);
    const stored = await warranty.db
      .selectFrom('servicePings')
      .select('note')
      .where('note', 'in', acknowledged)
      .execute();
    expect(new Set(stored.map((r) => r.note)).size).toBe(new Set(acknowledged).size);
  },
);
