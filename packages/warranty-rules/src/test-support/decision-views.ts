// Compact views of a Decision for table tests: kind -> rule of what is granted and of what is denied.
import type { ClaimFacts, Decision, Policy } from '../contract.ts';
import { addDays } from '../days.ts';
import type { FactsOptions } from './claim-facts.ts';
import { car, qualityClaim } from './claim-facts.ts';

export function granted(decision: Decision): Record<string, string> {
  return Object.fromEntries(decision.remedies.map((remedy) => [remedy.kind, remedy.rule]));
}

export function refused(decision: Decision): Record<string, string> {
  return Object.fromEntries(decision.denied.map((denial) => [denial.kind, denial.rule]));
}

export function remedyOf(decision: Decision, kind: string) {
  return decision.remedies.find((remedy) => remedy.kind === kind);
}

export const CAR_INVOICE = '2024-03-01';

/** A car quality claim `day` days after the invoice (no delivery record), at `km` on the odometer. */
export function carClaimOn(day: number, km: number, options: FactsOptions = {}, policy: Policy = car): ClaimFacts {
  return qualityClaim(policy, CAR_INVOICE, addDays(CAR_INVOICE, day), {
    ...options,
    claim: { odometerKm: km, ...options.claim },
  });
}
