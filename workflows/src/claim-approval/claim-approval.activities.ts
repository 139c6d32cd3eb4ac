import type { Logger } from '@sanbao/logger';
import { callService } from '../service-calls/business-refusal.ts';
import { idempotencyKeyFor } from '../service-calls/idempotency-key.ts';
import type { ClaimWork } from './claim-approval.contracts.ts';

type ClaimMove = { mutate(input: { idempotencyKey: string; claimId: number; reason?: string }): Promise<unknown> };

/** The warranty service's claim moves the workflow drives (system role); the worker passes its typed client. */
export interface ClaimsClient {
  claims: {
    requestApproval: ClaimMove;
    approve: ClaimMove;
    reject: ClaimMove;
    startWork: ClaimMove;
  };
}

/** What the claim workflow knows of a completed claim when it settles it. */
export interface ClaimSettlementLine {
  claimId: number;
  remedy: string;
  valueFen: number;
  /** When the work was completed: the line's business date is its CST date. */
  completedAt?: string | undefined;
  /** The provider's report of the work; without one there is nothing to compute a line from. */
  work?: ClaimWork | undefined;
}

/** The settlement hook: posts the line of a completed claim whose work was reported. */
export type ClaimSettlementHook = (
  line: ClaimSettlementLine & { work: ClaimWork; idempotencyKey: string },
) => Promise<void>;

export interface ClaimActivityDeps {
  log: Logger;
  warranty: ClaimsClient;
  /** Posts a completed claim's settlement line (`SETTLEMENT_HOOK`); absent, the step is a no-op that says so. */
  postSettlement?: ClaimSettlementHook | undefined;
}

export type ClaimMoveName = keyof ClaimsClient['claims'];

export function createClaimActivities({ log, warranty, postSettlement }: ClaimActivityDeps) {
  return {
    /** Moves the claim one step; the idempotency key is the workflow's and the move's. */
    async moveClaim(input: { claimId: number; move: ClaimMoveName; reason?: string }): Promise<void> {
      const idempotencyKey = idempotencyKeyFor(input.move);
      const { claimId, reason } = input;
      await callService(`claims.${input.move}`, () =>
        warranty.claims[input.move].mutate({ idempotencyKey, claimId, ...(reason ? { reason } : {}) }),
      );
      log.info({ claimId, move: input.move, idempotencyKey }, 'claim moved');
    },

    /** The settlement hook: posts the completed claim's line, or says why it did not. */
    async postClaimSettlement(line: ClaimSettlementLine): Promise<{ posted: boolean; skipped?: string }> {
      const { work } = line;
      if (!postSettlement || !work) {
        const skipped = postSettlement ? 'no work was reported with the completion' : 'the settlement hook is off';
        log.info({ claimId: line.claimId, skipped }, 'no settlement line posted');
        return { posted: false, skipped };
      }
      await callService('settlement', () =>
        postSettlement({ ...line, work, idempotencyKey: idempotencyKeyFor('settlement') }),
      );
      return { posted: true };
    },
  };
}

export type ClaimActivities = ReturnType<typeof createClaimActivities>;
