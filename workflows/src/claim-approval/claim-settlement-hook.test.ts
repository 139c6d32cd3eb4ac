import { describe, expect, it } from 'vitest';
import { activityEnvFor, quietLog } from '../testing/activity-env.ts';
import { fakeProcedure, trpcError } from '../testing/fake-trpc.ts';
import { createClaimActivities, type ClaimSettlementLine } from './claim-approval.activities.ts';
import { createClaimSettlementHook } from './claim-settlement-hook.ts';

const noMoves = {
  claims: {
    requestApproval: fakeProcedure(() => ({})),
    approve: fakeProcedure(() => ({})),
    reject: fakeProcedure(() => ({})),
    startWork: fakeProcedure(() => ({})),
  },
};

/** The hook over fake services, inside the claim activities that call it. */
function hooked(post: () => unknown = () => ({ lineId: 1 })) {
  const services = {
    warranty: {
      claims: {
        get: fakeProcedure(() => ({ claimNo: 'WC-202611-000031', providerId: 'SP-001', modelCode: 'TV-55X' })),
      },
      models: { get: fakeProcedure(() => ({ categoryCode: 'TV' })) },
    },
    parts: { providers: { get: fakeProcedure(() => ({ grade: 'A', region: 'east' })) } },
    settlement: { lines: { postForClaim: fakeProcedure(post) } },
  };
  const postSettlement = createClaimSettlementHook(services);
  return { services, activities: createClaimActivities({ log: quietLog, warranty: noMoves, postSettlement }) };
}

const env = activityEnvFor('claim:31');
// 16:30 UTC on 30 November is already 1 December in China: the line is dated on the CST day.
const completed: ClaimSettlementLine = {
  claimId: 31,
  remedy: 'repair',
  valueFen: 0,
  completedAt: '2026-11-30T16:30:00.000Z',
  work: {
    serviceType: 'C',
    operationCode: 'R-PCB-REPLACE',
    oneWayMeters: 23_400,
    partsCostFen: 85_000,
    partCode: 'TV55-MAINBOARD',
  },
};

describe('the claim settlement hook', () => {
  it('posts the line from the reported work, the claim, its model’s category and the provider’s grade and region, under the workflow’s key', async () => {
    const { services, activities } = hooked();
    await expect(env.run(activities.postClaimSettlement, completed)).resolves.toEqual({ posted: true });
    expect(services.warranty.models.get.calls).toEqual([{ modelCode: 'TV-55X' }]);
    expect(services.parts.providers.get.calls).toEqual([{ providerId: 'SP-001' }]);
    expect(services.settlement.lines.postForClaim.calls).toEqual([
      {
        idempotencyKey: 'claim:31:settlement',
        claimId: 'WC-202611-000031',
        providerId: 'SP-001',
        completedOn: '2026-12-01',
        serviceType: 'C',
        operationCode: 'R-PCB-REPLACE',
        category: 'TV',
        grade: 'A',
        region: 'east',
        oneWayMeters: 23_400,
        partsCostFen: 85_000,
        modelCode: 'TV-55X',
        partCode: 'TV55-MAINBOARD',
      },
    ]);
  });

  it('posts nothing for a completion without a work report, and says so', async () => {
    const { services, activities } = hooked();
    const { work: _work, ...unreported } = completed;
    await expect(env.run(activities.postClaimSettlement, unreported)).resolves.toEqual({
      posted: false,
      skipped: 'no work was reported with the completion',
    });
    expect(services.warranty.claims.get.calls).toEqual([]);
  });

  it('a line the settlement service refuses (no rate for the work) is a non-retryable failure', async () => {
    const { activities } = hooked(() => {
      throw trpcError('BAD_REQUEST', 'no labor rate for grade A in region east');
    });
    await expect(env.run(activities.postClaimSettlement, completed)).rejects.toMatchObject({
      type: 'BAD_REQUEST',
      nonRetryable: true,
    });
  });
});
