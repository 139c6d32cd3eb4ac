import { cstDateOf } from '@sanbao/calendar';
import { callService } from '../service-calls/business-refusal.ts';
import type { ClaimSettlementHook } from './claim-approval.activities.ts';
import type { ClaimWork } from './claim-approval.contracts.ts';

interface Query<I, O> {
  query(input: I): Promise<O>;
}
interface Mutation<I, O> {
  mutate(input: I): Promise<O>;
}

/** The settlement service's `lines.postForClaim` input: the line is computed from the work and these. */
export type ClaimLineInput = ClaimWork & {
  idempotencyKey: string;
  claimId: string;
  providerId: string;
  completedOn: string;
  category: string;
  grade: string;
  region: string;
  modelCode?: string | undefined;
};

/**
 * What the hook reads and calls, with a system token: the claim and its model's category (warranty), the
 * provider's grade and region (parts), and the settlement line (settlement). The worker passes its typed
 * tRPC clients, which have this shape; tests pass fakes.
 */
export interface ClaimSettlementClients {
  warranty: {
    claims: { get: Query<{ claimId: number }, { claimNo: string; providerId: string; modelCode: string }> };
    models: { get: Query<{ modelCode: string }, { categoryCode: string }> };
  };
  parts: { providers: { get: Query<{ providerId: string }, { grade: string; region: string }> } };
  settlement: { lines: { postForClaim: Mutation<ClaimLineInput, unknown> } };
}

/**
 * The claim workflow's settlement hook: the line of a completed claim, from the work the provider
 * reported (service type, operation, distance, parts cost), the claim's provider and model, the model's
 * category and the provider's grade and region, dated on the CST day the work was completed. The claim
 * number keys the line (one per claim); the idempotency key is the workflow's settlement step's.
 */
export function createClaimSettlementHook({
  warranty,
  parts,
  settlement,
}: ClaimSettlementClients): ClaimSettlementHook {
  return async ({ claimId, completedAt, work, idempotencyKey }) => {
    const claim = await callService('claims.get', () => warranty.claims.get.query({ claimId }));
    const [model, provider] = await Promise.all([
      callService('models.get', () => warranty.models.get.query({ modelCode: claim.modelCode })),
      callService('providers.get', () => parts.providers.get.query({ providerId: claim.providerId })),
    ]);
    await callService('lines.postForClaim', () =>
      settlement.lines.postForClaim.mutate({
        idempotencyKey,
        claimId: claim.claimNo,
        providerId: claim.providerId,
        completedOn: cstDateOf(completedAt ?? new Date().toISOString()),
        ...work,
        category: model.categoryCode,
        grade: provider.grade,
        region: provider.region,
        modelCode: claim.modelCode,
      }),
    );
  };
}
