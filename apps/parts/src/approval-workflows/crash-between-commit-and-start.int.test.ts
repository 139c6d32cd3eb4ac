import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { createTemporalClient, WorkflowNotFoundError, type Client, type Connection } from '@sanbao/temporal';
import { startServiceProcess, testTokens, type ServiceProcess } from '@sanbao/testing';
import { createServiceClient } from '@sanbao/trpc/client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { PartsRouter } from '../router.ts';
import { key, startPartsHarness, type PartsHarness } from '../../test/parts-harness.ts';
import { seedWorld, world } from '../../test/parts-world.ts';

const main = join(import.meta.dirname, '..', 'main.ts');
// No worker serves this queue: the started workflow stays running, so the test sees exactly what was started.
const taskQueue = `crash-test-${randomUUID()}`;

let h: PartsHarness;
let temporal: { client: Client; connection: Connection };
let child: ServiceProcess | undefined;
let workflowId: string | undefined;

beforeAll(async () => {
  h = await startPartsHarness(inject('postgresAdminUrl'));
  await seedWorld(h);
  temporal = await createTemporalClient({ address: inject('temporalAddress'), namespace: 'default' });
});

afterAll(async () => {
  await child?.kill('SIGKILL');
  if (workflowId)
    await temporal.client.workflow
      .getHandle(workflowId)
      .terminate('test over')
      .catch(() => {});
  await temporal?.connection.close();
  await h?.close();
});

/** The parts service in its own process, as production runs it, on the test's database. */
const partsProcess = (relayDelayMs: number) =>
  startServiceProcess(main, {
    DATABASE_URL: h.databaseUrl,
    JWT_SECRET: testTokens.settings.secret,
    TEMPORAL_ADDRESS: inject('temporalAddress'),
    TEMPORAL_TASK_QUEUE: taskQueue,
    OUTBOX_RELAY_DELAY_MS: String(relayDelayMs),
    OUTBOX_RELAY_POLL_MS: '60000',
  });

const outboxRows = (id: string) =>
  h.db.selectFrom('workflowOutbox').select(['state', 'attempts']).where('workflowId', '=', id).execute();

async function executionsOf(id: string) {
  const found = [];
  for await (const execution of temporal.client.workflow.list({ query: `WorkflowId = '${id}'` })) found.push(execution);
  return found;
}

describe('a parts service killed between the commit of a submission and the workflow start', () => {
  it('starts the approval workflow exactly once when it comes back', async () => {
    const provider = await testTokens.provider(world.providers.one);
    const draft = await (
      await h.provider(world.providers.one)
    ).requests.create.mutate({
      idempotencyKey: key(),
      purpose: 'stock',
      lines: [{ partCode: world.parts.fan, quantity: 1 }],
    });
    workflowId = `parts-request:${draft.id}`;

    // The relay of this process waits ten minutes before its first delivery: the kill lands in between.
    child = await partsProcess(600_000);
    const submitted = await createServiceClient<PartsRouter>({
      url: child.url,
      token: provider,
    }).requests.submit.mutate({ idempotencyKey: key(), requestId: draft.id });
    expect(submitted.status).toBe('submitted');
    expect(await child.kill('SIGKILL')).toBeNull();
    child = undefined;

    expect(await outboxRows(workflowId)).toEqual([{ state: 'pending', attempts: 0 }]);
    await expect(temporal.client.workflow.getHandle(workflowId).describe()).rejects.toBeInstanceOf(
      WorkflowNotFoundError,
    );

    // Back up with no delay: the relay finds the committed row and starts the workflow.
    const restartedAt = Date.now();
    child = await partsProcess(0);
    let described;
    for (;;) {
      described = await temporal.client.workflow
        .getHandle(workflowId)
        .describe()
        .catch((e: unknown) => (e instanceof WorkflowNotFoundError ? null : Promise.reject(e)));
      if (described) break;
      if (Date.now() - restartedAt > 30_000) throw new Error(`${workflowId} was not started within 30s of the restart`);
      await new Promise((r) => setTimeout(r, 50));
    }
    const startedWithinMs = Date.now() - restartedAt;
    expect(described.type).toBe('partsRequestApproval');
    expect(described.taskQueue).toBe(taskQueue);
    expect(described.status.name).toBe('RUNNING');

    // Exactly once: one execution under the id, and the row delivered on its first attempt.
    let executions = await executionsOf(workflowId);
    for (let i = 0; executions.length === 0 && i < 50; i++) {
      await new Promise((r) => setTimeout(r, 100));
      executions = await executionsOf(workflowId);
    }
    expect(executions.map((e) => e.runId)).toEqual([described.runId]);
    await expect.poll(() => outboxRows(workflowId!)).toEqual([{ state: 'sent', attempts: 1 }]);

    // SIGTERM: the relay stops with the service, which exits cleanly.
    expect(await child.kill('SIGTERM')).toBe(0);
    child = undefined;
    console.info(`workflow started ${startedWithinMs} ms after the killed service was restarted`);
  });
});
