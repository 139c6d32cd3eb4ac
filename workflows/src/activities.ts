import { createInboxActivities, type ApprovalsClient } from './approvals/inbox.activities.ts';
import { createClaimActivities, type ClaimActivityDeps } from './claim-approval/claim-approval.activities.ts';
import {
  createOldPartReturnActivities,
  type OldPartReturnActivityDeps,
} from './old-part-return/old-part-return.activities.ts';
import {
  createPartsRequestActivities,
  type PartsRequestActivityDeps,
} from './parts-request-approval/parts-request-approval.activities.ts';
import {
  createExceptionsScanActivities,
  type ExceptionsScanActivityDeps,
} from './exceptions-scan/exceptions-scan.activities.ts';
import { createPingActivities, type PingActivityDeps } from './ping/ping.activities.ts';
import {
  createSettlementCycleActivities,
  type SettlementCycleActivityDeps,
} from './settlement-cycle/settlement-cycle.activities.ts';
import {
  createQuotaOverrunActivities,
  type QuotaOverrunActivityDeps,
} from './quota-overrun-approval/quota-overrun-approval.activities.ts';

/**
 * The service clients the approval workflows' activities call: the worker's typed tRPC clients of the
 * parts and warranty services (system token), and the claim settlement hook when it is on.
 */
export interface ApprovalActivityDeps {
  parts: PartsRequestActivityDeps['parts'] & OldPartReturnActivityDeps['parts'] & ExceptionsScanActivityDeps['parts'];
  warranty: PartsRequestActivityDeps['warranty'] &
    ClaimActivityDeps['warranty'] &
    ExceptionsScanActivityDeps['warranty'];
  /** The approvals service: the inbox table and the current policies. */
  inbox: ApprovalsClient;
  postSettlement?: ClaimActivityDeps['postSettlement'];
}

export { createInboxActivities, type ApprovalsClient } from './approvals/inbox.activities.ts';
export { createClaimSettlementHook } from './claim-approval/claim-settlement-hook.ts';
export { createExceptionsScanActivities } from './exceptions-scan/exceptions-scan.activities.ts';
export { createQuotaOverrunActivities } from './quota-overrun-approval/quota-overrun-approval.activities.ts';

export type ActivityDeps = PingActivityDeps & {
  /** Without it the worker registers the ping activity only. */
  approvals?: ApprovalActivityDeps | undefined;
  /** The settlement service's client (system token), for the settlement cycle and quota overruns. */
  settlement?: (SettlementCycleActivityDeps['settlement'] & QuotaOverrunActivityDeps['settlement']) | undefined;
};

/**
 * Every activity the worker registers, built from injected dependencies (real clients or fakes). The
 * return reminder (`remindReturnDue`) is a log line until a notification channel exists.
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
          ...createInboxActivities({ log, approvals: approvals.inbox }),
          ...createExceptionsScanActivities({
            log,
            parts: approvals.parts,
            warranty: approvals.warranty,
            approvals: approvals.inbox,
          }),
          async remindReturnDue(input: { tagId: number; tagNumber?: string | undefined; overdueAt: string }) {
            log.info(input, 'old part due back soon: provider reminded');
          },
        }
      : {}),
    ...(settlement
      ? {
          ...createSettlementCycleActivities({ log, settlement }),
          ...createQuotaOverrunActivities({ log, settlement }),
        }
      : {}),
  };
}
