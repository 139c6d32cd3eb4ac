import type { ClaimCoverage, ClaimCoverageAnswer } from '../src/requests/claim-coverage.ts';

/** Stands in for the warranty service in tests: claims are whatever the test says they are. */
export function createInMemoryClaimCoverage(initial: ClaimCoverageAnswer[] = []) {
  const claims = new Map(initial.map((c) => [c.claimId, c]));
  let asked = 0;
  const coverage: ClaimCoverage & { put(claim: ClaimCoverageAnswer): void; asked(): number } = {
    async getCoverage(claimId) {
      asked++;
      return claims.get(claimId) ?? null;
    },
    put(claim) {
      claims.set(claim.claimId, claim);
    },
    asked: () => asked,
  };
  return coverage;
}
