// When the 三包 periods start and end: A5/B2/B15/G1 (start), A6/B8/G13 (restart on replacement),
// A7/B2 (repair time extends the period), T5/T6 (month arithmetic and holiday roll-forward).
import type { Coverage, Day, PendingRepair, Policy, Repair, Replacement, Sale } from './contract.ts';
import { addDays, addMonths, cstDateOf, daysBetween, earlierOf, laterOf, rollPastHolidays } from './days.ts';

/** REG2024 (A4, A5, H3 pre-selection) applies to sales invoiced on or after this day. */
export const REG2024_IN_FORCE: Day = '2024-07-01';

export function underReg2024(sale: Sale): boolean {
  return sale.invoiceDate >= REG2024_IN_FORCE;
}

export function deliveredOn(sale: Sale): Day | undefined {
  return sale.deliveredAt === undefined ? undefined : cstDateOf(sale.deliveredAt);
}

/** Defaults 1 and 11 (docs/warranty-law.md): the start of the periods before any replacement. */
export function originalStart(policy: Policy, sale: Sale): Day {
  const delivered = deliveredOn(sale);
  if (policy.regime === 'household_car') {
    // G1: invoice date, or the delivery date if it differs (the later of the two); installedOn is not used.
    return delivered === undefined ? sale.invoiceDate : laterOf(sale.invoiceDate, delivered);
  }
  if (underReg2024(sale)) return sale.installedOn ?? delivered ?? sale.invoiceDate;
  // B15: flat-panel TVs installed by the seller start when installation is completed.
  if (policy.regime === 'general' && sale.installedOn !== undefined) return sale.installedOn;
  return sale.invoiceDate;
}

/** One stretch of time the product spent in repair, up to the claim date. */
export interface RepairSpell {
  sentOn: Day;
  until: Day;
  days: number;
  repair?: Repair;
  pending: boolean;
}

/**
 * The repairs of the history plus the claim's pending repair (unless the history already holds it as
 * an open repair sent the same day). Days occupied = completedOn − sentOn; an open repair counts up to
 * the claim date (default 3).
 */
export function repairSpells(
  repairs: readonly Repair[],
  pending: PendingRepair | undefined,
  claimDate: Day,
): RepairSpell[] {
  const spells: RepairSpell[] = repairs.map((repair) => {
    const until = earlierOf(repair.completedOn ?? claimDate, claimDate);
    return {
      sentOn: repair.sentOn,
      until,
      days: Math.max(0, daysBetween(repair.sentOn, until)),
      repair,
      pending: false,
    };
  });
  if (pending && !repairs.some((repair) => repair.completedOn === undefined && repair.sentOn === pending.sentOn)) {
    spells.push({
      sentOn: pending.sentOn,
      until: claimDate,
      days: Math.max(0, daysBetween(pending.sentOn, claimDate)),
      pending: true,
    });
  }
  return spells.sort((a, b) => (a.sentOn < b.sentOn ? -1 : a.sentOn > b.sentOn ? 1 : 0));
}

/** T5 + A7 + T6: start + months (corresponding day), plus extension days, rolled past holidays. */
export function periodEnd(start: Day, months: number, extensionDays: number, holidays: ReadonlySet<Day>): Day {
  return rollPastHolidays(addDays(addMonths(start, months), extensionDays), holidays);
}

export interface RunningPeriod {
  endsOn: Day;
  extensionDays: number;
}

/**
 * One period on its own (defaults 3, 12, 36): start + months, extended by the repairs sent on or after
 * its start, up to the claim date, while it still ran — a repair sent after the end (as extended by
 * the earlier repairs and moved past holidays) extends nothing and never revives the period.
 */
export function runningPeriod(
  start: Day,
  months: number,
  spells: readonly RepairSpell[],
  claimDate: Day,
  holidays: ReadonlySet<Day>,
): RunningPeriod {
  let extension = 0;
  let endsOn = periodEnd(start, months, 0, holidays);
  for (const spell of spells) {
    if (spell.sentOn < start || spell.sentOn > claimDate) continue;
    if (spell.sentOn > endsOn) break;
    extension += spell.days;
    endsOn = periodEnd(start, months, extension, holidays);
  }
  return { endsOn, extensionDays: extension };
}

/** The latest replacement of `scope` on or before the claim date (and not before `notBefore`). */
export function latestReplacement(
  replacements: readonly Replacement[],
  scope: string,
  claimDate: Day,
  notBefore?: Day,
): Day | undefined {
  let latest: Day | undefined;
  for (const replacement of replacements) {
    if (replacement.scope !== scope || replacement.on > claimDate) continue;
    if (notBefore !== undefined && replacement.on < notBefore) continue;
    if (latest === undefined || replacement.on > latest) latest = replacement.on;
  }
  return latest;
}

/**
 * Defaults 1 and 27 (A6/B8/G13): the latest replacement of the unit restarts every period on its date,
 * even where that ends earlier than before; each period then runs on its own (default 36).
 * `extensionDays` is the extension of the longer of the whole-unit and main-part periods (default 3).
 */
export function computeCoverage(
  policy: Policy,
  sale: Sale,
  replacements: readonly Replacement[],
  spells: readonly RepairSpell[],
  claimDate: Day,
  holidays: ReadonlySet<Day>,
): Coverage {
  const startsOn = latestReplacement(replacements, 'unit', claimDate) ?? originalStart(policy, sale);
  const wholeUnit = runningPeriod(startsOn, policy.wholeUnitMonths, spells, claimDate, holidays);
  const mainPart = runningPeriod(startsOn, policy.mainPartMonths, spells, claimDate, holidays);
  return {
    startsOn,
    wholeUnitEndsOn: wholeUnit.endsOn,
    mainPartEndsOn: mainPart.endsOn,
    extensionDays: policy.mainPartMonths > policy.wholeUnitMonths ? mainPart.extensionDays : wholeUnit.extensionDays,
  };
}

/**
 * Default 34 (A6; F): a part replaced on or after the period start restarts its own period on the date
 * of its latest replacement; the part stays covered while that or its unit-level period runs.
 */
export function partPeriodEnd(
  partCode: string,
  months: number,
  unitStart: Day,
  unitEnd: Day,
  replacements: readonly Replacement[],
  spells: readonly RepairSpell[],
  claimDate: Day,
  holidays: ReadonlySet<Day>,
): Day {
  const replacedOn = latestReplacement(replacements, partCode, claimDate, unitStart);
  if (replacedOn === undefined) return unitEnd;
  return laterOf(unitEnd, runningPeriod(replacedOn, months, spells, claimDate, holidays).endsOn);
}
