import { eventually, testTokens } from '@sanbao/testing';
import { statusQuery, type WorkflowStatus } from '@sanbao/workflows/contracts';
import type { WorkflowHandle } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { key, managerToken, startApprovals, type ApprovalsHarness } from '../../test/approvals-harness.ts';
import { startApprovalsWorker } from '../../test/approvals-worker.ts';
import {
  fakePartsService,
  publishPartsPolicyInSeconds,
  startPartsRequestApproval,
} from '../../test/parts-request-workflow.ts';

// A parts request's workflow on the real Temporal dev server, its inbox activities calling this service
// over HTTP; the parts service's side (the request's facts, approve/reject/reserve) is faked and recorded.
const valueOf = new Map<number, number>();
const parts = fakePartsService((requestId) => valueOf.get(requestId) ?? 250_000);

let h: ApprovalsHarness;
let worker: Awaited<ReturnType<typeof startApprovalsWorker>>;
let nextRequestId = Math.floor(Math.random() * 1_000_000) * 100;

beforeAll(async () => {
  h = await startApprovals(inject('postgresAdminUrl'), { temporalAddress: inject('temporalAddress') });
  worker = await startApprovalsWorker(inject('temporalAddress'), h.url, parts.activities);
});
afterAll(async () => {
  await worker?.stop();
  await h?.stop();
});

/** Tests publish policies in seconds: level 1 has `levelOneSeconds`, the levels above a minute. */
const publishPartsPolicy = (levelOneSeconds: number, reminderLeadSeconds = 0) =>
  publishPartsPolicyInSeconds(h.admin, { levelOneSeconds, reminderLeadSeconds });

async function submit(requestedBy = 'user-SP-001', valueFen = 250_000) {
  const requestId = ++nextRequestId;
  valueOf.set(requestId, valueFen);
  const handle = await startPartsRequestApproval(h.temporal!, worker.taskQueue, requestId, requestedBy);
  return { requestId, handle };
}

/** The inbox rows of one workflow, as a head of service sees them (every level, every state). */
async function rowsOf(workflowId: string) {
  const head = await h.manager('head-1', 3);
  const all = await Promise.all(
    (['pending', 'decided', 'escalated'] as const).map((state) => head.inbox.list.query({ state, pageSize: 200 })),
  );
  return all
    .flatMap((page) => page.items)
    .filter((t) => t.workflowId === workflowId)
    .sort((a, b) => a.level - b.level);
}

const pendingTaskOf = (handle: WorkflowHandle, level = 1) =>
  eventually(
    () => rowsOf(handle.workflowId),
    (rows) => rows.some((r) => r.level === level && r.state === 'pending'),
  ).then((rows) => rows.find((r) => r.level === level && r.state === 'pending')!);

const stageOf = (handle: WorkflowHandle) => handle.query(statusQuery).then((s: WorkflowStatus) => s.stage);

