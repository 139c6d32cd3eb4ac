// Which period covers the failed part on the claim date (default 14): the whole-unit period covers
// everything; after it, a main part (B14/E3) or an accessory (C2/C7) may still have its own period.
import type { Day } from './contract.ts';
import type { ClaimContext } from './claim-context.ts';
import { partPeriodEnd, runningPeriod } from './coverage.ts';

export type PartPeriod = 'whole_unit' | 'main_part' | 'accessory';

export interface PartCover {
  /** The period that decides the claim. */
  period: PartPeriod;
  /** Its last day. */
  endsOn: Day;
  /** Whether the claim date is inside it. */
  covered: boolean;
}

export function isMainPart(ctx: ClaimContext, partCode: string | undefined): boolean {
  return partCode !== undefined && (ctx.policy.mainParts ?? []).includes(partCode);
}

/** Default 29: accessory periods exist for phones only; elsewhere such a part is an ordinary part of the unit. */
export function accessoryMonths(ctx: ClaimContext, partCode: string | undefined): number | undefined {
  if (partCode === undefined || ctx.policy.regime !== 'mobile_phone') return undefined;
  return ctx.policy.accessoryMonths?.[partCode];
}

export function partCover(ctx: ClaimContext): PartCover {
  const { coverage, claimDate, policy, replacements, spells, calendar } = ctx;
  const partCode = ctx.facts.claim.partCode;
  const months = accessoryMonths(ctx, partCode);
  if (partCode !== undefined && months !== undefined) {
    // The accessory's own period runs from the unit's start and is extended only while it runs (default 36).
    const unitEnd = runningPeriod(coverage.startsOn, months, spells, claimDate, calendar.holidays).endsOn;
    const endsOn = partPeriodEnd(
      partCode,
      months,
      coverage.startsOn,
      unitEnd,
      replacements,
      spells,
      claimDate,
      calendar.holidays,
    );
    return { period: 'accessory', endsOn, covered: claimDate <= endsOn };
  }
  if (claimDate <= coverage.wholeUnitEndsOn)
    return { period: 'whole_unit', endsOn: coverage.wholeUnitEndsOn, covered: true };
  if (partCode !== undefined && isMainPart(ctx, partCode)) {
    const endsOn = partPeriodEnd(
      partCode,
      policy.mainPartMonths,
      coverage.startsOn,
      coverage.mainPartEndsOn,
      replacements,
      spells,
      claimDate,
      calendar.holidays,
    );
    return { period: 'main_part', endsOn, covered: claimDate <= endsOn };
  }
  return { period: 'whole_unit', endsOn: coverage.wholeUnitEndsOn, covered: false };
}
