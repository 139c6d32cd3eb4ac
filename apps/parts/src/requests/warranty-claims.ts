import { createServiceClient } from '@sanbao/trpc/client';
import type { WarrantyRouter } from '@sanbao/warranty/router';
import { createWarrantyClaimCoverage, type ClaimCoverage } from './claim-coverage.ts';

/** What the warranty service accepts as a claim id: a positive safe integer, written plainly. */
export const isWarrantyClaimId = (claimId: string): boolean =>
  /^[1-9]\d{0,15}$/.test(claimId) && Number.isSafeInteger(Number(claimId));

/**
 * The warranty service's `claims.coverage`, called with a system token. Warranty claim ids are
 * integers; ours are strings, and a string that is not one names no claim.
 */
export function warrantyClaimCoverage(settings: { url: string; token: () => Promise<string> }): ClaimCoverage {
  const warranty = createServiceClient<WarrantyRouter>(settings);
  return createWarrantyClaimCoverage({
    query: async ({ claimId }) =>
      isWarrantyClaimId(claimId) ? warranty.claims.coverage.query({ claimId: Number(claimId) }) : null,
  });
}
