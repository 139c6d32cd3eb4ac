import { describe, expect, it } from 'vitest';
import { activityEnvFor, quietLog } from '../testing/activity-env.ts';
import { fakeProcedure } from '../testing/fake-trpc.ts';
import { createExceptionsScanActivities } from './exceptions-scan.activities.ts';
import type { ExceptionItem } from './exceptions-scan.contracts.ts';

const item = (itemKey: string): ExceptionItem => ({
  itemKey,
  kind: 'claim_overdue',
  reference: itemKey.toUpperCase(),
  providerId: 'SP-001',
  summary: 'open too long',
  since: '2026-11-01',
});
const env = activityEnvFor('exceptions-scan-2026-11-29T02:00:00Z');

function world(openBefore: string[], found: { parts?: ExceptionItem[]; warranty?: ExceptionItem[] } = {}) {
  const approvals = {
    tasks: {
      open: fakeProcedure((input) => ({ workflowId: (input.task as { workflowId: string }).workflowId })),
      remind: fakeProcedure(() => ({})),
      escalate: fakeProcedure(() => ({})),
      close: fakeProcedure(() => ({})),
      openExceptions: { query: async () => openBefore },
    },
    policies: { current: fakeProcedure(() => ({ version: 1, document: {} })) },
  };
  const parts = { supervision: { exceptions: fakeProcedure(() => found.parts ?? []) } };
  const warranty = { supervision: { exceptions: fakeProcedure(() => found.warranty ?? []) } };
  return {
    approvals,
    parts,
    warranty,
    activities: createExceptionsScanActivities({ log: quietLog, parts, warranty, approvals }),
  };
}

const sync = {
  scanId: 'exceptions-scan-2026-11-29T02:00:00Z',
  openedAt: '2026-11-29T02:00:00.000Z',
  dueAt: '2026-11-30T02:00:00.000Z',
  candidate: { role: 'manager', level: 3 },
};

describe('the exceptions supervision activities', () => {
  it('asks both services with the policy’s thresholds', async () => {
    const w = world([], { parts: [item('parts-request:1:submitted')], warranty: [item('claim:9:open')] });
    await expect(
      env.run(w.activities.findExceptionItems, { claimOpenSeconds: 600, requestStuckSeconds: 3600 }),
    ).resolves.toHaveLength(2);
    expect(w.parts.supervision.exceptions.calls).toEqual([{ requestStuckSeconds: 3600 }]);
    expect(w.warranty.supervision.exceptions.calls).toEqual([{ claimOpenSeconds: 600 }]);
  });

  it('opens a task for each item not yet raised and closes the open ones whose item moved', async () => {
    const w = world(['exception:claim:1:open', 'exception:claim:2:open']);
    const result = await env.run(w.activities.syncExceptionTasks, {
      ...sync,
      items: [item('claim:2:open'), item('claim:3:open')],
    });
    expect(result).toEqual({ opened: 1, closed: 1 });
    expect(w.approvals.tasks.open.calls).toEqual([
      {
        idempotencyKey: `${sync.scanId}:open:exception:claim:3:open`,
        task: expect.objectContaining({
          taskId: 'exception:claim:3:open',
          workflowId: sync.scanId,
          requestType: 'exception',
          level: 1,
          candidate: { role: 'manager', level: 3 },
          dueAt: sync.dueAt,
        }),
      },
    ]);
    expect(w.approvals.tasks.close.calls).toEqual([
      {
        idempotencyKey: `${sync.scanId}:close:exception:claim:1:open`,
        taskId: 'exception:claim:1:open',
        state: 'closed',
      },
    ]);
  });
});
