import { sql } from '@sanbao/db';
import type { DecideResult } from '@sanbao/workflows/contracts';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { key, startApprovals, type ApprovalsHarness } from '../../test/approvals-harness.ts';
import type { WorkflowDesk } from '../inbox/workflow-desk.ts';

// The workflow's own record of a decision (`tasks.close`) can arrive while `inbox.decide` still holds
// the row: the workflow answered the Update and moved on before the service committed. A desk that
// answers when the test says so holds the decision in flight.
let deliver: (result: DecideResult) => void = () => {};
let deciding: () => void = () => {};
const decidingStarted = new Promise<void>((resolve) => (deciding = resolve));
const desk: WorkflowDesk = {
  decide: () =>
    new Promise((resolve) => {
      deliver = resolve;
      deciding();
    }),
  status: async () => null,
};

let h: ApprovalsHarness;
beforeAll(async () => {
  h = await startApprovals(inject('postgresAdminUrl'), { workflows: desk });
});
afterAll(async () => {
  await h?.stop();
});

it('a task closed by its workflow while inbox.decide is in flight is decided once in the audit trail', async () => {
  const taskId = 'parts-request:1:approval:L1';
  const now = new Date().toISOString();
  await h.system.tasks.open.mutate({
    idempotencyKey: key(),
    task: {
      taskId,
      workflowId: 'parts-request:1',
      requestType: 'parts_request',
      reference: 'PR-202611-000001',
      summary: 'over the auto-approval limit',
      step: 'approval',
      level: 1,
      candidate: { role: 'manager', level: 1 },
      openedAt: now,
      dueAt: new Date(Date.parse(now) + 600_000).toISOString(),
    },
  });
  const manager = await h.manager('manager-1', 1);
  const decided = manager.inbox.decide.mutate({ idempotencyKey: key(), taskId, decision: 'approve', comment: '' });
  await decidingStarted;

  const closed = h.system.tasks.close.mutate({
    idempotencyKey: key(),
    taskId,
    state: 'decided',
    decision: 'approve',
    decidedBy: 'manager-1',
    slaMet: true,
  });
  // The close waits on the row inbox.decide holds.
  await expect
    .poll(
      async () =>
        (
          await sql<{ waiting: number }>`select count(*)::int as waiting from pg_stat_activity
            where datname = current_database() and wait_event_type = 'Lock'`.execute(h.db)
        ).rows[0]!.waiting,
      { timeout: 10_000 },
    )
    .toBe(1);
  deliver({ taskId, decision: 'approve', level: 1, decidedAt: new Date().toISOString(), slaMet: true });
  await Promise.all([decided, closed]);

  const task = await h.db
    .selectFrom('inboxTasks')
    .select(['id', 'state'])
    .where('taskId', '=', taskId)
    .executeTakeFirstOrThrow();
  expect(task.state).toBe('decided');
  const changes = await h.db
    .selectFrom('auditTrail')
    .select(['fromState', 'toState', 'actor'])
    .where('entity', '=', 'inbox_task')
    .where('entityId', '=', task.id)
    .orderBy('id')
    .execute();
  expect(changes).toEqual([
    { fromState: null, toState: 'pending', actor: 'user-system' },
    { fromState: 'pending', toState: 'decided', actor: 'manager-1' },
  ]);
});
