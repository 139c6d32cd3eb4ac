import type { Database } from '@sanbao/db';
import { createLogger } from '@sanbao/logger';
import { serveService, type RunningService } from '@sanbao/service-kit';
import { createTestDatabase, testTokens, type TestDatabase } from '@sanbao/testing';
import { createServiceClient } from '@sanbao/trpc/client';
import { createTokenVerifier } from '@sanbao/trpc/auth';
import { TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createWarrantyApp } from '../app.ts';
import { warrantyMigrations } from '../migrations/index.ts';
import type { WarrantyRouter } from '../router.ts';
import { warrantySchemaName, type WarrantyDatabase } from '../schema.ts';

let testDb: TestDatabase;
let running: RunningService;
let database: Database<WarrantyDatabase>;

beforeAll(async () => {
  testDb = await createTestDatabase(inject('postgresAdminUrl'), { [warrantySchemaName]: warrantyMigrations });
  database = testDb.open<WarrantyDatabase>(warrantySchemaName);
  const service = createWarrantyApp({
    database,
    log: createLogger({ name: 'warranty-test', level: 'warn' }),
    verifyToken: createTokenVerifier(testTokens.settings),
  });
  running = await serveService(service, {
    host: '127.0.0.1',
    port: 0,
    log: createLogger({ name: 'warranty-test', level: 'warn' }),
    shutdownTimeoutMs: 5000,
  });
});

afterAll(async () => {
  await running?.shutdown('test finished');
  await testDb?.drop();
});

const client = async (token: string) => createServiceClient<WarrantyRouter>({ url: running.url, token });
const post = (path: string, body: unknown, token?: string) =>
  fetch(`${running.url}/trpc/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });

describe('warranty service over HTTP on a real database', () => {
  it('answers /healthz and /readyz (Postgres checked)', async () => {
    expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${running.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', checks: { postgres: 'ok' } });
  });

  it('system.ping reads the database through /trpc', async () => {
    const api = await client(await testTokens.provider());
    const pong = await api.system.ping.query();
    expect(pong.schema).toBe('warranty');
    expect(Date.parse(pong.databaseTime)).toBeGreaterThan(Date.parse('2020-01-01'));
    expect(pong.caller).toBe('provider');
  });

  it('no token → 401', async () => {
    const res = await fetch(`${running.url}/trpc/system.ping`);
    expect(res.status).toBe(401);
  });

  it('a forged token → 401 with the reason', async () => {
    const forged = await testTokens.sign({ sub: 'x', role: 'admin' }).then((t) => `${t.slice(0, -4)}AAAA`);
    const res = await fetch(`${running.url}/trpc/system.ping`, { headers: { authorization: `Bearer ${forged}` } });
    expect(res.status).toBe(401);
    expect(JSON.stringify(await res.json())).toContain('invalid token');
  });

  it('wrong role → 403', async () => {
    const res = await post(
      'system.recordPing',
      { idempotencyKey: 'key-role-0001', note: 'hi', sequence: 1 },
      await testTokens.provider(),
    );
    expect(res.status).toBe(403);
  });

  it('wrong-typed input → 400 BAD_REQUEST naming the field', async () => {
    const res = await post(
      'system.recordPing',
      { idempotencyKey: 'key-type-0001', note: 'hi', sequence: 'three' },
      await testTokens.role('admin'),
    );
    expect(res.status).toBe(400);
    const body = (await res.json()) as {
      error: { message: string; data: { code: string; fieldErrors: { path: string }[] } };
    };
    expect(body.error.data.code).toBe('BAD_REQUEST');
    expect(body.error.message).toContain('sequence');
    expect(body.error.data.fieldErrors.map((f) => f.path)).toEqual(['sequence']);
    const api = await client(await testTokens.role('admin'));
    expect((await api.system.pingCount.query()).count).toBe(0);
  });

  it('a mutation without an idempotency key → 400 naming idempotencyKey', async () => {
    const res = await post('system.recordPing', { note: 'hi', sequence: 1 }, await testTokens.role('admin'));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain('idempotencyKey');
  });

  it('a replayed mutation returns the first response and writes once; another payload is a CONFLICT', async () => {
    const api = await client(await testTokens.role('admin'));
    const before = (await api.system.pingCount.query()).count;
    const first = await api.system.recordPing.mutate({ idempotencyKey: 'replay-key-0001', note: 'first', sequence: 7 });
    const replay = await api.system.recordPing.mutate({
      idempotencyKey: 'replay-key-0001',
      note: 'first',
      sequence: 7,
    });
    expect(replay).toEqual(first);
    expect((await api.system.pingCount.query()).count).toBe(before + 1);

    const clash = api.system.recordPing.mutate({ idempotencyKey: 'replay-key-0001', note: 'other', sequence: 7 });
    await expect(clash).rejects.toBeInstanceOf(TRPCClientError);
    await expect(clash).rejects.toMatchObject({ data: { code: 'CONFLICT' } });
    expect((await api.system.pingCount.query()).count).toBe(before + 1);
  });

  it('concurrent replays of one key write once, and every caller gets the same answer', async () => {
    const api = await client(await testTokens.role('system'));
    const before = (await api.system.pingCount.query()).count;
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        api.system.recordPing.mutate({ idempotencyKey: 'burst-key-0001', note: 'burst', sequence: 1 }),
      ),
    );
    for (const result of results) expect(result).toEqual(results[0]);
    expect((await api.system.pingCount.query()).count).toBe(before + 1);
  });

  it('input nested absurdly deep is BAD_REQUEST naming where, before any work', async () => {
    const note = `${'['.repeat(10_000)}"deep"${']'.repeat(10_000)}`; // JSON.stringify itself would overflow on it
    const res = await fetch(`${running.url}/trpc/system.recordPing`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await testTokens.role('admin')}` },
      body: `{"idempotencyKey":"deep-key-0001","note":${note},"sequence":1}`,
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { data: { code: string; fieldErrors: { path: string }[] } } };
    expect(body.error.data.code).toBe('BAD_REQUEST');
    expect(body.error.data.fieldErrors[0]!.path).toMatch(/^note\.0\.0/);
  });
});
