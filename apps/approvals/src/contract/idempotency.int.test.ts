import { itKeepsTheIdempotencyContract, roleTokens, testTokens, type IdempotentMutation } from '@sanbao/testing';
import type { Role } from '@sanbao/trpc/auth';
import { statusQuery, type OpenTask } from '@sanbao/workflows/contracts';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ApprovalsDeps } from '../approvals-deps.ts';
import { createApprovalsRouter } from '../router.ts';
import { key, managerToken, startApprovals, type ApprovalsHarness } from '../../test/approvals-harness.ts';
import { startApprovalsWorker } from '../../test/approvals-worker.ts';
import {
  fakePartsService,
  partsPolicyInSeconds,
  startPartsRequestApproval,
} from '../../test/parts-request-workflow.ts';

let h: ApprovalsHarness;
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
  worker = await startApprovalsWorker(inject('temporalAddress'), h.url, waitingWorkflowActivities);
});
afterAll(async () => {
  await worker?.stop();
  await h?.stop();
});

let lastId = Math.floor(Math.random() * 1_000_000) * 100;
const snapshot = () => h.snapshot();

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

/** Managers decide at approval level 1; the other callers carry their role's standard test token. */
const tokenOf = async (as: Role) => (as === 'manager' ? managerToken('manager-1', 1) : (await roleTokens())[as]);

/** Every mutation of the router: who calls it, and an input that changes something. */
const mutations: Record<string, IdempotentMutation> = {
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
  itKeepsTheIdempotencyContract({
    router: createApprovalsRouter({} as ApprovalsDeps),
    mutations,
    tokenOf,
    call: (path, input, token) => h.call(path, input, token),
    snapshot,
    db: () => h.db,
  });

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
