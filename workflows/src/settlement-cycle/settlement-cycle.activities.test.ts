import { describe, expect, it } from 'vitest';
import { activityEnvFor, quietLog } from '../testing/activity-env.ts';
import { fakeProcedure, trpcError } from '../testing/fake-trpc.ts';
import { createSettlementCycleActivities } from './settlement-cycle.activities.ts';
import type { CycleStatement } from './settlement-cycle.contracts.ts';

const states = new Map<number, { state: string; open: number }>([
  [1, { state: 'draft', open: 0 }],
  [2, { state: 'issued', open: 0 }],
  [3, { state: 'confirmed', open: 0 }],
  [4, { state: 'disputed', open: 1 }],
  [5, { state: 'disputed', open: 0 }],
]);

function fakeSettlement(options: { approve?: () => unknown } = {}) {
  const settlement = {
    periods: {
      close: fakeProcedure(() => ({
        statements: [{ statementId: 1, number: 'ST-202611-000001', providerId: 'SP-001', state: 'draft' }],
      })),
    },
    statements: {
      get: fakeProcedure((input) => {
        const id = input.statementId as number;
        const s = states.get(id)!;
        return {
          statementId: id,
          number: `ST-202611-00000${id}`,
          providerId: `SP-00${id}`,
          state: s.state,
          disputes: [{ status: 'resolved' }, ...Array.from({ length: s.open }, () => ({ status: 'open' }))],
        };
      }),
      issue: fakeProcedure(() => ({})),
      confirm: fakeProcedure(() => ({})),
      approve: fakeProcedure(() => options.approve?.() ?? {}),
      remind: fakeProcedure(() => ({ reminderCount: 1 })),
    },
  };
  return { settlement, activities: createSettlementCycleActivities({ log: quietLog, settlement }) };
}

const env = activityEnvFor('settlement-cycle:2026-11');

describe('settlement cycle activities', () => {
  it('close the period under the workflow’s key and report the statements', async () => {
    const { settlement, activities } = fakeSettlement();
    expect(await env.run(activities.closeSettlementPeriod, '2026-11')).toEqual([
      { statementId: 1, number: 'ST-202611-000001', providerId: 'SP-001', state: 'draft', openDisputes: 0 },
    ]);
    expect(settlement.periods.close.calls).toEqual([
      { idempotencyKey: 'settlement-cycle:2026-11:close', period: '2026-11' },
    ]);
  });

  it('move only the statements in the state the step expects, each under a key of its own', async () => {
    const { settlement, activities } = fakeSettlement();
    expect(await env.run(activities.issueStatements, [1, 2, 3])).toEqual([1]);
    expect(await env.run(activities.autoConfirmStatements, [1, 2, 3])).toEqual([2]);
    expect(await env.run(activities.approveStatements, [1, 2, 3, 4, 5])).toEqual([3, 5]);
    expect(settlement.statements.approve.calls).toEqual([
      { idempotencyKey: 'settlement-cycle:2026-11:approve:3', statementId: 3 },
      { idempotencyKey: 'settlement-cycle:2026-11:approve:5', statementId: 5 },
    ]);
    const looked: CycleStatement[] = await env.run(activities.statementStates, [4]);
    expect(looked.map((s) => s.openDisputes)).toEqual([1]);
  });

  it('record each reminder on its statement, under a key of the workflow and the statement', async () => {
    const { settlement, activities } = fakeSettlement();
    const silent = [2, 4].map((id) => ({
      statementId: id,
      number: `ST-202611-00000${id}`,
      providerId: `SP-00${id}`,
      state: 'issued',
      openDisputes: 0,
    }));
    await env.run(activities.remindProviders, { period: '2026-11', statements: silent });
    expect(settlement.statements.remind.calls).toEqual([
      { idempotencyKey: 'settlement-cycle:2026-11:remind:2', statementId: 2 },
      { idempotencyKey: 'settlement-cycle:2026-11:remind:4', statementId: 4 },
    ]);
  });

  it('turn the service’s refusal into a non-retryable failure the workflow reads', async () => {
    const { activities } = fakeSettlement({
      approve: () => Promise.reject(trpcError('PRECONDITION_FAILED', 'a draft statement cannot approve')),
    });
    await expect(env.run(activities.approveStatements, [3])).rejects.toMatchObject({
      type: 'PRECONDITION_FAILED',
      nonRetryable: true,
    });
  });
});
