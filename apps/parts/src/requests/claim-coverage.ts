import { z } from 'zod';

/** What the warranty service says about a claim: whose it is, which unit, and whether it is covered. */
export interface ClaimCoverageAnswer {
  claimId: string;
  providerId: string;
  serial: string;
  modelCode: string;
  covered: boolean;
}

/** The port the requests feature asks before issuing warranty parts; null when there is no such claim. */
export interface ClaimCoverage {
  getCoverage(claimId: string): Promise<ClaimCoverageAnswer | null>;
}

/** The warranty service's internal `claims.coverage` query, as a tRPC client exposes it. */
export interface ClaimCoverageQuery {
  query(input: { claimId: string }): Promise<unknown>;
}

const coverageAnswer = z
  .object({
    claimId: z.union([z.string(), z.number()]).transform(String),
    providerId: z.string(),
    serial: z.string(),
    modelCode: z.string(),
    covered: z.boolean(),
  })
  .nullable();

const isNotFound = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { data?: { code?: unknown } }).data?.code === 'NOT_FOUND';

/**
 * The real adapter: a tRPC client of the warranty service, called with a system token. A NOT_FOUND
 * answer means no such claim; an answer of the wrong shape is a broken contract and throws.
 */
export function createWarrantyClaimCoverage(claimsCoverage: ClaimCoverageQuery): ClaimCoverage {
  return {
    async getCoverage(claimId) {
      let answer: unknown;
      try {
        answer = await claimsCoverage.query({ claimId });
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
      return coverageAnswer.parse(answer ?? null);
    },
  };
}
