// A3 (CPL Art 23 ¶3): for durable goods the operator bears the burden of proof on a defect the
// consumer finds within 6 months of receiving them.
import type { Regime } from './contract.ts';
import type { ClaimContext } from './claim-context.ts';
import { deliveredOn } from './coverage.ts';
import { addMonths, rollPastHolidays } from './days.ts';

/** CPL Art 23 ¶3 names motor vehicles and computers, so these regimes are durable unless the policy says otherwise. */
const DURABLE_REGIMES: readonly Regime[] = ['household_car', 'microcomputer'];

export function isDurable(ctx: ClaimContext): boolean {
  return ctx.policy.durable ?? DURABLE_REGIMES.includes(ctx.policy.regime);
}

export function burdenOfProofOnOperator(ctx: ClaimContext): boolean {
  if (ctx.facts.claim.type !== 'quality' || !isDurable(ctx)) return false;
  const receivedOn = deliveredOn(ctx.facts.sale) ?? ctx.coverage.startsOn;
  return ctx.claimDate <= rollPastHolidays(addMonths(receivedOn, 6), ctx.calendar.holidays);
}
