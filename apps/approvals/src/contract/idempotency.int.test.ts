import type { Kysely } from '@sanbao/db';
import {
  fingerprintTables,
  installCommitCrash,
  testTokens,
  withOneValueChanged,
  type CommitCrash,
} from '@sanbao/testing';
import { statusQuery, type OpenTask } from '@sanbao/workflows/contracts';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  approvalsProcedures,
  key,
  managerToken,
  startApprovals,
  type ApprovalsHarness,
} from '../../test/approvals-harness.ts';
import { startApprovalsWorker } from '../../test/approvals-worker.ts';
import {
  fakePartsService,
  partsPolicyInSeconds,
  startPartsRequestApproval,
} from '../../test/parts-request-workflow.ts';

let h: ApprovalsHarness;
let crash: CommitCrash;
let worker: Awaited<ReturnType<typeof startApprovalsWorker>>;

// inbox.decide needs a workflow waiting for the decision. Its own inbox activities do nothing here, so
// the only writes a call makes are its own (the killed call must leave the tables as they were).
const noop = async () => {};
const waitingWorkflowActivities = {
  openInboxTask: noop,
  remindInboxTask: noop,
  escalateInboxTask: noop,
  closeInboxTask: noop,
  ...fakePartsService().activities,
};

beforeAll(async () => {
  h = await startApprovals(inject('postgresAdminUrl'), { temporalAddress: inject('temporalAddress') });
  crash = await installCommitCrash(h.db as Kysely<unknown>);
  worker = await startApprovalsWorker(inject('temporalAddress'), h.url, waitingWorkflowActivities);
});
afterAll(async () => {
  await worker?.stop();
  await h?.stop();
});

let lastId = Math.floor(Math.random() * 1_000_000) * 100;
const snapshot = () => fingerprintTables(h.db as Kysely<unknown>);

const taskFields = (overrides: Record<string, unknown> = {}) => {
  const n = ++lastId;
  const workflowId = `parts-request:${n}`;
  return {
    taskId: `${workflowId}:approval:L1`,
    workflowId,
    requestType: 'parts_request',
    reference: `PR-${n}`,
    summary: 'worth 9000.00 yuan',
    requestedBy: 'user-SP-001',
    providerId: 'SP-001',
    step: 'approval',
    level: 1,
    candidate: { role: 'manager', level: 1 },
    openedAt: new Date().toISOString(),
    dueAt: new Date(Date.now() + 3_600_000).toISOString(),
    ...overrides,
  };
};
const openedTask = async () => {
  const task = taskFields();
  await h.system.tasks.open.mutate({ idempotencyKey: key(), task: task as never });
  return task;
};

