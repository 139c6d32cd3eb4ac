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
export function repairSpells(repairs: readonly Repair[], pending: PendingRepair | undefined, claimDate: Day): RepairSpell[] {
  const spells: RepairSpell[] = repairs.map((repair) => {
    const until = earlierOf(repair.completedOn ?? claimDate, claimDate);
    return { sentOn: repair.sentOn, until, days: Math.max(0, daysBetween(repair.sentOn, until)), repair, pending: false };
  });
  if (pending && !repairs.some((repair) => repair.completedOn === undefined && repair.sentOn === pending.sentOn)) {
    spells.push({ sentOn: pending.sentOn, until: claimDate, days: Math.max(0, daysBetween(pending.sentOn, claimDate)), pending: true });
  }
  return spells.sort((a, b) => (a.sentOn < b.sentOn ? -1 : a.sentOn > b.sentOn ? 1 : 0));
}

/** T5 + A7 + T6: start + months (corresponding day), plus extension days, rolled past holidays. */
export function periodEnd(start: Day, months: number, extensionDays: number, holidays: ReadonlySet<Day>): Day {
  return rollPastHolidays(addDays(addMonths(start, months), extensionDays), holidays);
}

/**
 * Defaults 3 and 12: the repairs sent between the period start and the claim date extend the period,
 * as long as they were sent while the (longest) period was still running.
 */
export function extensionDays(
  spells: readonly RepairSpell[],
  start: Day,
  claimDate: Day,
  longestMonths: number,
  holidays: ReadonlySet<Day>,
): number {
  let extension = 0;
  for (const spell of spells) {
    if (spell.sentOn < start || spell.sentOn > claimDate) continue;
    if (spell.sentOn > periodEnd(start, longestMonths, extension, holidays)) break;
    extension += spell.days;
  }
  return extension;
}

export function longestMonths(policy: Policy): number {
  return Math.max(policy.wholeUnitMonths, policy.mainPartMonths, ...Object.values(policy.accessoryMonths ?? {}));
}

function coverageFrom(policy: Policy, start: Day, spells: readonly RepairSpell[], claimDate: Day, holidays: ReadonlySet<Day>): Coverage {
  const extension = extensionDays(spells, start, claimDate, longestMonths(policy), holidays);
  return {
    startsOn: start,
    wholeUnitEndsOn: periodEnd(start, policy.wholeUnitMonths, extension, holidays),
    mainPartEndsOn: periodEnd(start, policy.mainPartMonths, extension, holidays),
    extensionDays: extension,
  };
}

/** Replacements of the whole unit up to the claim date, oldest first. */
export function unitReplacements(replacements: readonly Replacement[], claimDate: Day): Replacement[] {
  return replacements
    .filter((replacement) => replacement.scope === 'unit' && replacement.on <= claimDate)
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
}

/**
 * A6/B8/G13: a replacement of the unit restarts every period on its date. A restart is a remedy, so
 * it never leaves the consumer with an earlier end than before (precedence 3).
 */
export function computeCoverage(
  policy: Policy,
  sale: Sale,
  replacements: readonly Replacement[],
  spells: readonly RepairSpell[],
  claimDate: Day,
  holidays: ReadonlySet<Day>,
): Coverage {
  let coverage = coverageFrom(policy, originalStart(policy, sale), spells, claimDate, holidays);
  for (const replacement of unitReplacements(replacements, claimDate)) {
    if (replacement.on < coverage.startsOn) continue;
    const restarted = coverageFrom(policy, replacement.on, spells, claimDate, holidays);
    coverage = {
      ...restarted,
      wholeUnitEndsOn: laterOf(restarted.wholeUnitEndsOn, coverage.wholeUnitEndsOn),
      mainPartEndsOn: laterOf(restarted.mainPartEndsOn, coverage.mainPartEndsOn),
    };
  }
  return coverage;
}

/**
 * The period of one part that was itself replaced (main part, accessory): it restarts on the latest
 * replacement of that part (A6; F: a replaced main part gets a fresh main-part period), never ending
 * earlier than the unit-level end.
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
  const lastReplacement = replacements
    .filter((replacement) => replacement.scope === partCode && replacement.on <= claimDate && replacement.on >= unitStart)
    .reduce<Day | undefined>((latest, replacement) => (latest === undefined ? replacement.on : laterOf(latest, replacement.on)), undefined);
  if (lastReplacement === undefined) return unitEnd;
  const extension = extensionDays(spells, lastReplacement, claimDate, months, holidays);
  return laterOf(unitEnd, periodEnd(lastReplacement, months, extension, holidays));
}
