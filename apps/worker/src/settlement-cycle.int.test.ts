import { randomUUID } from 'node:crypto';
import { startApprovals, type ApprovalsHarness } from '@sanbao/approvals/testing';
import {
  demoRateCard,
  fiveResults,
  fiveResultsBankFile,
  fiveResultsSummary,
  importPaymentFile,
  key,
  registerBankPayees,
  startSettlement,
  tvRepair,
  type SettlementHarness,
} from '@sanbao/settlement/testing';
import { createTemporalClient } from '@sanbao/temporal';
import { eventually, testTokens } from '@sanbao/testing';
import {
  statusQuery,
  type SettlementCycleResult,
  type SettlementMonthResult,
  type WorkflowStatus,
} from '@sanbao/workflows/contracts';
import type { WorkflowHandle } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestWorker } from './test-worker.test-support.ts';
import { ensureSettlementSchedule } from './settlement-schedule.ts';

// A month's settlement end to end: the real settlement and approvals services over HTTP on a real
// database, the worker's own activities on the real Temporal dev server, finance deciding in the inbox.
const taskQueue = `settlement-e2e-${randomUUID()}`;
// Periods of a year no other run of this test on the same server uses: cycle ids are the periods'.
const year = 2100 + Math.floor(Math.random() * 899);
const [september, october] = [`${year}-09`, `${year}-10`];

let settlement: SettlementHarness;
let approvals: ApprovalsHarness;
let temporal: Awaited<ReturnType<typeof createTemporalClient>>;
let worker: Awaited<ReturnType<typeof startTestWorker>>;

beforeAll(async () => {
  const address = inject('temporalAddress');
  settlement = await startSettlement(inject('postgresAdminUrl'));
  approvals = await startApprovals(inject('postgresAdminUrl'), { temporalAddress: address });
  settlement.setNow(new Date(`${year}-08-31T02:00:00Z`));
  await settlement.finance.rateCards.publish.mutate({
    idempotencyKey: key(),
    effectiveFrom: `${year}-09-01`,
    card: demoRateCard,
  });
  settlement.setNow(new Date(`${year}-11-05T02:00:00Z`));
  // The cycle in seconds: providers answer within 8 s and the silent ones are reminded 4 s before that.
  await approvals.admin.policies.publish.mutate({
    idempotencyKey: key(),
    kind: 'settlement_period',
    document: {
      slaSeconds: 3600,
      reminderLeadSeconds: 0,
      confirmWithinSeconds: 8,
      providerReminderLeadSeconds: 4,
      disputePollSeconds: 1,
    },
  });
  await registerBankPayees(settlement.finance);
  worker = await startTestWorker({
    name: 'settlement-e2e-worker',
    address,
    taskQueue,
    approvalsUrl: approvals.url,
    settlementUrl: settlement.url,
  });
  temporal = await createTemporalClient({ address, namespace: 'default' });
});

afterAll(async () => {
  await worker?.stop();
  await temporal?.connection.close();
  await approvals?.stop();
  await settlement?.close();
});

const stageOf = (handle: WorkflowHandle) => handle.query(statusQuery);
const at =
  (...stages: string[]) =>
  (s: WorkflowStatus) =>
    stages.includes(s.stage);

/** The month started as the schedule starts it: the `settlementMonth` workflow, which starts the cycle. */
const settleMonth = (period: string): Promise<SettlementMonthResult> =>
  temporal.client.workflow.execute('settlementMonth', {
    taskQueue,
    workflowId: `settlement-month-test-${randomUUID()}`,
    args: [{ period }],
  });

let claims = 0;
/** A TV board repair 30 km away with 456.78 yuan of parts: 17 904 fen on the demo card. */
const postLine = (providerId: string, completedOn: string) =>
  settlement.system.lines.postForClaim.mutate({
    idempotencyKey: key('line'),
    claimId: `WC-E2E-${++claims}`,
    providerId,
    completedOn,
    ...tvRepair,
  });

