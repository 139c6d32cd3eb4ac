import { randomUUID } from 'node:crypto';
import type { Database, Kysely } from '@sanbao/db';
import { createLogger } from '@sanbao/logger';
import { createTestDatabase, type TestDatabase } from '@sanbao/testing';
import { Client, WorkflowNotFoundError, type Connection } from '@temporalio/client';
import { defaultPayloadConverter } from '@temporalio/common';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTemporalClient } from '../connection.ts';
import { startOutboxRelay, type OutboxRelay, type OutboxRelayOptions } from './outbox-relay.ts';
import {
  createWorkflowOutbox,
  dropWorkflowOutbox,
  enqueueSignal,
  enqueueWorkflowStart,
  type WorkflowOutboxDatabase,
} from './workflow-outbox.ts';

// No worker serves this queue: a started workflow stays running, so the test sees exactly what the relay did.
const taskQueue = `outbox-test-${randomUUID()}`;
const startOnce = { workflowIdConflictPolicy: 'USE_EXISTING', workflowIdReusePolicy: 'REJECT_DUPLICATE' } as const;
const outboxMigrations = { '0001_workflow_outbox': { up: createWorkflowOutbox, down: dropWorkflowOutbox } };
const log = createLogger({ name: 'outbox-test', level: 'silent' });
const workflowType = 'outboxTestWorkflow';
const newId = () => `outbox-test:${randomUUID()}`;

let testDb: TestDatabase;
let database: Database<WorkflowOutboxDatabase>;
let db: Kysely<WorkflowOutboxDatabase>;
let temporal: { client: Client; connection: Connection };
let relay: OutboxRelay;
const started: string[] = [];

/** A relay of schema `outbox_a` to the dev server on this file's queue, polling once a minute unless `changes` say otherwise. */
const relayFor = (changes: Partial<OutboxRelayOptions<WorkflowOutboxDatabase>> = {}) =>
  startOutboxRelay({
    database,
    client: temporal.client,
    taskQueue,
    startOptions: startOnce,
    log,
    pollMs: 60_000,
    ...changes,
  });

beforeAll(async () => {
  testDb = await createTestDatabase(inject('postgresAdminUrl'), {
    outbox_a: outboxMigrations,
    outbox_b: outboxMigrations,
  });
  database = testDb.open<WorkflowOutboxDatabase>('outbox_a');
  db = database.db;
  temporal = await createTemporalClient({ address: inject('temporalAddress'), namespace: 'default' });
  // A poll of a minute: anything delivered sooner was woken by the commit's notification.
  relay = relayFor();
});

afterAll(async () => {
  await relay?.stop();
  await Promise.all(
    started.map((id) =>
      temporal.client.workflow
        .getHandle(id)
        .terminate('test over')
        .catch(() => {}),
    ),
  );
  await temporal?.connection.close();
  await testDb?.drop();
});

const rowsOf = (workflowId: string, on = db) =>
  on.selectFrom('workflowOutbox').selectAll().where('workflowId', '=', workflowId).orderBy('id').execute();

