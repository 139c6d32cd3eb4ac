import { createLogger } from '@sanbao/logger';
import { serveService, type RunningService } from '@sanbao/service-kit';
import { createTemporalClient } from '@sanbao/temporal';
import {
  createTestDatabase,
  findTemporalCli,
  temporalInstallHint,
  testTokens,
  type TestDatabase,
} from '@sanbao/testing';
import { createTokenVerifier, systemTokenSource } from '@sanbao/trpc/auth';
import { createWarrantyApp, warrantyMigrations } from '@sanbao/warranty/testing';
import { workflowIds } from '@sanbao/workflows/contracts';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { createWorkerApp, workflowsPath } from './app.ts';
import { createServiceClients } from './service-clients.ts';

const log = createLogger({ name: 'worker-test', level: 'warn' });
let testDb: TestDatabase;
let warranty: RunningService;

beforeAll(async () => {
  testDb = await createTestDatabase(inject('postgresAdminUrl'), { warranty: warrantyMigrations });
  const service = createWarrantyApp({
    database: testDb.open('warranty'),
    log,
    verifyToken: createTokenVerifier(testTokens.settings),
  });
  warranty = await serveService(service, { host: '127.0.0.1', port: 0, log, shutdownTimeoutMs: 5000 });
});

afterAll(async () => {
  await warranty?.shutdown('test finished');
  await testDb?.drop();
});

it('runs the ping workflow on a real Temporal server: workflow → activity → warranty /trpc → Postgres', async () => {
  const address = inject('temporalAddress');
  const taskQueue = `test-${randomUUID()}`;
  const token = systemTokenSource({ ...testTokens.settings, ttlSeconds: 300 }, 'worker-test');
  const { worker, connection } = await createWorkerApp({
    log,
    address,
    namespace: 'default',
    taskQueue,
    clients: createServiceClients({
      warrantyUrl: warranty.url,
      partsUrl: 'http://127.0.0.1:1',
      approvalsUrl: 'http://127.0.0.1:1',
      settlementUrl: 'http://127.0.0.1:1',
      token,
    }),
  });
  const { client, connection: clientConnection } = await createTemporalClient({ address, namespace: 'default' });
  try {
    const workflowId = workflowIds.ping(randomUUID());
    const result = await worker.runUntil(client.workflow.execute('ping', { taskQueue, workflowId, args: ['sanbao'] }));
    expect(result.greeting).toBe('pong, sanbao');
    expect(result.workflowId).toBe(workflowId);
    expect(Math.abs(Date.parse(result.warrantyDatabaseTime) - Date.now())).toBeLessThan(60_000);

    // The history the server recorded replays deterministically against today's workflow code.
    const history = await client.workflow.getHandle(workflowId).fetchHistory();
    await Worker.runReplayHistory({ workflowsPath }, history, workflowId);
    // SAVE_HISTORIES=1 refreshes the committed fixture the unit replay test reads, in the JSON form
    // the Temporal CLI prints (the SDK's own converter is not part of its public API).
    if (process.env.SAVE_HISTORIES === '1') {
      const cli = findTemporalCli(process.env);
      if (!cli) throw new Error(`SAVE_HISTORIES needs the temporal CLI. ${temporalInstallHint}`);
      const json = execFileSync(
        cli,
        ['workflow', 'show', '--workflow-id', workflowId, '--address', address, '--output', 'json'],
        { encoding: 'utf8' },
      );
      await writeFile(
        new URL('../../../workflows/histories/ping.json', import.meta.url),
        `${JSON.stringify(JSON.parse(json), null, 2)}\n`,
      );
    }
  } finally {
    await clientConnection.close();
    await connection.close();
  }
});
