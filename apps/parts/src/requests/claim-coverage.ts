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

const codeOf = (error: unknown): unknown =>
  typeof error === 'object' && error !== null ? (error as { data?: { code?: unknown } }).data?.code : undefined;
/** The warranty service knows no such claim, or refuses the id as no claim id at all: either way there is no such claim. */
const namesNoClaim = (error: unknown): boolean => codeOf(error) === 'NOT_FOUND' || codeOf(error) === 'BAD_REQUEST';

/**
 * The real adapter: a tRPC client of the warranty service, called with a system token. A NOT_FOUND or
 * BAD_REQUEST answer means no such claim; the service being down surfaces as 503 (mapped at the tRPC
 * edge); an answer of the wrong shape is a broken contract and throws.
 */
export function createWarrantyClaimCoverage(claimsCoverage: ClaimCoverageQuery): ClaimCoverage {
  return {
    async getCoverage(claimId) {
      let answer: unknown;
      try {
        answer = await claimsCoverage.query({ claimId });
      } catch (error) {
        if (namesNoClaim(error)) return null;
        throw error;
      }
      return coverageAnswer.parse(answer ?? null);
    },
  };
}
