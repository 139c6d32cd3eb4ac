import type { Logger } from '@sanbao/logger';
import { callService, toActivityFailure, trpcCodeOf } from '../service-calls/business-refusal.ts';
import { idempotencyKeyFor } from '../service-calls/idempotency-key.ts';
import type { PartsRequestFacts } from './auto-approval.ts';

interface Query<I, O> {
  query(input: I): Promise<O>;
}
interface Mutation<I, O> {
  mutate(input: I): Promise<O>;
}

/** A parts request as the parts service's `requests.get` answers it (the fields the workflow reads). */
export interface PartsRequestView {
  id: number;
  requestNumber: string;
  providerId: string;
  purpose: 'warranty' | 'paid_repair' | 'stock';
  claimId: string | null;
  modelCode: string | null;
  status: string;
  totalValueFen: number;
  overCreditLimit: boolean;
  createdBy: string;
  lines: { partCode: string; requestedCode: string }[];
}

/**
 * The procedures of the parts service these activities call. The worker passes its typed tRPC client
 * (`createServiceClient<PartsRouter>`), which has this shape; tests pass fakes.
 */
export interface PartsRequestsClient {
  requests: {
    get: Query<{ requestId: number }, PartsRequestView>;
    approve: Mutation<
      { idempotencyKey: string; requestId: number; reason?: string; decidedBy?: { sub: string; role: 'manager' } },
      unknown
    >;
    reject: Mutation<{ idempotencyKey: string; requestId: number; reason: string }, unknown>;
    reserve: Mutation<{ idempotencyKey: string; requestId: number }, unknown>;
  };
  catalog: {
    getBom: Query<{ modelCode: string }, { lines: { code: string; supersededBy: string | null }[] }>;
  };
}

/** The warranty service's `claims.coverage` (internal procedure, system token). */
export interface ClaimCoverageClient {
  claims: {
    coverage: Query<{ claimId: number }, { covered: boolean } | null>;
  };
}

export interface PartsRequestActivityDeps {
  log: Logger;
  parts: PartsRequestsClient;
  warranty: ClaimCoverageClient;
}

export type ReservationResult = { reserved: true } | { reserved: false; shortage: string };

// The parts service reserves every line or none and says why with a CONFLICT naming the short part.
const isShortage = (error: unknown) =>
  trpcCodeOf(error) === 'CONFLICT' && error instanceof Error && /insufficient stock/i.test(error.message);

const claimNumber = (claimId: string) => (/^[1-9]\d{0,15}$/.test(claimId) ? Number(claimId) : null);

export function createPartsRequestActivities({ log, parts, warranty }: PartsRequestActivityDeps) {
  async function claimCovered(request: PartsRequestView): Promise<boolean | null> {
    if (request.purpose !== 'warranty' || !request.claimId) return null;
    const claimId = claimNumber(request.claimId);
    if (claimId === null) return false;
    const coverage = await callService('claims.coverage', () => warranty.claims.coverage.query({ claimId }));
    return coverage?.covered ?? false;
  }

  async function inBom(request: PartsRequestView): Promise<boolean | null> {
    if (request.purpose !== 'warranty' || !request.modelCode) return null;
    const { modelCode } = request;
    try {
      const bom = await parts.catalog.getBom.query({ modelCode });
      // A BOM part counts as itself and as the part that supersedes it; a longer chain falls to a person.
      const codes = new Set(bom.lines.flatMap((l) => (l.supersededBy ? [l.code, l.supersededBy] : [l.code])));
      return request.lines.every((l) => codes.has(l.partCode) || codes.has(l.requestedCode));
    } catch (error) {
      if (trpcCodeOf(error) === 'NOT_FOUND') return false;
      throw toActivityFailure('catalog.getBom', error);
    }
  }

  return {
    /** The check step: the request, its claim's coverage and its BOM, as facts for the auto-approval rule. */
    async assessPartsRequest(requestId: number): Promise<PartsRequestFacts> {
      const request = await callService('requests.get', () => parts.requests.get.query({ requestId }));
      const [covered, bom] = await Promise.all([claimCovered(request), inBom(request)]);
      return {
        requestId: request.id,
        requestNumber: request.requestNumber,
        providerId: request.providerId,
        purpose: request.purpose,
        status: request.status,
        totalValueFen: request.totalValueFen,
        overCreditLimit: request.overCreditLimit,
        createdBy: request.createdBy,
        claimCovered: covered,
        inBom: bom,
      };
    },

    /** `decidedBy` names the manager who decided in the inbox: parts lets only a manager approve past the credit limit. */
    async approvePartsRequest(input: {
      requestId: number;
      reason: string;
      decidedBy?: { sub: string; role: 'manager' };
    }): Promise<void> {
      const idempotencyKey = idempotencyKeyFor('approve');
      const { requestId, reason, decidedBy } = input;
      await callService('requests.approve', () =>
        parts.requests.approve.mutate({ idempotencyKey, requestId, reason, ...(decidedBy ? { decidedBy } : {}) }),
      );
      log.info({ requestId: input.requestId, idempotencyKey }, 'parts request approved');
    },

    async rejectPartsRequest(input: { requestId: number; reason: string }): Promise<void> {
      const idempotencyKey = idempotencyKeyFor('reject');
      await callService('requests.reject', () =>
        parts.requests.reject.mutate({ idempotencyKey, requestId: input.requestId, reason: input.reason }),
      );
      log.info({ requestId: input.requestId, idempotencyKey }, 'parts request rejected');
    },

    /**
     * Reserves the whole request, or reports the shortage so the workflow waits in backorder. A refused
     * reservation is rolled back and its idempotency key released, so the retry after a stock arrival
     * sends the same key.
     */
    async reservePartsRequest(requestId: number): Promise<ReservationResult> {
      const idempotencyKey = idempotencyKeyFor('reserve');
      try {
        await parts.requests.reserve.mutate({ idempotencyKey, requestId });
        return { reserved: true };
      } catch (error) {
        if (isShortage(error)) return { reserved: false, shortage: (error as Error).message };
        throw toActivityFailure('requests.reserve', error);
      }
    },
  };
}

export type PartsRequestActivities = ReturnType<typeof createPartsRequestActivities>;
