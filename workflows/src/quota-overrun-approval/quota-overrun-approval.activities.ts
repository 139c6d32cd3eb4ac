import type { Logger } from '@sanbao/logger';
import { callService } from '../service-calls/business-refusal.ts';
import { idempotencyKeyFor } from '../service-calls/idempotency-key.ts';

type LineDecision = {
  mutate(input: { idempotencyKey: string; lineId: number; reason: string }): Promise<unknown>;
};

/**
 * The settlement service's decisions on a held line (system role): released posts its hold, refused
 * voids it. The worker passes its typed client (`createServiceClient<SettlementRouter>`); tests pass fakes.
 */
export interface QuotaLinesClient {
  lines: { release: LineDecision; refuse: LineDecision };
}

export interface QuotaOverrunActivityDeps {
  log: Logger;
  settlement: QuotaLinesClient;
}

/** `lines.release` and `lines.refuse` take a reason of at most this many characters. */
const reasonLimit = 500;

export function createQuotaOverrunActivities({ log, settlement }: QuotaOverrunActivityDeps) {
  return {
    /** Carries out the manager's decision on the line; the key is the workflow's and the decision's. */
    async decideQuotaLine(input: { lineId: number; decision: 'release' | 'refuse'; reason: string }): Promise<void> {
      const idempotencyKey = idempotencyKeyFor(input.decision);
      const reason = input.reason.slice(0, reasonLimit);
      await callService(`lines.${input.decision}`, () =>
        settlement.lines[input.decision].mutate({ idempotencyKey, lineId: input.lineId, reason }),
      );
      log.info({ lineId: input.lineId, decision: input.decision, idempotencyKey }, 'quota decision carried out');
    },
  };
}

export type QuotaOverrunActivities = ReturnType<typeof createQuotaOverrunActivities>;
