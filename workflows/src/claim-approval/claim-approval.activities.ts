import type { Logger } from '@sanbao/logger';
import { callService } from '../service-calls/business-refusal.ts';
import { idempotencyKeyFor } from '../service-calls/idempotency-key.ts';

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

export interface ClaimSettlementLine {
  claimId: number;
  remedy: string;
  valueFen: number;
}

export interface ClaimActivityDeps {
  log: Logger;
  warranty: ClaimsClient;
  /**
   * Posts a completed claim's settlement line. Absent until the settlement service provides the
   * endpoint: the hook is then a no-op that says so.
   */
  postSettlement?: ((line: ClaimSettlementLine & { idempotencyKey: string }) => Promise<void>) | undefined;
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

    /** The settlement hook: posts the completed claim's line, or does nothing while the flag is off. */
    async postClaimSettlement(line: ClaimSettlementLine): Promise<{ posted: boolean }> {
      if (!postSettlement) {
        log.info({ claimId: line.claimId }, 'settlement hook is off: no settlement line posted');
        return { posted: false };
      }
      await callService('settlement', () =>
        postSettlement({ ...line, idempotencyKey: idempotencyKeyFor('settlement') }),
      );
      return { posted: true };
    },
  };
}

export type ClaimActivities = ReturnType<typeof createClaimActivities>;
