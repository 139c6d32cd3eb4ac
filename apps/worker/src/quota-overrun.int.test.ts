import { randomUUID } from 'node:crypto';
import { startApprovals, type ApprovalsHarness } from '@sanbao/approvals/testing';
import { claimCompletion, key, startWithDemoCard, type SettlementHarness } from '@sanbao/settlement/testing';
import { createTemporalClient, WorkflowExecutionAlreadyStartedError } from '@sanbao/temporal';
import { eventually } from '@sanbao/testing';
import { startOnce, workflowIds, type QuotaOverrunResult } from '@sanbao/workflows/contracts';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestWorker } from './test-worker.test-support.ts';

// Quota control (额度管控) end to end on the real Temporal dev server: the real settlement service holds
// a line over its provider's budget and its outbox relay starts quotaOverrunApproval; the real worker
// wiring runs it; the real approvals service shows the task to a manager and delivers the decision as
// the workflow's Update; the workflow releases or refuses the line in settlement.
const taskQueue = `quota-overrun-${randomUUID()}`;
let temporal: Awaited<ReturnType<typeof createTemporalClient>>;
let approvals: ApprovalsHarness;
let settlement: SettlementHarness;
let worker: Awaited<ReturnType<typeof startTestWorker>>;

beforeAll(async () => {
  const address = inject('temporalAddress');
  temporal = await createTemporalClient({ address, namespace: 'default' });
  approvals = await startApprovals(inject('postgresAdminUrl'), { temporalAddress: address });
  settlement = await startWithDemoCard(inject('postgresAdminUrl'), {
    workflows: { client: temporal.client, taskQueue },
  });
  worker = await startTestWorker({
    name: 'quota-overrun-test',
    address,
    taskQueue,
    approvalsUrl: approvals.url,
    settlementUrl: settlement.url,
  });
});

afterAll(async () => {
  await worker?.stop();
  await settlement?.close();
  await approvals?.stop();
  await temporal?.connection.close();
});

/** A provider over its budget: a first line fits 20 000 fen, the second (17 904 fen more) is held. */
async function heldLine(providerId: string) {
  await settlement.manager.quota.set.mutate({ idempotencyKey: key(), providerId, monthlyBudgetFen: 20_000 });
  const fits = await settlement.system.lines.postForClaim.mutate(claimCompletion(providerId, '2026-11-10'));
  const held = await settlement.system.lines.postForClaim.mutate(claimCompletion(providerId, '2026-11-12'));
  expect([fits.status, held.status]).toEqual(['posted', 'held_over_quota']);
  return held;
}

const inboxOf = async (providerId: string) =>
  (
    await (
      await approvals.manager('any-manager', 3)
    ).inbox.list.query({ type: 'quota_overrun', providerId, state: 'pending' })
  ).items;

const lineStatus = async (providerId: string, lineId: number) =>
  (await settlement.finance.lines.list.query({ providerId })).lines.find((l) => l.lineId === lineId)?.status;

describe('a settlement line over its provider’s monthly budget waits for a manager in the approvals inbox', () => {
  it('approved in the inbox: the workflow releases the line; starting it again finds the one workflow and its one task', async () => {
    const held = await heldLine('SP-QA');
    const workflowId = workflowIds.quotaLine(held.lineId);
    const [task] = await eventually(
      () => inboxOf('SP-QA'),
      (items) => items.length > 0,
    );
    expect(task).toMatchObject({
      taskId: `${workflowId}:approval:L1`,
      requestType: 'quota_overrun',
      workflowId,
      reference: `${held.claimId} · line ${held.lineId}`,
      providerId: 'SP-QA',
      candidate: { role: 'manager', level: 1 },
      state: 'pending',
    });
    expect(task!.summary).toContain('SP-QA 2026-11 超出月度额度：本单 ¥179.04，已用 ¥179.04 / 额度 ¥200.00');
    expect(task!.summary).toContain('over the monthly budget: line ¥179.04, used ¥179.04 of ¥200.00');
    expect(await settlement.workflowOutbox(workflowId)).toEqual([expect.objectContaining({ state: 'sent' })]);

    // A second start — the relay delivering its row again, or anyone starting it by hand — finds the first.
    const handle = temporal.client.workflow.getHandle(workflowId);
    const again = await temporal.client.workflow.start('quotaOverrunApproval', {
      taskQueue,
      workflowId,
      args: [(await settlement.workflowOutbox(workflowId))[0]!.args[0]],
      ...startOnce,
    });
    expect(again.firstExecutionRunId).toBe((await handle.describe()).runId);

    const manager = await approvals.manager('manager-1', 1);
    await manager.inbox.decide.mutate({
      idempotencyKey: key(),
      taskId: task!.taskId,
      decision: 'approve',
      comment: 'flood season',
    });
    await expect(handle.result()).resolves.toEqual({
      outcome: 'released',
      decidedBy: 'manager-1',
    } satisfies QuotaOverrunResult);
    expect(await lineStatus('SP-QA', held.lineId)).toBe('posted');
    expect((await settlement.finance.quota.held.query({ providerId: 'SP-QA' })).lines).toEqual([]);
    expect(
      await settlement.db
        .selectFrom('lineDecisions')
        .select(['decision', 'reason'])
        .where('lineId', '=', held.lineId)
        .execute(),
    ).toEqual([
      { decision: 'released', reason: 'approved in the approvals inbox by manager manager-1, level 1: flood season' },
    ]);

    // Once it has run, a start is refused: the line is never decided twice.
    await expect(
      temporal.client.workflow.start('quotaOverrunApproval', { taskQueue, workflowId, args: [{}], ...startOnce }),
    ).rejects.toThrow(WorkflowExecutionAlreadyStartedError);
    const rows = await approvals.db
      .selectFrom('inboxTasks')
      .select(['taskId', 'state'])
      .where('workflowId', '=', workflowId)
      .execute();
    expect(rows).toEqual([{ taskId: task!.taskId, state: 'decided' }]);
  });

  it('rejected in the inbox: the workflow refuses the line, and the month’s quota no longer counts it', async () => {
    const held = await heldLine('SP-QR');
    const [task] = await eventually(
      () => inboxOf('SP-QR'),
      (items) => items.length > 0,
    );
    // The workflow's validator refuses a manager without the level's approval level.
    await expect(
      (await approvals.manager('manager-0')).inbox.decide.mutate({
        idempotencyKey: key(),
        taskId: task!.taskId,
        decision: 'reject',
        comment: 'no',
      }),
    ).rejects.toMatchObject({ data: { code: 'FORBIDDEN' } });
    await (
      await approvals.manager('manager-2', 1)
    ).inbox.decide.mutate({
      idempotencyKey: key(),
      taskId: task!.taskId,
      decision: 'reject',
      comment: 'over budget this month',
    });
    await expect(temporal.client.workflow.getHandle(workflowIds.quotaLine(held.lineId)).result()).resolves.toEqual({
      outcome: 'refused',
      decidedBy: 'manager-2',
      reason: 'over budget this month',
    });
    expect(await lineStatus('SP-QR', held.lineId)).toBe('refused');
    expect(
      await (await settlement.provider('SP-QR')).quota.get.query({ providerId: 'SP-QR', period: '2026-11' }),
    ).toMatchObject({ usedFen: 17_904 });
  });
});
