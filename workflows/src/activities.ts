import { createClaimActivities, type ClaimActivityDeps } from './claim-approval/claim-approval.activities.ts';
import { createOldPartReturnActivities, type OldPartReturnActivityDeps } from './old-part-return/old-part-return.activities.ts';
import { createPartsRequestActivities, type PartsRequestActivityDeps } from './parts-request-approval/parts-request-approval.activities.ts';
import { createPingActivities, type PingActivityDeps } from './ping/ping.activities.ts';
import { createSettlementCycleActivities, type SettlementCycleActivityDeps } from './settlement-cycle/settlement-cycle.activities.ts';

/**
 * The service clients the approval workflows' activities call: the worker's typed tRPC clients of the
 * parts and warranty services (system token), and the settlement hook once settlement exists.
 */
export interface ApprovalActivityDeps {
  parts: PartsRequestActivityDeps['parts'] & OldPartReturnActivityDeps['parts'];
  warranty: PartsRequestActivityDeps['warranty'] & ClaimActivityDeps['warranty'];
  postSettlement?: ClaimActivityDeps['postSettlement'];
}

export type ActivityDeps = PingActivityDeps & {
  /** Without it the worker registers the ping activity only. */
  approvals?: ApprovalActivityDeps | undefined;
  /** The settlement service's client (system token), for the settlement cycle. */
  settlement?: SettlementCycleActivityDeps['settlement'] | undefined;
};

/**
 * Every activity the worker registers, built from injected dependencies (real clients or fakes).
 * The inbox activities (`InboxActivities`) and the return reminder (`ReturnNoticeActivities`) are not
 * among them: the approvals service will provide them.
 */
export function createActivities(deps: ActivityDeps) {
  const { log, approvals, settlement } = deps;
  return {
    ...createPingActivities(deps),
    ...(approvals
      ? {
          ...createPartsRequestActivities({ log, parts: approvals.parts, warranty: approvals.warranty }),
          ...createClaimActivities({ log, warranty: approvals.warranty, postSettlement: approvals.postSettlement }),
          ...createOldPartReturnActivities({ log, parts: approvals.parts }),
        }
      : {}),
    ...(settlement ? createSettlementCycleActivities({ log, settlement }) : {}),
  };
}
