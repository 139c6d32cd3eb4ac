import { describe, expect, it } from 'vitest';
import { activityEnvFor, quietLog } from '../testing/activity-env.ts';
import { fakeProcedure, trpcError } from '../testing/fake-trpc.ts';
import { createInboxActivities } from './inbox.activities.ts';
import { demoLikePolicies } from '../testing/policy-documents.ts';

function fakeApprovals(policy: unknown = demoLikePolicies.parts_request) {
  return {
    tasks: {
      open: fakeProcedure(() => ({})),
      remind: fakeProcedure(() => ({})),
      escalate: fakeProcedure(() => ({})),
      close: fakeProcedure(() => ({})),
      openExceptions: { query: async () => [] as string[] },
    },
    policies: { current: fakeProcedure(() => ({ version: 4, document: policy })) },
  };
}

const env = activityEnvFor('parts-request:7');
const subject = {
  requestType: 'parts_request' as const,
  reference: 'PR-202611-000007',
  summary: 'over the limit',
  requestedBy: 'user-SP-001',
  providerId: 'SP-001',
};
const task = {
  taskId: 'parts-request:7:approval:L1',
  step: 'approval',
  level: 1,
  candidate: { role: 'manager', level: 1 },
  openedAt: '2026-11-29T01:00:00.000Z',
  dueAt: '2026-11-29T05:00:00.000Z',
};

describe('the inbox activities', () => {
  it('every call is keyed on the task id, so a retried activity sends the same key', async () => {
    const approvals = fakeApprovals();
    const inbox = createInboxActivities({ log: quietLog, approvals });
    await env.run(inbox.openInboxTask, { workflowId: 'parts-request:7', subject, task });
    await env.run(inbox.openInboxTask, { workflowId: 'parts-request:7', subject, task });
    await env.run(inbox.remindInboxTask, { taskId: task.taskId, dueAt: task.dueAt });
    const to = { ...task, taskId: 'parts-request:7:approval:L2', level: 2, candidate: { role: 'manager', level: 2 } };
    await env.run(inbox.escalateInboxTask, { fromTaskId: task.taskId, workflowId: 'parts-request:7', subject, to });
    await env.run(inbox.closeInboxTask, {
      taskId: to.taskId,
      state: 'decided' as const,
      decision: 'approve' as const,
      decidedBy: 'senior-1',
      slaMet: true,
    });

    expect(approvals.tasks.open.calls).toEqual([
      {
        idempotencyKey: 'open:parts-request:7:approval:L1',
        task: { ...subject, ...task, workflowId: 'parts-request:7' },
      },
      {
        idempotencyKey: 'open:parts-request:7:approval:L1',
        task: { ...subject, ...task, workflowId: 'parts-request:7' },
      },
    ]);
    expect(approvals.tasks.remind.calls).toEqual([
      { idempotencyKey: 'remind:parts-request:7:approval:L1', taskId: task.taskId },
    ]);
    expect(approvals.tasks.escalate.calls).toEqual([
      {
        idempotencyKey: 'escalate:parts-request:7:approval:L1',
        fromTaskId: task.taskId,
        to: { ...subject, ...to, workflowId: 'parts-request:7' },
      },
    ]);
    expect(approvals.tasks.close.calls).toEqual([
      {
        idempotencyKey: 'close:parts-request:7:approval:L2',
        taskId: to.taskId,
        state: 'decided',
        decision: 'approve',
        decidedBy: 'senior-1',
        slaMet: true,
      },
    ]);
  });

  it('loadApprovalPolicy answers the version in force in the workflow’s shape: manager levels, milliseconds', async () => {
    const inbox = createInboxActivities({ log: quietLog, approvals: fakeApprovals() });
    await expect(env.run(inbox.loadApprovalPolicy, 'parts_request' as const)).resolves.toEqual({
      version: 4,
      autoApprovalLimitFen: 50_000,
      approval: {
        chain: [
          { candidate: { role: 'manager', level: 1 }, slaMs: 4 * 3_600_000 },
          { candidate: { role: 'manager', level: 2 }, slaMs: 8 * 3_600_000 },
        ],
        reminderLeadMs: 3_600_000,
      },
    });
  });

  it('a refusal by the approvals service is non-retryable; an outage is retried', async () => {
    const refused = fakeApprovals();
    refused.tasks.open = fakeProcedure(() => {
      throw trpcError('BAD_REQUEST', 'task.dueAt: is before openedAt');
    });
    await expect(
      env.run(createInboxActivities({ log: quietLog, approvals: refused }).openInboxTask, {
        workflowId: 'parts-request:7',
        subject,
        task,
      }),
    ).rejects.toMatchObject({ type: 'BAD_REQUEST', nonRetryable: true });

    const down = fakeApprovals();
    down.tasks.open = fakeProcedure(() => {
      throw new TypeError('fetch failed');
    });
    await expect(
      env.run(createInboxActivities({ log: quietLog, approvals: down }).openInboxTask, {
        workflowId: 'parts-request:7',
        subject,
        task,
      }),
    ).rejects.toBeInstanceOf(TypeError);
  });
});