describe('the monthly settlement on the real services and the Temporal dev server', () => {
  it('takes statements through dispute, resolution, approval in the inbox, payment import and reconciliation; one file gives all five results, a many-to-one match among them', async () => {
    await postLine('SP-A', `${september}-15`);
    const octoberLines = new Map<string, number>();
    for (const providerId of ['SP-A', 'SP-B', 'SP-C', 'SP-D'])
      octoberLines.set(providerId, (await postLine(providerId, `${october}-15`)).lineId);

    // September's cycle closes first, so October's close takes only October's money.
    const sept = await settleMonth(september);
    expect(sept).toEqual({
      period: september,
      cycleWorkflowId: `settlement-cycle:${september}`,
      started: true,
      policyVersion: 2,
    });
    const septCycle = temporal.client.workflow.getHandle(sept.cycleWorkflowId);
    await eventually(() => stageOf(septCycle), at('awaiting_confirmation'));
    expect(await settleMonth(september), 'a second start of the month finds the first').toMatchObject({
      started: false,
    });
    const octCycle = temporal.client.workflow.getHandle((await settleMonth(october)).cycleWorkflowId);
    await eventually(() => stageOf(octCycle), at('awaiting_confirmation'));

    const statementOf = async (period: string, providerId: string) =>
      (await settlement.finance.periods.statements.query({ period })).statements.find(
        (s) => s.providerId === providerId,
      )!;
    const [a1, a2, b, c, d] = await Promise.all([
      statementOf(september, 'SP-A'),
      statementOf(october, 'SP-A'),
      statementOf(october, 'SP-B'),
      statementOf(october, 'SP-C'),
      statementOf(october, 'SP-D'),
    ]);
    expect([a1, a2, b, c, d].map((s) => s.state)).toEqual(['issued', 'issued', 'issued', 'issued', 'issued']);

    // SP-A and SP-C confirm October, SP-D disputes its line; SP-B (and SP-A for September) say nothing.
    const spD = await settlement.provider('SP-D');
    await (
      await settlement.provider('SP-A')
    ).statements.confirm.mutate({
      idempotencyKey: key(),
      statementId: a2.statementId,
    });
    await (
      await settlement.provider('SP-C')
    ).statements.confirm.mutate({
      idempotencyKey: key(),
      statementId: c.statementId,
    });
    const { disputes } = await spD.statements.dispute.mutate({
      idempotencyKey: key(),
      statementId: d.statementId,
      lines: [{ lineId: octoberLines.get('SP-D')!, reason: 'the visit was 45 km, not 30', claimedFen: 1_000 }],
    });

    // The windows pass: the silent are reminded, then confirmed for; October waits on the open dispute.
    const resolving = await eventually(() => stageOf(octCycle), at('resolving_disputes'));
    expect(resolving.history.find((r) => r.step === 'remind')).toMatchObject({ detail: b.number });
    const spB = await settlement.provider('SP-B');
    expect(await spB.statements.get.query({ statementId: b.statementId })).toMatchObject({
      state: 'confirmed',
      reminderCount: 1,
      remindedAt: expect.any(String),
    });
    expect((await spD.statements.get.query({ statementId: d.statementId })).reminderCount).toBe(0);
    expect((await settlement.finance.statements.get.query({ statementId: a1.statementId })).reminderCount).toBe(1);

    // Finance grants part of the claim: the hold is voided and an adjusting transfer posts what is granted.
    await settlement.finance.statements.resolve.mutate({
      idempotencyKey: key(),
      statementId: d.statementId,
      disputeId: disputes[0]!.disputeId,
      grantedFen: 600,
      resolution: '38 km by the map',
    });

    // Both months wait in the approvals inbox for finance; a manager neither sees nor decides them.
    const finance = approvals.client(await testTokens.role('finance'));
    const inbox = await eventually(
      () => finance.inbox.list.query({ type: 'settlement_period' }),
      (r) => r.items.length === 2,
    );
    expect(inbox.items.map((t) => [t.reference, t.candidate])).toEqual(
      expect.arrayContaining([
        [`settlement ${september}`, { role: 'finance', level: 0 }],
        [`settlement ${october}`, { role: 'finance', level: 0 }],
      ]),
    );
    const manager = await approvals.manager('manager-9', 3);
    expect((await manager.inbox.list.query({ type: 'settlement_period' })).total).toBe(0);
    await expect(
      manager.inbox.decide.mutate({ idempotencyKey: key(), taskId: inbox.items[0]!.taskId, decision: 'approve' }),
    ).rejects.toMatchObject({ data: { code: 'FORBIDDEN' } });
    for (const task of inbox.items)
      await finance.inbox.decide.mutate({
        idempotencyKey: key(),
        taskId: task.taskId,
        decision: 'approve',
        comment: 'checked against the bank plan',
      });

    const [septResult, octResult] = await Promise.all([
      septCycle.result() as Promise<SettlementCycleResult>,
      octCycle.result() as Promise<SettlementCycleResult>,
    ]);
    expect(septResult).toEqual({
      outcome: 'ready_for_payment',
      period: september,
      readyForPayment: [a1.statementId],
      autoConfirmed: [a1.statementId],
      approvedBy: 'user-finance',
    });
    expect(octResult).toMatchObject({ outcome: 'ready_for_payment', autoConfirmed: [b.statementId] });
    expect([...octResult.readyForPayment].sort()).toEqual(
      [a2.statementId, b.statementId, c.statementId, d.statementId].sort(),
    );
    const get = (statementId: number) => settlement.finance.statements.get.query({ statementId });
    const all = () =>
      Promise.all([
        get(a1.statementId),
        get(a2.statementId),
        get(b.statementId),
        get(c.statementId),
        get(d.statementId),
      ]);
    const [A1, A2, B, C, D] = await all();
    expect([A1, A2, B, C, D].map((s) => s.state)).toEqual(['approved', 'approved', 'approved', 'approved', 'approved']);
    expect(D.linesFen).toBe(17_904 + 600);

    // One bank file: SP-A's two statements in one payment, SP-B short, SP-C over, BR-1 again, a stranger, SP-D exact.
    const file = fiveResultsBankFile({ a1: A1, a2: A2, b: B, c: C, d: D }, [`${year}-11-20`, `${year}-11-21`]);
    const importId = await importPaymentFile(settlement, `bank-${year}-11.csv`, 'csv', file);
    const report = await settlement.finance.reconciliation.report.query({ importId });
    expect(report.import).toMatchObject({ status: 'done', summary: fiveResultsSummary });
    expect(report.payments.map((p) => [p.row, p.outcome, p.rule])).toEqual(fiveResults);
    expect(report.payments[0]!.allocations.map((x) => [x.statementId, x.amountFen])).toEqual([
      [A1.statementId, A1.netPayableFen],
      [A2.statementId, A2.netPayableFen],
    ]);
    expect(report.payments[1]).toMatchObject({ shortFen: 1_000 });
    expect(report.payments[2]).toMatchObject({ unallocatedFen: 500 });

    // Paid in full: reconciled; SP-B still owed 1 000 fen. The disputed statement's whole life is on record.
    const after = await all();
    expect(after.map((s) => s.state)).toEqual(['reconciled', 'reconciled', 'approved', 'reconciled', 'reconciled']);
    expect(after[4]!.history.map((h) => h.toState).join(' → ')).toBe(
      'draft → issued → disputed → approved → paid → reconciled',
    );
    expect(after[2]!.history.map((h) => [h.toState, h.actorRole])).toEqual([
      ['draft', 'system'],
      ['issued', 'system'],
      ['confirmed', 'system'],
      ['approved', 'system'],
    ]);
    const { rows: payables } = await settlement.finance.finance.payables.query({ limit: 100 });
    expect(payables.map((p) => [p.providerId, p.owedFen, p.heldFen])).toEqual([
      ['SP-A', 0, 0],
      ['SP-B', 1_000, 0],
      ['SP-C', 0, 0],
      ['SP-D', 0, 0],
    ]);

    // The inbox keeps finance's decisions.
    const decided = await approvals.db
      .selectFrom('inboxTasks')
      .select(['reference', 'state', 'decision', 'decidedBy', 'candidateRole'])
      .where('requestType', '=', 'settlement_period')
      .orderBy('reference')
      .execute();
    expect(decided).toEqual([
      {
        reference: `settlement ${september}`,
        state: 'decided',
        decision: 'approve',
        decidedBy: 'user-finance',
        candidateRole: 'finance',
      },
      {
        reference: `settlement ${october}`,
        state: 'decided',
        decision: 'approve',
        decidedBy: 'user-finance',
        candidateRole: 'finance',
      },
    ]);
  });

  it('the monthly schedule is made idempotently at worker start: settlementMonth at 02:00 on the 1st, China time', async () => {
    const scheduleId = `settlement-month-test-${randomUUID()}`;
    try {
      expect(await ensureSettlementSchedule(temporal.client, { scheduleId, taskQueue, cron: '0 2 1 * *' })).toBe(
        'created',
      );
      expect(await ensureSettlementSchedule(temporal.client, { scheduleId, taskQueue, cron: '0 3 1 * *' })).toBe(
        'updated',
      );
      const described = await temporal.client.schedule.getHandle(scheduleId).describe();
      expect(described.spec.timezone).toBe('Asia/Shanghai');
      expect(described.spec.calendars).toEqual([expect.objectContaining({ hour: [{ start: 3, end: 3, step: 1 }] })]);
      expect(described.action).toMatchObject({ type: 'startWorkflow', workflowType: 'settlementMonth', taskQueue });
    } finally {
      await temporal.client.schedule.getHandle(scheduleId).delete();
    }
  });
});