describe('approvals on the Temporal dev server: the inbox and inbox.decide', () => {
  beforeAll(async () => {
    await publishPartsPolicy(60);
  });

  it('a request over the auto-approval limit gets an inbox row; a level-1 manager approves it through inbox.decide', async () => {
    const { requestId, handle } = await submit();
    const task = await pendingTaskOf(handle);
    expect(task).toMatchObject({
      taskId: `${handle.workflowId}:approval:L1`,
      requestType: 'parts_request',
      reference: `PR-202611-${String(requestId).padStart(6, '0')}`,
      providerId: 'SP-001',
      requestedBy: 'user-SP-001',
      level: 1,
      candidate: { role: 'manager', level: 1 },
      state: 'pending',
      overdue: false,
    });

    const manager = await h.manager('manager-1', 1);
    const answer = await manager.inbox.decide.mutate({
      idempotencyKey: key('decide'),
      taskId: task.taskId,
      decision: 'approve',
      comment: 'urgent repair',
    });
    expect(answer).toMatchObject({ taskId: task.taskId, decision: 'approve', level: 1, slaMet: true });

    const [row] = await eventually(
      () => rowsOf(handle.workflowId),
      (rows) => rows[0]?.state === 'decided',
    );
    expect(row).toMatchObject({
      state: 'decided',
      decision: 'approve',
      decidedBy: 'manager-1',
      comment: 'urgent repair',
      slaMet: true,
    });
    await eventually(
      () => stageOf(handle),
      (stage) => stage === 'awaiting_shipment',
    );
    expect(parts.calls.filter((c) => c.requestId === requestId).map((c) => c.name)).toEqual([
      'assess',
      'approve',
      'reserve',
    ]);

    // While it runs, the timeline comes from the workflow: every step, with who, when and the SLA.
    const running = await manager.timeline.get.query({ workflowId: handle.workflowId });
    expect(running.source).toBe('workflow');
    expect(running.steps.map((s) => `${s.step}:${s.outcome}`)).toEqual([
      'check:needs a decision',
      'approval:approved',
      'reserve:reserved',
      'shipment:null',
    ]);
    expect(running.steps[1]).toMatchObject({
      decidedBy: 'manager-1',
      comment: 'urgent repair',
      slaMet: true,
      level: 1,
    });

    // Once closed, the timeline falls back to the inbox rows.
    await handle.signal('shipped', {});
    await handle.signal('received', { fullyReceived: true });
    await expect(handle.result()).resolves.toEqual({ outcome: 'received', approvedBy: 'manager-1' });
    const closed = await manager.timeline.get.query({ workflowId: handle.workflowId });
    expect(closed).toMatchObject({
      source: 'inbox',
      steps: [{ step: 'approval', outcome: 'approved', decidedBy: 'manager-1', slaMet: true }],
    });
  });

  it('a rejection through inbox.decide rejects the request and closes the row', async () => {
    const { requestId, handle } = await submit();
    const task = await pendingTaskOf(handle);
    const manager = await h.manager('manager-1', 1);
    const refusedWithoutComment = await h.call(
      'inbox.decide',
      { idempotencyKey: key(), taskId: task.taskId, decision: 'reject' },
      await managerToken('manager-1', 1),
    );
    expect(refusedWithoutComment.status).toBe(400);
    expect(refusedWithoutComment.body.error!.data.fieldErrors).toEqual([
      { path: 'comment', message: expect.stringMatching(/a rejection needs a comment/) },
    ]);

    await manager.inbox.decide.mutate({
      idempotencyKey: key(),
      taskId: task.taskId,
      decision: 'reject',
      comment: 'not in the stock plan',
    });
    await expect(handle.result()).resolves.toEqual({
      outcome: 'rejected',
      approvedBy: null,
      reason: 'not in the stock plan',
    });
    expect(parts.calls.filter((c) => c.requestId === requestId && c.name === 'reject')).toEqual([
      { name: 'reject', requestId, reason: 'not in the stock plan (rejected by manager manager-1)' },
    ]);
    const [row] = await rowsOf(handle.workflowId);
    expect(row).toMatchObject({
      state: 'decided',
      decision: 'reject',
      decidedBy: 'manager-1',
      comment: 'not in the stock plan',
    });
  });

  it('the validator refuses a manager without the level and a manager deciding their own request: FORBIDDEN, nothing changed', async () => {
    const { handle } = await submit('manager-9');
    const task = await pendingTaskOf(handle);
    const attempt = async (token: string) =>
      h.call('inbox.decide', { idempotencyKey: key(), taskId: task.taskId, decision: 'approve', comment: '' }, token);

    const noLevel = await attempt(await managerToken('manager-0'));
    expect(noLevel.status).toBe(403);
    expect(noLevel.body.error!.message).toMatch(/needs approval level 1/);
    const ownRequest = await attempt(await managerToken('manager-9', 3));
    expect(ownRequest.status).toBe(403);
    expect(ownRequest.body.error!.message).toMatch(/cannot decide/);
    const provider = await attempt(await testTokens.provider('SP-001'));
    expect(provider.status).toBe(403);

    expect(await rowsOf(handle.workflowId)).toEqual([task]);
    expect(await stageOf(handle)).toBe('awaiting_approval');
    const history = await handle.fetchHistory();
    expect((history.events ?? []).filter((e) => e.workflowExecutionUpdateAcceptedEventAttributes)).toHaveLength(0);

    // A level-2 manager may decide a level-1 task.
    await (
      await h.manager('senior-1', 2)
    ).inbox.decide.mutate({ idempotencyKey: key(), taskId: task.taskId, decision: 'approve', comment: '' });
    await eventually(
      () => stageOf(handle),
      (stage) => stage === 'awaiting_shipment',
    );
    await handle.terminate('test finished');
  });

  it('replaying inbox.decide with its key answers the first decision; another decision on the task is a CONFLICT', async () => {
    const { handle } = await submit();
    const task = await pendingTaskOf(handle);
    const manager = await h.manager('manager-1', 1);
    const input = { idempotencyKey: key('replay'), taskId: task.taskId, decision: 'approve' as const, comment: 'ok' };
    const first = await manager.inbox.decide.mutate(input);
    const replay = await manager.inbox.decide.mutate(input);
    expect(replay).toEqual(first);
    const second = await h.call(
      'inbox.decide',
      { ...input, idempotencyKey: key() },
      await managerToken('manager-2', 1),
    );
    expect(second.status).toBe(409);
    const history = await handle.fetchHistory();
    expect((history.events ?? []).filter((e) => e.workflowExecutionUpdateAcceptedEventAttributes)).toHaveLength(1);
    await handle.terminate('test finished');
  });

  it('reminds before the SLA, then escalates to level 2: the row is escalated and a level-2 row opens, which only level 2 sees', async () => {
    await publishPartsPolicy(3, 2);
    try {
      const { handle } = await submit();
      const first = await pendingTaskOf(handle, 1);
      await eventually(
        () => rowsOf(handle.workflowId),
        (rows) => rows[0]?.remindedAt !== null,
      );
      const rows = await eventually(
        () => rowsOf(handle.workflowId),
        (r) => r.length === 2,
      );
      expect(rows).toEqual([
        expect.objectContaining({
          taskId: first.taskId,
          state: 'escalated',
          escalatedTo: `${handle.workflowId}:approval:L2`,
          slaMet: false,
          remindedAt: expect.any(String),
        }),
        expect.objectContaining({
          taskId: `${handle.workflowId}:approval:L2`,
          level: 2,
          candidate: { role: 'manager', level: 2 },
          state: 'pending',
        }),
      ]);
      const levelOne = await h.manager('manager-1', 1);
      expect((await levelOne.inbox.list.query({ pageSize: 200 })).items.map((t) => t.taskId)).not.toContain(
        rows[1]!.taskId,
      );
      const senior = await h.manager('senior-1', 2);
      expect((await senior.inbox.list.query({ level: 2, pageSize: 200 })).items.map((t) => t.taskId)).toContain(
        rows[1]!.taskId,
      );

      const late = await h.call(
        'inbox.decide',
        { idempotencyKey: key(), taskId: first.taskId, decision: 'approve', comment: '' },
        await managerToken('manager-1', 1),
      );
      expect(late.status).toBe(409);
      const tooLow = await h.call(
        'inbox.decide',
        { idempotencyKey: key(), taskId: rows[1]!.taskId, decision: 'approve', comment: '' },
        await managerToken('manager-1', 1),
      );
      expect(tooLow.status).toBe(403);
      await senior.inbox.decide.mutate({
        idempotencyKey: key(),
        taskId: rows[1]!.taskId,
        decision: 'approve',
        comment: 'escalated: approved',
      });
      await eventually(
        () => stageOf(handle),
        (stage) => stage === 'awaiting_shipment',
      );
      await handle.terminate('test finished');
    } finally {
      await publishPartsPolicy(60);
    }
  });
});

