import { describe, expect, it } from 'vitest';
import { activityEnvFor, quietLog } from '../testing/activity-env.ts';
import { fakeProcedure, trpcError } from '../testing/fake-trpc.ts';
import { createClaimActivities, type ClaimSettlementLine } from './claim-approval.activities.ts';

function fakeWarranty(fail?: () => never) {
  const move = () => fakeProcedure(() => (fail ? fail() : {}));
  return { claims: { requestApproval: move(), approve: move(), reject: move(), startWork: move() } };
}

const env = activityEnvFor('claim:31');

describe('claim activities', () => {
  it('each claim move sends a key derived from the workflow id and the move', async () => {
    const warranty = fakeWarranty();
    const activities = createClaimActivities({ log: quietLog, warranty });
    await env.run(activities.moveClaim, {
      claimId: 31,
      move: 'requestApproval' as const,
      reason: 'refund needs approval',
    });
    await env.run(activities.moveClaim, { claimId: 31, move: 'approve' as const });
    expect(warranty.claims.requestApproval.calls).toEqual([
      { idempotencyKey: 'claim:31:requestApproval', claimId: 31, reason: 'refund needs approval' },
    ]);
    expect(warranty.claims.approve.calls).toEqual([{ idempotencyKey: 'claim:31:approve', claimId: 31 }]);
  });

  it('a claim that cannot move is a non-retryable failure', async () => {
    const warranty = fakeWarranty(() => {
      throw trpcError('CONFLICT', 'claim C-1 is cancelled; it cannot become in_progress');
    });
    const activities = createClaimActivities({ log: quietLog, warranty });
    await expect(env.run(activities.moveClaim, { claimId: 31, move: 'approve' as const })).rejects.toMatchObject({
      type: 'CONFLICT',
      nonRetryable: true,
    });
  });

  it('the settlement hook is a no-op while it is off, and posts with the workflow’s key when on', async () => {
    const line: ClaimSettlementLine = {
      claimId: 31,
      remedy: 'refund',
      valueFen: 250_000,
      completedAt: '2026-11-20T08:00:00.000Z',
      work: { serviceType: 'C', operationCode: 'R-DIAG', oneWayMeters: 0, partsCostFen: 0 },
    };
    const off = createClaimActivities({ log: quietLog, warranty: fakeWarranty() });
    await expect(env.run(off.postClaimSettlement, line)).resolves.toEqual({
      posted: false,
      skipped: 'the settlement hook is off',
    });

    const posted: unknown[] = [];
    const on = createClaimActivities({
      log: quietLog,
      warranty: fakeWarranty(),
      postSettlement: async (l) => void posted.push(l),
    });
    await expect(env.run(on.postClaimSettlement, line)).resolves.toEqual({ posted: true });
    expect(posted).toEqual([{ ...line, idempotencyKey: 'claim:31:settlement' }]);
  });
});
