import type { Kysely } from '@sanbao/db';
import { enqueueSignal, enqueueWorkflowStart } from '@sanbao/temporal';
import type { ClaimFacts, Remedy, Sale } from '@sanbao/warranty-rules';
import { claimCompletedSignal, workflowIds, type ClaimWork } from '@sanbao/workflows/contracts';
import type { WarrantyDatabase } from '../schema.ts';
import { claimEvents } from './claims.repository.ts';

type Trx = Kysely<WarrantyDatabase>;

/**
 * What the chosen remedy costs the manufacturer, the value the approval thresholds compare: a refund
 * its amount, a replacement the price the customer paid for the unit. A repair's parts go through
 * parts requests, which have an approval of their own, so it counts nothing here.
 */
export function remedyValueFen(
  remedy: Pick<Remedy, 'kind' | 'refundFen'>,
  sale: Pick<Sale, 'priceFen' | 'paidFen'>,
): number {
  if (remedy.refundFen !== undefined) return remedy.refundFen;
  if (remedy.kind === 'replace') return sale.paidFen ?? sale.priceFen;
  return 0;
}

/**
 * The customer's remedy is recorded: `claimApproval` decides whether it needs a manager (or two levels),
 * in the caller's transaction through the outbox. Whoever opened the claim may not approve it.
 */
export async function startClaimApproval(
  trx: Trx,
  claim: { id: number; claimNo: string },
  remedy: Remedy,
  facts: Pick<ClaimFacts, 'sale'>,
) {
  const openedBy = (await claimEvents(trx, claim.id)).find((e) => e.fromState === null)?.actor;
  await enqueueWorkflowStart(trx, {
    workflowType: 'claimApproval',
    workflowId: workflowIds.claim(claim.id),
    args: [
      {
        claimId: claim.id,
        claimNo: claim.claimNo,
        remedy: remedy.kind,
        valueFen: remedyValueFen(remedy, facts.sale),
        requestedBy: openedBy,
      },
    ],
  });
}

/** The provider completed the remedy: the claim's workflow moves to settlement, with the work reported. */
export const signalClaimCompleted = (trx: Trx, claimId: number, completedAt: Date, work?: ClaimWork) =>
  enqueueSignal(trx, {
    workflowId: workflowIds.claim(claimId),
    signal: claimCompletedSignal,
    args: [{ completedAt: completedAt.toISOString(), ...(work ? { work } : {}) }],
  });