describe('who sees the inbox', () => {
  it('providers and warehouse staff get FORBIDDEN; a manager without a level sees no task', async () => {
    for (const token of [await testTokens.provider('SP-001'), await testTokens.warehouse('WH-EAST')]) {
      const res = await h.call('inbox.list', {}, token, 'GET');
      expect(res.status).toBe(403);
    }
    const none = await (await h.manager('manager-0')).inbox.list.query({ state: 'decided' });
    expect(none.total).toBe(0);
  });

  it('filters by type, state, overdue and level, a page at a time', async () => {
    const head = await h.manager('head-1', 3);
    const all = await head.inbox.list.query({ state: 'decided', pageSize: 200 });
    expect(all.total).toBeGreaterThanOrEqual(2);
    const firstPage = await head.inbox.list.query({ state: 'decided', pageSize: 1, page: 1 });
    const secondPage = await head.inbox.list.query({ state: 'decided', pageSize: 1, page: 2 });
    expect(firstPage).toMatchObject({ total: all.total, page: 1, pageSize: 1 });
    expect(firstPage.items[0]!.taskId).not.toBe(secondPage.items[0]!.taskId);
    expect((await head.inbox.list.query({ type: 'claim', state: 'decided' })).total).toBe(0);
    expect((await head.inbox.list.query({ state: 'decided', overdue: true })).total).toBe(0);
    // The escalated request was decided at level 2, every other at level 1.
    expect((await head.inbox.list.query({ state: 'decided', level: 2 })).total).toBe(1);
    expect((await head.inbox.list.query({ state: 'decided', level: 1 })).total).toBe(all.total - 1);
    expect((await head.inbox.list.query({ state: 'escalated' })).items).toEqual([
      expect.objectContaining({ level: 1, state: 'escalated', overdue: false }),
    ]);
  });
});
