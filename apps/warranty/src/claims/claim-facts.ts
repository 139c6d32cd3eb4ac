import type { Claim, ClaimFacts, Policy, Repair, Replacement } from '@sanbao/warranty-rules';
import type { UnitFacts } from './unit-facts.repository.ts';

/** Drops undefined and null members so the stored facts are exactly the ClaimFacts JSON the engine reads. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null)) as T;
}

const isoOf = (value: Date | string | null): string | undefined =>
  value === null ? undefined : value instanceof Date ? value.toISOString() : new Date(value).toISOString();

/**
 * The claim facts (the engine's ClaimFacts) from the registry's records and the provider's claim. The model's main parts
 * join the policy's, so a model-specific main part is judged as one.
 */
export function buildClaimFacts(unit: UnitFacts, claim: Claim): ClaimFacts {
  if (!unit.policy) throw new Error('buildClaimFacts needs a policy');
  const terms = unit.policy.terms as Policy;
  const mainParts = [...new Set([...(terms.mainParts ?? []), ...unit.mainParts])];
  const policy: Policy = mainParts.length ? { ...terms, mainParts } : terms;
  const repairs: Repair[] = unit.repairs.map((r) =>
    compact({
      sentOn: r.sentOn,
      completedOn: r.completedOn ?? undefined,
      partCode: r.partCode ?? undefined,
      faultCode: r.faultCode ?? undefined,
      fixed: r.fixed,
      seriousSafetyFault: r.seriousSafetyFault || undefined,
      hours: r.hours ?? undefined,
      excludedHours: r.excludedHours ?? undefined,
    }),
  );
  const replacements: Replacement[] = unit.replacements.map((x) => ({ on: x.replacedOn, scope: x.scope }));
  const holidays = unit.calendar.filter((d) => d.kind === 'holiday').map((d) => d.day);
  const makeUpWorkdays = unit.calendar.filter((d) => d.kind === 'make_up_workday').map((d) => d.day);
  return {
    policy,
    sale: compact({
      channel: unit.channel,
      invoiceDate: unit.invoiceDate,
      deliveredAt: isoOf(unit.deliveredAt),
      installedOn: unit.installedOn ?? undefined,
      priceFen: unit.priceFen,
      paidFen: unit.paidFen ?? undefined,
      documents: unit.documents as ClaimFacts['sale']['documents'],
    }),
    history: { repairs, replacements },
    claim,
    calendar: { holidays, makeUpWorkdays },
  };
}
