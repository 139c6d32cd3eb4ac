import { startOnce, workflowIds, type OldPartReturnResult } from '@sanbao/workflows/contracts';
import { eventually } from '@sanbao/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { key, managerToken, startApprovals, type ApprovalsHarness } from '../../test/approvals-harness.ts';
import { startApprovalsWorker } from '../../test/approvals-worker.ts';

// Old parts owed back, on the real Temporal dev server: each tag's return workflow keeps one row in
// this service's inbox through the real inbox activities; the parts service's side is faked.
const declaredOverdue: number[] = [];
const returnFakes = {
  async declareReturnOverdue(tagId: number) {
    declaredOverdue.push(tagId);
    return { status: 'overdue', chargedBack: true };
  },
  async remindReturnDue() {},
};

let h: ApprovalsHarness;
let worker: Awaited<ReturnType<typeof startApprovalsWorker>>;
let nextTagId = Math.floor(Math.random() * 1_000_000) * 100;

beforeAll(async () => {
  h = await startApprovals(inject('postgresAdminUrl'), { temporalAddress: inject('temporalAddress') });
  worker = await startApprovalsWorker(inject('temporalAddress'), h.url, returnFakes);
  await h.admin.policies.publish.mutate({
    idempotencyKey: key('policy'),
    kind: 'old_part_return',
    document: { reminderLeadSeconds: 2, lateArrivalWaitSeconds: 1 },
    note: 'test policy in seconds',
  });
});
afterAll(async () => {
  await worker?.stop();
  await h?.stop();
});

/** A return tag of SP-001 overdue `dueInMs` from now. */
async function issueTag(dueInMs: number) {
  const tagId = ++nextTagId;
  const overdueAt = new Date(Date.now() + dueInMs).toISOString();
  const handle = await h.temporal!.workflow.start('oldPartReturn', {
    taskQueue: worker.taskQueue,
    workflowId: workflowIds.returnTag(tagId),
    args: [{ tagId, tagNumber: `RT-202611-${tagId}`, providerId: 'SP-001', dueOn: '2026-11-30', overdueAt }],
    ...startOnce,
  });
  return { tagId, overdueAt, handle };
}

/** The tag's inbox row as a level-1 manager lists it, once it is in `state`. */
async function rowOf(workflowId: string, state: 'pending' | 'decided' | 'timed_out') {
  const manager = await h.manager('manager-1', 1);
  const { items } = await eventually(
    () => manager.inbox.list.query({ type: 'old_part_return', state, pageSize: 200 }),
    (page) => page.items.some((t) => t.workflowId === workflowId),
    15_000,
  );
  return items.find((t) => t.workflowId === workflowId)!;
}

const changesOf = async (taskId: string) => {
  const task = await h.db.selectFrom('inboxTasks').select('id').where('taskId', '=', taskId).executeTakeFirstOrThrow();
  const rows = await h.db
    .selectFrom('auditTrail')
    .select(['fromState', 'toState'])
    .where('entity', '=', 'inbox_task')
    .where('entityId', '=', task.id)
    .orderBy('id')
    .execute();
  return rows.map((r) => `${r.fromState ?? '∅'}→${r.toState}`);
};

describe('old-part returns in the inbox', () => {
  it('a part not back by its due date: its row is reminded, nobody decides it, and it times out with the chargeback', async () => {
    const { tagId, overdueAt, handle } = await issueTag(4_000);
    const pending = await rowOf(handle.workflowId, 'pending');
    expect(pending).toMatchObject({
      taskId: `${handle.workflowId}:return:L1`,
      requestType: 'old_part_return',
      reference: `RT-202611-${tagId}`,
      providerId: 'SP-001',
      requestedBy: null,
      step: 'return',
      level: 1,
      candidate: { role: 'manager', level: 1 },
      dueAt: overdueAt,
      overdue: false,
      remindedAt: null,
    });

    // The warehouse's receipt and inspection settle a return, not a manager's decision.
    const decided = await h.call(
      'inbox.decide',
      { idempotencyKey: key(), taskId: pending.taskId, decision: 'approve', comment: '' },
      await managerToken('manager-1', 1),
    );
    expect(decided.status).toBe(409);
    expect(decided.body.error!.message).toMatch(/followed here, not decided/);

    await expect(handle.result() as Promise<OldPartReturnResult>).resolves.toEqual({
      outcome: 'charged_back',
      chargebacks: 1,
      reversals: 0,
    });
    expect(declaredOverdue.filter((id) => id === tagId)).toHaveLength(1);
    expect(await rowOf(handle.workflowId, 'timed_out')).toMatchObject({
      slaMet: false,
      decision: null,
      remindedAt: expect.any(String),
    });
    expect(await changesOf(pending.taskId)).toEqual(['∅→pending', 'pending→timed_out']);
  });

  it('a part back and inspected in time: the warehouse settles its row', async () => {
    const { handle } = await issueTag(60_000);
    const pending = await rowOf(handle.workflowId, 'pending');
    await handle.signal('shipped', { shipmentId: 1 });
    await handle.signal('partReceived', { outcome: 'received' });
    await handle.signal('inspected', { outcome: 'defect_confirmed' });
    await expect(handle.result()).resolves.toMatchObject({ outcome: 'returned', chargebacks: 0 });
    expect(await rowOf(handle.workflowId, 'decided')).toMatchObject({
      decision: 'approve',
      decidedBy: 'warehouse',
      comment: 'inspected defect_confirmed',
      slaMet: true,
      remindedAt: null,
    });
    expect(await changesOf(pending.taskId)).toEqual(['∅→pending', 'pending→decided']);
  });
});
