import { statusQuery } from '@sanbao/workflows/contracts';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { key, managerToken, startApprovals, type ApprovalsHarness } from '../../test/approvals-harness.ts';
import { startApprovalsWorker } from '../../test/approvals-worker.ts';
import {
  fakePartsService,
  publishPartsPolicyInSeconds,
  startPartsRequestApproval,
} from '../../test/parts-request-workflow.ts';

// A manager's reach in approvals is their approval level (the authorization matrix has no tenant rows
// here): a parts request's workflow on the real Temporal dev server escalates to level 2, and a level-1
// manager can neither see that task in the inbox nor decide it.
const parts = fakePartsService();

let h: ApprovalsHarness;
let worker: Awaited<ReturnType<typeof startApprovalsWorker>>;

beforeAll(async () => {
  h = await startApprovals(inject('postgresAdminUrl'), { temporalAddress: inject('temporalAddress') });
  worker = await startApprovalsWorker(inject('temporalAddress'), h.url, parts.activities);
  // Level 1 has two seconds before the task escalates; level 2 long enough to stay put during the test.
  await publishPartsPolicyInSeconds(h.admin, { levelOneSeconds: 2, laterSeconds: 600 });
});
afterAll(async () => {
  await worker?.stop();
  await h?.stop();
});

async function pendingRowsOf(workflowId: string, level: number) {
  const manager = await h.manager(`manager-L${level}`, level);
  const page = await manager.inbox.list.query({ state: 'pending', pageSize: 200 });
  return page.items.filter((t) => t.workflowId === workflowId);
}

describe('a manager reaches tasks at or below their approval level only', () => {
  it('a level-1 manager neither lists nor decides a level-2 task; a level-2 manager does both', async () => {
    const requestId = Math.floor(Math.random() * 1_000_000_000);
    const handle = await startPartsRequestApproval(h.temporal!, worker.taskQueue, requestId);
    try {
      const deadline = Date.now() + 30_000;
      let levelTwo = await pendingRowsOf(handle.workflowId, 2);
      while (!levelTwo.some((t) => t.level === 2) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        levelTwo = await pendingRowsOf(handle.workflowId, 2);
      }
      const task = levelTwo.find((t) => t.level === 2);
      expect(task, 'the task escalated to level 2').toBeDefined();

      expect(await pendingRowsOf(handle.workflowId, 1)).toEqual([]);
      const decide = { taskId: task!.taskId, decision: 'approve', comment: 'level 1 tries' };
      const refused = await h.call(
        'inbox.decide',
        { idempotencyKey: key(), ...decide },
        await managerToken('manager-L1', 1),
      );
      expect(refused.status, JSON.stringify(refused.body)).toBe(403);
      expect(await pendingRowsOf(handle.workflowId, 2)).toEqual([task]);
      expect((await handle.query(statusQuery)).stage).toBe('awaiting_approval');

      const decided = await h.call(
        'inbox.decide',
        { idempotencyKey: key(), ...decide, comment: 'level 2 decides' },
        await managerToken('manager-L2', 2),
      );
      expect(decided.status, JSON.stringify(decided.body)).toBe(200);
      expect(await pendingRowsOf(handle.workflowId, 2)).toEqual([]);
    } finally {
      await handle.terminate('test finished').catch(() => {});
    }
  }, 60_000);
});