async function settled(workflowId: string, on = db, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows = await rowsOf(workflowId, on);
    if (rows.length > 0 && rows.every((r) => r.state !== 'pending')) return rows;
    if (Date.now() > deadline) throw new Error(`outbox rows for ${workflowId} still pending: ${JSON.stringify(rows)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const inputOf = async (workflowId: string) => {
  const history = await temporal.client.workflow.getHandle(workflowId).fetchHistory();
  const payloads = history.events?.[0]?.workflowExecutionStartedEventAttributes?.input?.payloads ?? [];
  return payloads.map((p) => defaultPayloadConverter.fromPayload(p));
};

describe('the workflow outbox relay', () => {
  it('starts a workflow committed with its change, promptly after the commit, with the arguments written', async () => {
    const workflowId = newId();
    started.push(workflowId);
    const committedAt = Date.now();
    await db
      .transaction()
      .execute((trx) =>
        enqueueWorkflowStart(trx, { workflowType, workflowId, args: [{ requestId: 42, requestedBy: 'user-SP-001' }] }),
      );
    const [row] = await settled(workflowId);
    const latencyMs = Date.now() - committedAt;

    expect(row).toMatchObject({ kind: 'start', state: 'sent', attempts: 1 });
    expect(latencyMs).toBeLessThan(5_000); // the poll is a minute: the notification woke it
    const described = await temporal.client.workflow.getHandle(workflowId).describe();
    expect(described.type).toBe(workflowType);
    expect(described.taskQueue).toBe(taskQueue);
    expect(described.status.name).toBe('RUNNING');
    expect(await inputOf(workflowId)).toEqual([{ requestId: 42, requestedBy: 'user-SP-001' }]);
  });

  it('treats a second start of the same workflow as done: running, or already completed, it is not started again', async () => {
    const workflowId = newId();
    started.push(workflowId);
    const start = { workflowType, workflowId, args: [{ requestId: 7 }] };
    await db.transaction().execute((trx) => enqueueWorkflowStart(trx, start));
    await settled(workflowId);
    const first = await temporal.client.workflow.getHandle(workflowId).describe();

    await db.transaction().execute((trx) => enqueueWorkflowStart(trx, start));
    await settled(workflowId);
    expect((await temporal.client.workflow.getHandle(workflowId).describe()).runId).toBe(first.runId);

    await temporal.client.workflow.getHandle(workflowId).terminate('closed before the third start');
    await db.transaction().execute((trx) => enqueueWorkflowStart(trx, start));
    const rows = await settled(workflowId);
    expect(rows.map((r) => r.state)).toEqual(['sent', 'sent', 'sent']);
    const after = await temporal.client.workflow.getHandle(workflowId).describe();
    expect(after.runId).toBe(first.runId);
    expect(after.status.name).toBe('TERMINATED');
  });

  it('signals after the start written before it, with the signal’s arguments', async () => {
    const workflowId = newId();
    started.push(workflowId);
    await db.transaction().execute(async (trx) => {
      await enqueueWorkflowStart(trx, { workflowType, workflowId, args: [{}] });
      await enqueueSignal(trx, { workflowId, signal: 'received', args: [{ fullyReceived: true }] });
    });
    const rows = await settled(workflowId);
    expect(rows.map((r) => [r.kind, r.state])).toEqual([
      ['start', 'sent'],
      ['signal', 'sent'],
    ]);
    const history = await temporal.client.workflow.getHandle(workflowId).fetchHistory();
    const signalled = history.events!.flatMap((e) =>
      e.workflowExecutionSignaledEventAttributes ? [e.workflowExecutionSignaledEventAttributes] : [],
    );
    expect(
      signalled.map((s) => [
        s.signalName,
        (s.input?.payloads ?? []).map((p) => defaultPayloadConverter.fromPayload(p)),
      ]),
    ).toEqual([['received', [{ fullyReceived: true }]]]);
  });

  it('drops a signal to a workflow that does not exist, once, instead of retrying it', async () => {
    const workflowId = newId();
    await db
      .transaction()
      .execute((trx) => enqueueSignal(trx, { workflowId, signal: 'stockArrived', args: [{ warehouseId: 'WH-EAST' }] }));
    const [row] = await settled(workflowId);
    expect(row).toMatchObject({ kind: 'signal', state: 'dropped', attempts: 1 });
    await expect(temporal.client.workflow.getHandle(workflowId).describe()).rejects.toBeInstanceOf(
      WorkflowNotFoundError,
    );
  });

  it('starts nothing for a change that rolled back', async () => {
    const workflowId = newId();
    await expect(
      db.transaction().execute(async (trx) => {
        await enqueueWorkflowStart(trx, { workflowType, workflowId, args: [{}] });
        throw new Error('the mutation failed after enqueueing');
      }),
    ).rejects.toThrow('the mutation failed');
    // A start committed after the rolled-back one is delivered: the relay has looked past it.
    const marker = newId();
    started.push(marker);
    await db
      .transaction()
      .execute((trx) => enqueueWorkflowStart(trx, { workflowType, workflowId: marker, args: [{}] }));
    await settled(marker);
    expect(await rowsOf(workflowId)).toEqual([]);
    await expect(temporal.client.workflow.getHandle(workflowId).describe()).rejects.toBeInstanceOf(
      WorkflowNotFoundError,
    );
  });

  it('refuses to enqueue outside a transaction', async () => {
    await expect(enqueueWorkflowStart(db, { workflowType, workflowId: newId(), args: [] })).rejects.toThrow(
      'inside the transaction',
    );
  });

  it('retries a start Temporal refuses, with backoff, and holds that workflow’s later signals behind it', async () => {
    const other = testDb.open<WorkflowOutboxDatabase>('outbox_b');
    const lost = new Client({ connection: temporal.connection, namespace: `no-such-namespace-${randomUUID()}` });
    const failing = relayFor({ database: other, client: lost, pollMs: 50, backoff: { initialMs: 200, maxMs: 400 } });
    try {
      const workflowId = newId();
      await other.db.transaction().execute(async (trx) => {
        await enqueueWorkflowStart(trx, { workflowType, workflowId, args: [{}] });
        await enqueueSignal(trx, { workflowId, signal: 'shipped', args: [{}] });
      });
      const deadline = Date.now() + 10_000;
      let rows = await rowsOf(workflowId, other.db);
      while (rows[0]!.attempts < 3 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
        rows = await rowsOf(workflowId, other.db);
      }
      const [start, signal] = rows;
      expect(start).toMatchObject({ kind: 'start', state: 'pending' });
      expect(start!.attempts).toBeGreaterThanOrEqual(3);
      expect(start!.lastError).toMatch(/namespace/i);
      expect(signal).toMatchObject({ kind: 'signal', state: 'pending', attempts: 0 });
    } finally {
      await failing.stop();
    }
  });

  it('stops promptly, between batches', async () => {
    const quick = relayFor({ delayMs: 60_000 });
    const before = Date.now();
    await quick.stop();
    expect(Date.now() - before).toBeLessThan(1_000);
  });
});
