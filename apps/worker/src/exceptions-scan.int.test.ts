import { randomUUID } from 'node:crypto';
import { startApprovals, type ApprovalsHarness } from '@sanbao/approvals/testing';
import { sql } from '@sanbao/db';
import { createLogger } from '@sanbao/logger';
import { createTemporalClient } from '@sanbao/temporal';
import { testTokens } from '@sanbao/testing';
import { systemTokenSource } from '@sanbao/trpc/auth';
import { createServiceClient } from '@sanbao/trpc/client';
import { startWarranty, type WarrantyHarness } from '@sanbao/warranty/testing';
import type { WarrantyRouter } from '@sanbao/warranty/router';
import { createExceptionsScanActivities, createInboxActivities } from '@sanbao/workflows/activities';
import type { ExceptionsScanResult } from '@sanbao/workflows/contracts';
import type { ApprovalsRouter } from '@sanbao/approvals/router';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { workflowsPath } from './app.ts';
import { ensureExceptionsSchedule } from './exceptions-schedule.ts';

// The exceptions supervision against the real warranty and approvals services (over HTTP, system
// token) on the real Temporal dev server; the parts service reports nothing wrong here.
const log = createLogger({ name: 'exceptions-test', level: 'warn' });
let warranty: WarrantyHarness;
let approvals: ApprovalsHarness;
let temporal: Awaited<ReturnType<typeof createTemporalClient>>;

beforeAll(async () => {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  warranty = await startWarranty(inject('postgresAdminUrl'));
  approvals = await startApprovals(inject('postgresAdminUrl'));
  temporal = await createTemporalClient({ address: inject('temporalAddress'), namespace: 'default' });
  // Claims open longer than 60 seconds are exceptions in this test.
  await approvals.admin.policies.publish.mutate({
    idempotencyKey: randomUUID(),
    kind: 'exception',
    document: {
      chain: [{ level: 3, slaSeconds: 3600 }],
      reminderLeadSeconds: 0,
      claimOpenSeconds: 60,
      requestStuckSeconds: 3600,
    },
  });
});
afterAll(async () => {
  await temporal?.connection.close();
  await approvals?.stop();
  await warranty?.stop();
});

/** A claim raised `minutesAgo` minutes ago, straight into the warranty database. */
async function claimRaised(minutesAgo: number) {
  const n = randomUUID().slice(0, 8);
  await sql`insert into product_models (model_code, category_code, name_zh, name_en) values (${`M-${n}`}, 'tv', '电视', 'TV') on conflict do nothing`.execute(
    warranty.db,
  );
  const unit = await sql<{ id: number }>`
    insert into sold_units (serial, model_code, channel, invoice_date, price_fen, documents, registered_by)
    values (${`SN-${n}`}, ${`M-${n}`}, 'store', '2026-10-01', 300000, '{}', 'test') returning id`.execute(warranty.db);
  const claim = await sql<{ id: number; claimNo: string }>`
    insert into claims (claim_no, unit_id, provider_id, type, state, raised_at)
    values (${`WC-202611-${n}`}, ${unit.rows[0]!.id}, 'SP-001', 'quality', 'in_progress', now() - make_interval(mins => ${minutesAgo}))
    returning id, claim_no as "claimNo"`.execute(warranty.db);
  return claim.rows[0]!;
}

const runScan = (taskQueue: string): Promise<ExceptionsScanResult> =>
  temporal.client.workflow.execute('exceptionsScan', {
    taskQueue,
    workflowId: `exceptions-scan-test-${randomUUID()}`,
    args: [],
  });

describe('the exceptions supervision (异常工单督办)', () => {
  it('raises an overdue claim once as an exception for the head of service, and closes it when the claim moves', async () => {
    const token = systemTokenSource({ ...testTokens.settings, ttlSeconds: 600 }, 'exceptions-test');
    const approvalsClient = createServiceClient<ApprovalsRouter>({ url: approvals.url, token });
    const parts = { supervision: { exceptions: { query: async () => [] } } };
    const taskQueue = `exceptions-${randomUUID()}`;
    const connection = await NativeConnection.connect({ address: inject('temporalAddress') });
    const worker = await Worker.create({
      connection,
      taskQueue,
      workflowsPath,
      activities: {
        ...createInboxActivities({ log, approvals: approvalsClient }),
        ...createExceptionsScanActivities({
          log,
          parts,
          warranty: createServiceClient<WarrantyRouter>({ url: warranty.url, token }),
          approvals: approvalsClient,
        }),
      },
    });

    const running = worker.run();
    const overdue = await claimRaised(120);
    await claimRaised(0); // raised just now: not overdue
    const head = await approvals.manager('head-1', 3);
    const exceptionRows = async () => (await head.inbox.list.query({ type: 'exception', state: 'pending' })).items;

    expect(await runScan(taskQueue)).toEqual({ found: 1, opened: 1, closed: 0 });
    const rows = await exceptionRows();
    expect(rows).toEqual([
      expect.objectContaining({
        taskId: `exception:claim:${overdue.id}:open`,
        reference: overdue.claimNo,
        providerId: 'SP-001',
        candidate: { role: 'manager', level: 3 },
        state: 'pending',
      }),
    ]);
    // A level-1 manager does not see it: exceptions are the head of service's.
    expect((await (await approvals.manager('manager-1', 1)).inbox.list.query({ type: 'exception' })).total).toBe(0);

    // The next scan finds it again but raises nothing new.
    expect(await runScan(taskQueue)).toEqual({ found: 1, opened: 0, closed: 0 });
    expect(await exceptionRows()).toHaveLength(1);

    // The claim moves on (completed): the next scan closes its exception.
    await sql`update claims set state = 'completed' where id = ${overdue.id}`.execute(warranty.db);
    expect(await runScan(taskQueue)).toEqual({ found: 0, opened: 0, closed: 1 });
    expect(await exceptionRows()).toEqual([]);
    expect((await head.inbox.list.query({ type: 'exception', state: 'closed' })).items.map((t) => t.taskId)).toEqual([
      `exception:claim:${overdue.id}:open`,
    ]);
    worker.shutdown();
    await running;
    await connection.close();
  });

  it('the schedule is made idempotently at worker start: created once, then brought to the configured interval', async () => {
    const scheduleId = `exceptions-scan-test-${randomUUID()}`;
    try {
      expect(
        await ensureExceptionsSchedule(temporal.client, { scheduleId, taskQueue: 'sanbao-test', everySeconds: 600 }),
      ).toBe('created');
      expect(
        await ensureExceptionsSchedule(temporal.client, { scheduleId, taskQueue: 'sanbao-test', everySeconds: 300 }),
      ).toBe('updated');
      const described = await temporal.client.schedule.getHandle(scheduleId).describe();
      expect(described.spec.intervals).toEqual([expect.objectContaining({ every: 300_000 })]);
      expect(described.action).toMatchObject({
        type: 'startWorkflow',
        workflowType: 'exceptionsScan',
        taskQueue: 'sanbao-test',
      });
    } finally {
      await temporal.client.schedule.getHandle(scheduleId).delete();
    }
  });
});
