import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { startApprovals, type ApprovalsHarness } from '@sanbao/approvals/testing';
import { sql } from '@sanbao/db';
import type { PartsRouter } from '@sanbao/parts/router';
import { key, partsEntries, seedWorld, startPartsHarness, world, type PartsHarness } from '@sanbao/parts/testing';
import { createTemporalClient } from '@sanbao/temporal';
import { eventually, startServiceProcess, testTokens, type ServiceProcess } from '@sanbao/testing';
import { createServiceClient } from '@sanbao/trpc/client';
import { workflowIds, type PartsRequestApprovalResult } from '@sanbao/workflows/contracts';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';

// 50 parts requests in flight through the real services, the real worker process (`main.ts`) killed
// with SIGKILL while decisions and activities are in flight, then restarted: all 50 complete, and the
// databases show every effect once. The provider submits through the parts service — a process of its
// own, as production runs it — whose outbox relay starts each request's workflow; half the requests
// are worth less than the auto-approval limit, half more, so they wait in the approvals inbox.

const requests = 50;
const workerMain = fileURLToPath(new URL('./main.ts', import.meta.url));
const taskQueue = `crash-${randomUUID()}`;
/** What each kind of request asks for: one fan (4 500 fen, auto-approved) or one compressor (28 000 fen). */
const autoPart = world.parts.fan;
const manualPart = world.parts.compressor;
const autoApprovalLimitFen = 10_000;

let approvals: ApprovalsHarness;
let h: PartsHarness;
let parts: ServiceProcess | undefined;
let worker: ServiceProcess | undefined;
let temporal: Awaited<ReturnType<typeof createTemporalClient>>;

const startWorker = () =>
  startServiceProcess(workerMain, {
    TEMPORAL_ADDRESS: inject('temporalAddress'),
    TEMPORAL_TASK_QUEUE: taskQueue,
    JWT_SECRET: testTokens.settings.secret,
    WARRANTY_URL: 'http://127.0.0.1:9', // stock requests ask the warranty service nothing
    PARTS_URL: parts!.url,
    APPROVALS_URL: approvals.url,
    EXCEPTIONS_SCAN_SECONDS: '86400',
  });

beforeAll(async () => {
  approvals = await startApprovals(inject('postgresAdminUrl'), { temporalAddress: inject('temporalAddress') });
  h = await startPartsHarness(inject('postgresAdminUrl'));
  await seedWorld(h);
  for (const partCode of [autoPart, manualPart]) {
    await h.admin.stock.recordMovement.mutate({
      idempotencyKey: key(),
      warehouseId: world.warehouses.east,
      partCode,
      kind: 'receipt',
      quantity: requests / 2,
    });
  }
  // Workflow ids come from request ids: start far from ids other runs used on the same Temporal server.
  await sql`alter table parts_requests alter column id restart with ${sql.lit(Math.floor(Math.random() * 1_000_000) * 1000 + 1)}`.execute(
    h.db,
  );
  parts = await startServiceProcess(partsEntries.main, {
    DATABASE_URL: h.databaseUrl,
    JWT_SECRET: testTokens.settings.secret,
    TEMPORAL_ADDRESS: inject('temporalAddress'),
    TEMPORAL_TASK_QUEUE: taskQueue,
    WARRANTY_URL: 'http://127.0.0.1:9',
  });
  temporal = await createTemporalClient({ address: inject('temporalAddress'), namespace: 'default' });
  await approvals.admin.policies.publish.mutate({
    idempotencyKey: randomUUID(),
    kind: 'parts_request',
    document: {
      autoApprovalLimitFen,
      chain: [
        { level: 1, slaSeconds: 600 },
        { level: 2, slaSeconds: 600 },
      ],
      reminderLeadSeconds: 0,
    },
  });
}, 120_000);
afterAll(async () => {
  await worker?.kill('SIGKILL');
  await parts?.kill('SIGTERM');
  await temporal?.connection.close();
  await h?.close();
  await approvals?.stop();
});

