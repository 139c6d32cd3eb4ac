import type { Logger } from '@sanbao/logger';
import { callService } from '../service-calls/business-refusal.ts';
import { idempotencyKeyFor } from '../service-calls/idempotency-key.ts';

export interface ChargebackEffect {
  kind: 'chargeback' | 'reversal';
  [key: string]: unknown;
}

/** The parts service's `returns.declareOverdue` (system role); the worker passes its typed client. */
export interface ReturnsClient {
  returns: {
    declareOverdue: {
      mutate(input: {
        idempotencyKey: string;
        tagId: number;
      }): Promise<{ status: string; chargeback: ChargebackEffect | null }>;
    };
  };
}

export interface OldPartReturnActivityDeps {
  log: Logger;
  parts: ReturnsClient;
}

export function createOldPartReturnActivities({ log, parts }: OldPartReturnActivityDeps) {
  return {
    /** The tag was not sent back by its due date: the parts service marks it overdue and charges it back. */
    async declareReturnOverdue(tagId: number): Promise<{ status: string; chargedBack: boolean }> {
      const idempotencyKey = idempotencyKeyFor('declare-overdue');
      const result = await callService('returns.declareOverdue', () =>
        parts.returns.declareOverdue.mutate({ idempotencyKey, tagId }),
      );
      log.info({ tagId, idempotencyKey, chargeback: result.chargeback?.kind ?? null }, 'return tag declared overdue');
      return { status: result.status, chargedBack: result.chargeback?.kind === 'chargeback' };
    },
  };
}

export type OldPartReturnActivities = ReturnType<typeof createOldPartReturnActivities>;

/**
 * The reminder to the provider before the due date. Like the inbox activities it belongs to the
 * approvals service (its notices), so the worker does not register it yet.
 */
export interface ReturnNoticeActivities {
  remindReturnDue(input: { tagId: number; tagNumber?: string | undefined; overdueAt: string }): Promise<void>;
}
