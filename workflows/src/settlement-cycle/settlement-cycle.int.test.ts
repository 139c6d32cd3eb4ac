import { describe, expect, it } from 'vitest';
import { workflowIds } from '../contracts.ts';
import { CallLog, recordingInbox } from '../testing/recording-activities.ts';
import { nextId, replaysDeterministically, testWorkerFor } from '../testing/workflow-harness.ts';
import { decide, openTaskOf, untilStage } from '../testing/workflow-status.ts';
import type { SettlementCycleActivities } from './settlement-cycle.activities.ts';
import type { CycleStatement, SettlementCycleInput } from './settlement-cycle.contracts.ts';
import type { settlementCycle } from './settlement-cycle.workflow.ts';

const log = new CallLog();
/** The settlement service's statements as the fakes keep them, per period. */
const books = new Map<string, CycleStatement[]>();
const statementById = (id: number) => [...books.values()].flat().find((s) => s.statementId === id)!;

const settlementFakes: SettlementCycleActivities = {
  async closeSettlementPeriod(period) {
    log.record('closeSettlementPeriod', period);
    return (books.get(period) ?? []).map((s) => ({ ...s }));
  },
  async issueStatements(ids) {
    log.record('issueStatements', ids);
    for (const id of ids) statementById(id).state = 'issued';
    return ids;
  },
  async statementStates(ids) {
    return ids.map((id) => ({ ...statementById(id) }));
  },
  async remindProviders(input) {
    log.record(
      'remindProviders',
      input.statements.map((s) => s.statementId),
    );
  },
  async autoConfirmStatements(ids) {
    log.record('autoConfirmStatements', ids);
    for (const id of ids) statementById(id).state = 'confirmed';
    return ids;
  },
  async approveStatements(ids) {
    log.record('approveStatements', ids);
    const approved = ids.filter((id) => ['confirmed', 'disputed'].includes(statementById(id).state));
    for (const id of approved) statementById(id).state = 'approved';
    return approved;
  },
};

const worker = testWorkerFor({ ...settlementFakes, ...recordingInbox(log) });

const finance = { sub: 'finance-1', role: 'finance' };
const input = (period: string): SettlementCycleInput => ({
  period,
  timings: { confirmWithinMs: 2_500, reminderLeadMs: 1_200, disputePollMs: 300 },
  approval: { chain: [{ candidate: { role: 'finance', level: 0 }, slaMs: 60_000 }], reminderLeadMs: 0 },
});
const periodWith = (count: number) => {
  const period = `20${String((nextId() % 90) + 10)}-${String((nextId() % 12) + 1).padStart(2, '0')}-${nextId()}`;
  const base = nextId() * 10;
  books.set(
    period,
    Array.from({ length: count }, (_, i) => ({
      statementId: base + i,
      number: `ST-${base + i}`,
      providerId: `SP-${i + 1}`,
      state: 'draft',
      openDisputes: 0,
    })),
  );
  return { period, ids: Array.from({ length: count }, (_, i) => base + i) };
};
const start = (period: string) =>
  worker.start<typeof settlementCycle>('settlementCycle', workflowIds.settlementCycle(period), input(period));

describe('the settlement cycle', () => {
  it('closes, issues, reminds the silent, confirms for them after the window, waits out a dispute, then finance approves: ready for payment', async () => {
    const { period, ids } = periodWith(3);
    const [answered, silent, disputed] = ids as [number, number, number];
    const handle = await start(period);
    const workflowId = handle.workflowId;
    await untilStage(handle, 'awaiting_confirmation');
    // One provider confirms, another disputes a line; the third says nothing.
    statementById(answered).state = 'confirmed';
    Object.assign(statementById(disputed), { state: 'disputed', openDisputes: 1 });

    await untilStage(handle, 'resolving_disputes');
    expect(log.of(workflowId, 'remindProviders').map((c) => c.input)).toEqual([[silent]]);
    expect(log.of(workflowId, 'autoConfirmStatements').map((c) => c.input)).toEqual([[silent]]);
    // Finance resolves the dispute; the cycle notices on its next look and asks for the approval.
    statementById(disputed).openDisputes = 0;
    const task = await openTaskOf(handle, 1);
    expect(task.candidate).toEqual({ role: 'finance', level: 0 });
    expect(log.names(workflowId)).not.toContain('approveStatements');

    await decide(handle, {
      taskId: task.taskId,
      decision: 'approve',
      decidedBy: finance,
      comment: 'checked against the bank plan',
    });
    const result = await handle.result();
    expect(result).toEqual({
      outcome: 'ready_for_payment',
      period,
      readyForPayment: ids,
      autoConfirmed: [silent],
      approvedBy: 'finance-1',
    });
    expect(ids.map((id) => statementById(id).state)).toEqual(['approved', 'approved', 'approved']);
    expect(log.names(workflowId)).toEqual([
      'closeSettlementPeriod',
      'issueStatements',
      'remindProviders',
      'autoConfirmStatements',
      'openInboxTask',
      'closeInboxTask',
      'approveStatements',
    ]);
    await replaysDeterministically(handle, 'settlement-cycle-approved');
  });

  it('finance rejecting the period approves nothing', async () => {
    const { period, ids } = periodWith(1);
    const handle = await start(period);
    await untilStage(handle, 'awaiting_confirmation');
    statementById(ids[0]!).state = 'confirmed';
    const task = await openTaskOf(handle, 1);
    await decide(handle, {
      taskId: task.taskId,
      decision: 'reject',
      decidedBy: finance,
      comment: 'the bank plan is not ready',
    });
    expect(await handle.result()).toMatchObject({
      outcome: 'rejected',
      readyForPayment: [],
      reason: 'the bank plan is not ready',
    });
    expect(log.names(handle.workflowId)).not.toContain('approveStatements');
    expect(statementById(ids[0]!).state).toBe('confirmed');
  });

  it('a period with no money waiting ends at once', async () => {
    const { period } = periodWith(0);
    const handle = await start(period);
    expect(await handle.result()).toMatchObject({ outcome: 'nothing_to_settle', readyForPayment: [] });
    expect(log.names(handle.workflowId)).toEqual(['closeSettlementPeriod']);
  });
});