/** How many of the requests are in each status, from the parts database. */
async function statusesOf(ids: number[]): Promise<Record<string, number>> {
  const rows = await h.db
    .selectFrom('partsRequests')
    .select(['status', (eb) => eb.fn.countAll<string>().as('n')])
    .where('id', 'in', ids)
    .groupBy('status')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

it('50 approvals survive a SIGKILL of the worker: every one completes, and each effect is in the databases once', async () => {
  const partsAt = (token: string) => createServiceClient<PartsRouter>({ url: parts!.url, token });
  const provider = partsAt(await testTokens.provider(world.providers.one));
  const warehouse = partsAt(await testTokens.warehouse(world.warehouses.east));
  worker = await startWorker();

  // The provider submits: each submission's commit writes the outbox row the parts service's relay starts the workflow from.
  const submitted = await Promise.all(
    Array.from({ length: requests }, async (_, i) => {
      const draft = await provider.requests.create.mutate({
        idempotencyKey: key(),
        purpose: 'stock',
        lines: [{ partCode: i % 2 === 0 ? autoPart : manualPart, quantity: 1 }],
      });
      return provider.requests.submit.mutate({ idempotencyKey: key(), requestId: draft.id });
    }),
  );
  const ids = submitted.map((r) => r.id);
  const manualIds = submitted.filter((r) => r.totalValueFen >= autoApprovalLimitFen).map((r) => r.id);
  expect(manualIds).toHaveLength(requests / 2);

  const manager = await approvals.manager('manager-1', 1);
  const pending = () => manager.inbox.list.query({ type: 'parts_request', pageSize: 200 });
  const { items: tasks } = await eventually(pending, (p) => p.total >= manualIds.length, 90_000);

  // Half the decisions go out; once the first approval they cause reaches the parts service (the
  // approvals and reservations after them under way), the other half go out and the worker dies.
  let answered = 0;
  const decide = (taskId: string) =>
    manager.inbox.decide.mutate({ idempotencyKey: `crash-${taskId}`, taskId, decision: 'approve', comment: '' });
  /** True when the decision was answered; false when its answer was lost. */
  const decideCounted = (taskId: string) =>
    decide(taskId).then(
      () => {
        answered++;
        return true;
      },
      () => false,
    );
  const firstHalf = tasks.slice(0, Math.ceil(tasks.length / 2));
  const decisions = firstHalf.map((task) => decideCounted(task.taskId));
  await eventually(
    () => statusesOf(manualIds),
    (s) => (s.submitted ?? 0) < manualIds.length,
    90_000,
  );
  decisions.push(...tasks.slice(firstHalf.length).map((task) => decideCounted(task.taskId)));
  const answeredAtKill = answered;
  await worker.kill('SIGKILL');
  const atKill = await statusesOf(ids);
  const manualAtKill = await statusesOf(manualIds);
  // Mid-way: decisions were unanswered and manual requests still to be reserved.
  expect(answeredAtKill).toBeLessThan(tasks.length);
  expect(manualAtKill.reserved ?? 0).toBeLessThan(manualIds.length);

  const restartedAt = Date.now();
  worker = await startWorker();
  // A decision whose answer was lost with the worker (its call timed out) is sent again under its key;
  // if the workflow took it meanwhile, its own record has closed the row as decided: a CONFLICT then.
  const lost = (await Promise.all(decisions)).flatMap((ok, i) => (ok ? [] : [tasks[i]!.taskId]));
  await Promise.all(
    lost.map((taskId) =>
      decide(taskId).catch(async (error: unknown) => {
        const row = await approvals.db
          .selectFrom('inboxTasks')
          .select('state')
          .where('taskId', '=', taskId)
          .executeTakeFirstOrThrow();
        if (row.state !== 'decided') throw error;
      }),
    ),
  );

  // The warehouse ships each reserved request and the provider receives it, through the parts service:
  // its relay signals the workflows.
  await eventually(
    () => statusesOf(ids),
    (s) => s.reserved === requests,
    120_000,
  );
  await Promise.all(
    submitted.map(async (r) => {
      await warehouse.requests.markShipped.mutate({
        idempotencyKey: key(),
        requestId: r.id,
        carrier: '顺丰',
        trackingNumber: `SF${r.id}`,
      });
      await provider.requests.recordReceipt.mutate({
        idempotencyKey: key(),
        requestId: r.id,
        lines: r.lines.map((l) => ({ lineId: l.id, quantity: l.quantity })),
      });
    }),
  );
  const results = await Promise.all(
    ids.map((id) => temporal.client.workflow.getHandle(workflowIds.partsRequest(id)).result()),
  );
  expect(results.filter((r: PartsRequestApprovalResult) => r.outcome === 'received')).toHaveLength(requests);
  const finishedInMs = Date.now() - restartedAt;

  // Stock: one reservation and one shipment per request, nothing more; the shelves are empty.
  const movements = await h.db
    .selectFrom('stockMovements')
    .select(['partsRequestId', 'kind'])
    .where('partsRequestId', 'is not', null)
    .orderBy('id')
    .execute();
  const movementsOf = new Map<number, string[]>();
  for (const m of movements)
    movementsOf.set(m.partsRequestId!, [...(movementsOf.get(m.partsRequestId!) ?? []), m.kind]);
  expect(movements).toHaveLength(2 * requests);
  for (const id of ids) expect(movementsOf.get(id), `request ${id}`).toEqual(['reservation', 'shipment']);
  expect(
    await h.db
      .selectFrom('stockBalances')
      .select(['onHand', 'reserved'])
      .where('warehouseId', '=', world.warehouses.east)
      .execute(),
  ).toEqual([
    { onHand: 0, reserved: 0 },
    { onHand: 0, reserved: 0 },
  ]);
  // No chargeback.
  expect(await h.db.selectFrom('chargebackEvents').select('id').execute()).toEqual([]);

  // Each request's state changes once each, in order; a manual one approved in the name of the manager.
  const changes = await h.db
    .selectFrom('auditTrail')
    .select(['entityId', 'toState', 'actor'])
    .where('entity', '=', 'parts_request')
    .orderBy('id')
    .execute();
  for (const id of ids) {
    const mine = changes.filter((c) => c.entityId === id);
    expect(
      mine.map((c) => c.toState),
      `request ${id}`,
    ).toEqual(['draft', 'submitted', 'approved', 'reserved', 'shipped', 'received']);
    expect(mine.find((c) => c.toState === 'approved')!.actor).toBe(
      manualIds.includes(id) ? 'manager-1' : 'system:worker',
    );
  }

  // One inbox row per manual request, none for the others; each decided once: pending, then decided.
  const rows = await approvals.db.selectFrom('inboxTasks').select(['id', 'workflowId', 'state', 'decidedBy']).execute();
  expect(rows.map((r) => r.workflowId).sort()).toEqual(manualIds.map((id) => workflowIds.partsRequest(id)).sort());
  expect(rows.every((r) => r.state === 'decided' && r.decidedBy === 'manager-1')).toBe(true);
  const taskChanges = await approvals.db
    .selectFrom('auditTrail')
    .select(['entityId', 'toState'])
    .where('entity', '=', 'inbox_task')
    .orderBy('id')
    .execute();
  for (const row of rows)
    expect(taskChanges.filter((c) => c.entityId === row.id).map((c) => c.toState)).toEqual(['pending', 'decided']);

  console.info(
    `worker killed with ${answeredAtKill} of ${tasks.length} decisions answered and requests at ${JSON.stringify(atKill)}; ` +
      `${lost.length} decisions lost their answer; all ${requests} received ${finishedInMs} ms after the restart, ` +
      `with ${movements.length} stock movements, 0 chargebacks, ${rows.length} inbox rows`,
  );
}, 300_000);