/** A parts request's workflow waiting at level 1, with its inbox row open. */
async function waitingTask(): Promise<string> {
  const requestId = ++lastId;
  const handle = await startPartsRequestApproval(h.temporal!, worker.taskQueue, requestId);
  let open: OpenTask | null = null;
  for (let i = 0; i < 100 && !open; i++) {
    open = (await handle.query(statusQuery)).openTask;
    if (!open) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (!open) throw new Error('the workflow opened no task');
  await h.system.tasks.open.mutate({
    idempotencyKey: key(),
    task: { ...taskFields(), ...open, workflowId: handle.workflowId, reference: `PR-${requestId}` } as never,
  });
  return open.taskId;
}

type Caller = 'admin' | 'system' | 'manager';
const tokenOf = (as: Caller) => (as === 'manager' ? managerToken('manager-1', 1) : testTokens.role(as));

/** Every mutation of the router: who calls it, and an input that changes something. */
const mutations: Record<string, { as: Caller; prepare: () => Promise<Record<string, unknown>> }> = {
  'inbox.decide': {
    as: 'manager',
    prepare: async () => ({ taskId: await waitingTask(), decision: 'approve', comment: 'ok' }),
  },
  'tasks.open': { as: 'system', prepare: async () => ({ task: taskFields() }) },
  'tasks.remind': { as: 'system', prepare: async () => ({ taskId: (await openedTask()).taskId }) },
  'tasks.escalate': {
    as: 'system',
    prepare: async () => {
      const from = await openedTask();
      return {
        fromTaskId: from.taskId,
        to: { ...from, taskId: `${from.workflowId}:approval:L2`, level: 2, candidate: { role: 'manager', level: 2 } },
      };
    },
  },
  'tasks.close': {
    as: 'system',
    prepare: async () => ({
      taskId: (await openedTask()).taskId,
      state: 'decided',
      decision: 'approve',
      decidedBy: 'manager-1',
      slaMet: true,
    }),
  },
  'policies.publish': {
    as: 'admin',
    prepare: async () => ({
      note: 'faster level 1',
      kind: 'parts_request',
      document: partsPolicyInSeconds({ levelOneSeconds: 7200, laterSeconds: 14_400, reminderLeadSeconds: 600 }),
    }),
  },
};

describe('every mutation is idempotent', () => {
  it('the table covers every mutation of the router', () => {
    const all = approvalsProcedures()
      .filter((p) => p.type === 'mutation')
      .map((p) => p.path);
    expect(Object.keys(mutations).sort()).toEqual(all.sort());
  });

  it.each(Object.entries(mutations))(
    '%s: killed at commit it leaves nothing, the retry runs once, a replay returns it, another value under the key is a CONFLICT',
    async (path, { as, prepare }) => {
      const input = { idempotencyKey: key('crash'), ...(await prepare()) };
      const token = await tokenOf(as);
      const before = await snapshot();

      await crash.arm(input.idempotencyKey);
      const killed = await h.call(path, input, token);
      expect(killed.status, JSON.stringify(killed.body)).toBeGreaterThanOrEqual(500);
      expect(await snapshot()).toEqual(before);
      await crash.disarm(input.idempotencyKey);

      const retry = await h.call(path, input, token);
      expect(retry.status, JSON.stringify(retry.body)).toBe(200);
      const afterRetry = await snapshot();
      expect(afterRetry).not.toEqual(before);

      const replay = await h.call(path, input, token);
      expect(replay.status).toBe(200);
      expect(replay.body.result!.data).toEqual(retry.body.result!.data);
      expect(await snapshot()).toEqual(afterRetry);

      const changedValue = await h.call(path, withOneValueChanged(input), token);
      expect(changedValue.status, JSON.stringify(changedValue.body)).toBe(409);
      const extraField = await h.call(path, { ...input, note2: 'a different request' }, token);
      expect(extraField.status).toBe(409);
      expect(await snapshot()).toEqual(afterRetry);
    },
  );

  it('the internal task calls are idempotent on the task id too: a second open or close under a new key changes nothing', async () => {
    const task = await openedTask();
    const before = await snapshot();
    await h.system.tasks.open.mutate({ idempotencyKey: key(), task: task as never });
    expect(await snapshot()).toEqual(before);
    const close = { taskId: task.taskId, state: 'timed_out' as const, slaMet: false };
    await h.system.tasks.close.mutate({ idempotencyKey: key(), ...close });
    const closed = await snapshot();
    await h.system.tasks.close.mutate({ idempotencyKey: key(), ...close });
    expect(await snapshot()).toEqual(closed);
  });
});

describe('who may call what', () => {
  it.each([
    ['tasks.open', 'manager'],
    ['tasks.close', 'admin'],
    ['policies.publish', 'manager'],
  ] as const)('%s refuses %s with FORBIDDEN and writes nothing', async (path, as) => {
    const before = await snapshot();
    const res = await h.call(path, { idempotencyKey: key() }, await tokenOf(as));
    expect(res.status).toBe(403);
    expect(await snapshot()).toEqual(before);
  });

  it('bad input is BAD_REQUEST naming the field', async () => {
    const res = await h.call(
      'tasks.open',
      { idempotencyKey: key(), task: taskFields({ dueAt: 'tomorrow' }) },
      await testTokens.role('system'),
    );
    expect(res.status).toBe(400);
    expect(res.body.error!.data.fieldErrors!.map((f) => f.path)).toEqual(['task.dueAt']);
  });
});
