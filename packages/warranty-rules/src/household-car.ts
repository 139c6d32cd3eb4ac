// CAR2021 《家用汽车产品修理更换退货责任规定》 (G rules, docs/warranty-law.md): periods in days and km (whichever first),
// free repair, courtesy car, early powertrain and serious-failure remedies, the Art 24 replace/refund
// triggers with the usage fee, and the seller's deadlines. Cars bought before 2022 use the CAR2013
// thresholds (G-hist).
import type { Day, SeriousSafetyFault } from './contract.ts';
import { FLAGS } from './contract.ts';
import type { ClaimContext } from './claim-context.ts';
import { spellsInPeriod, withinDays } from './claim-context.ts';
import type { RepairSpell } from './coverage.ts';
import { addDays, addWorkingDays, repairDaysFromHours } from './days.ts';
import type { Findings } from './findings.ts';
import { paidRepairOnly } from './lapsed-period.ts';
import { USAGE_FACTOR_CAP_BP, USAGE_FACTOR_CAP_BP_CAR2013, usageFee } from './refund.ts';
import { CAR_DEFAULTS } from './statutory-minimums.ts';

export const CAR2021_IN_FORCE: Day = '2022-01-01';

export interface CarThresholds {
  regulation: 'CAR2021' | 'CAR2013';
  /** G7(4): cumulative repair days must exceed this. */
  cumulativeRepairDays: number;
  /** G7(4): repairs of the same problem must exceed this. */
  sameProblemRepairs: number;
  usageFactorCapBp: number;
  /** G6: the serious failures that open a free replace/refund within 60 days / 3,000 km. */
  seriousFailures: readonly SeriousSafetyFault[];
}

const CAR2021: CarThresholds = {
  regulation: 'CAR2021',
  cumulativeRepairDays: 30,
  sameProblemRepairs: 4,
  usageFactorCapBp: USAGE_FACTOR_CAP_BP,
  seriousFailures: ['steering', 'brake', 'body_crack', 'fuel_leak', 'battery_fire'],
};

const CAR2013: CarThresholds = {
  regulation: 'CAR2013',
  cumulativeRepairDays: 35,
  sameProblemRepairs: 5,
  usageFactorCapBp: USAGE_FACTOR_CAP_BP_CAR2013,
  seriousFailures: ['steering', 'brake', 'body_crack', 'fuel_leak'],
};

/** Precedence 5: evaluate a purchase under the rules in force on its invoice date. */
export function carThresholds(invoiceDate: Day): CarThresholds {
  return invoiceDate >= CAR2021_IN_FORCE ? CAR2021 : CAR2013;
}

const EARLY_WINDOW_DAYS = 60;
const EARLY_WINDOW_KM = 3_000;
const COURTESY_CAR_AFTER_DAYS = 5;

/**
 * Contract default 22: a part code is powertrain when it equals a listed code or is a main component of
 * it, written as the code followed by "." ("engine.crankshaft"); no other prefix counts ("engine_mount").
 */
export function isPowertrainPart(partCode: string | undefined, powertrainParts: readonly string[]): boolean {
  if (partCode === undefined) return false;
  return powertrainParts.some((code) => partCode === code || partCode.startsWith(`${code}.`));
}

function isAssembly(scope: string): boolean {
  return (CAR_DEFAULTS.assemblies as readonly string[]).includes(scope);
}

/**
 * T12/G16: single repair time in days — its hours, or without them the days it occupied × 24 h, rounded
 * up per 24 h. G8's `excludedHours` leave the 30-day count only (contract default 30).
 */
export function singleRepairDays(spell: RepairSpell, withoutExcludedTime: boolean): number {
  const hours = spell.repair?.hours ?? spell.days * 24;
  const excluded = withoutExcludedTime ? (spell.repair?.excludedHours ?? 0) : 0;
  return repairDaysFromHours(hours - excluded);
}

function countBy<T>(items: readonly T[], key: (item: T) => string | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    if (k !== undefined) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

/** G7 ¶1 (1)–(4): the reasons the consumer may choose a replacement vehicle or a refund. */
export function replaceOrRefundTriggers(ctx: ClaimContext, thresholds: CarThresholds): string[] {
  const { claim } = ctx.facts;
  const powertrain = ctx.policy.powertrainParts ?? [...CAR_DEFAULTS.assemblies];
  const inValidity = spellsInPeriod(ctx, ctx.coverage.wholeUnitEndsOn);
  const triggers: string[] = [];

  // Contract default 28: the fault persists when the claim reports one or the last of those repairs left it unfixed.
  const seriousRepairs = inValidity.filter((spell) => spell.repair?.seriousSafetyFault === true);
  if (
    seriousRepairs.length >= 2 &&
    (claim.seriousSafetyFault !== undefined || seriousRepairs.at(-1)?.repair?.fixed === false)
  ) {
    triggers.push(
      `G7(1): ${seriousRepairs.length} repairs of a serious safety fault and a serious safety fault persists`,
    );
  }

  const replacements = ctx.replacements.filter((replacement) => replacement.on >= ctx.coverage.startsOn);
  const assemblyReplacements = replacements.filter((replacement) => isAssembly(replacement.scope));
  if (
    assemblyReplacements.length >= 2 &&
    (claim.partCode === undefined || isPowertrainPart(claim.partCode, powertrain))
  ) {
    triggers.push(
      `G7(2): engine/transmission/traction battery/drive motor replaced ${assemblyReplacements.length} times and still not usable`,
    );
  }

  const mainComponents = new Set(ctx.policy.mainParts ?? []);
  const componentReplacements = countBy(replacements, (replacement) =>
    replacement.scope !== 'unit' &&
    !isAssembly(replacement.scope) &&
    (mainComponents.has(replacement.scope) || isPowertrainPart(replacement.scope, powertrain))
      ? replacement.scope
      : undefined,
  );
  for (const [component, count] of componentReplacements) {
    if (count >= 2 && (claim.partCode === undefined || claim.partCode === component)) {
      triggers.push(`G7(3): main component ${component} replaced ${count} times and still not usable`);
    }
  }

  const cumulativeDays = inValidity.reduce((sum, spell) => sum + singleRepairDays(spell, true), 0);
  if (cumulativeDays > thresholds.cumulativeRepairDays) {
    triggers.push(
      `G7(4): cumulative repair time ${cumulativeDays} days exceeds ${thresholds.cumulativeRepairDays} (G8 time excluded)`,
    );
  }
  for (const [fault, count] of countBy(inValidity, (spell) => spell.repair?.faultCode)) {
    if (count > thresholds.sameProblemRepairs) {
      triggers.push(
        `G7(4): the same problem ${fault} repaired ${count} times, more than ${thresholds.sameProblemRepairs}`,
      );
    }
  }
  return triggers;
}

/** G4: a single repair inside the free-repair period that ran more than 5 days. */
function courtesyCar(ctx: ClaimContext, findings: Findings): void {
  const long = spellsInPeriod(ctx, ctx.coverage.mainPartEndsOn)
    .filter((spell) => singleRepairDays(spell, false) > COURTESY_CAR_AFTER_DAYS)
    .at(-1);
  if (!long) return;
  const days = singleRepairDays(long, false);
  findings.grant('courtesy_car', 'G4', {
    note: `The repair sent on ${long.sentOn} ${long.pending ? 'has run' : 'took'} ${days} days (more than ${COURTESY_CAR_AFTER_DAYS}): a substitute vehicle or reasonable transport compensation from day 6 (${addDays(long.sentOn, COURTESY_CAR_AFTER_DAYS)}).`,
  });
}

function sellerDeadlines(ctx: ClaimContext): string {
  const answerBy = addWorkingDays(ctx.claimDate, 10, ctx.calendar);
  const completeBy = addWorkingDays(ctx.claimDate, 20, ctx.calendar);
  return `Seller answers by ${answerBy} (10 working days) and completes by ${completeBy} (20 working days) (G12); the seller also compensates registration, add-on (less depreciation) and service fees (G10).`;
}

export function adjudicateHouseholdCar(ctx: ClaimContext, findings: Findings): void {
  const { claim, sale } = ctx.facts;
  const { policy, coverage, claimDate, day } = ctx;
  const thresholds = carThresholds(sale.invoiceDate);
  if (thresholds.regulation === 'CAR2013') findings.flag(FLAGS.needsLegalReview);
  const km = claim.odometerKm ?? 0;
  const wholeUnitKm = policy.wholeUnitKm ?? CAR_DEFAULTS.wholeUnitKm;
  const mainPartKm = policy.mainPartKm ?? CAR_DEFAULTS.mainPartKm;
  const powertrain = policy.powertrainParts ?? [...CAR_DEFAULTS.assemblies];

  // T13: a period runs only while both the days and the km are inside it. Contract default 25: the
  // 三包有效期 and the 包修期 are judged on their own, so a longer 三包有效期 still opens G7 after the 包修期.
  const inRepairPeriod = claimDate <= coverage.mainPartEndsOn && km <= mainPartKm;
  const inValidity = claimDate <= coverage.wholeUnitEndsOn && km <= wholeUnitKm;
  const repairPeriodEnded = `The free-repair period (包修期) ended: ${coverage.mainPartEndsOn} or ${mainPartKm} km, whichever first; the claim is on ${claimDate} at ${km} km.`;
  if (!inRepairPeriod && !inValidity) {
    paidRepairOnly(findings, 'G2', repairPeriodEnded);
    return;
  }
  if (inRepairPeriod) {
    findings.grant('repair', 'G2', {
      note: `Inside the free-repair period (until ${coverage.mainPartEndsOn} or ${mainPartKm} km): free repair, labour and materials, at a repairer the consumer chooses.`,
    });
    courtesyCar(ctx, findings);
  } else {
    findings.deny('repair', 'G2', repairPeriodEnded);
  }

  if (!inValidity) {
    const why = `The 三包 validity period ended: ${coverage.wholeUnitEndsOn} or ${wholeUnitKm} km, whichever first; the claim is on ${claimDate} at ${km} km.`;
    findings.deny('replace', 'G1', why);
    findings.deny('refund', 'G1', why);
    return;
  }

  const deadlines = sellerDeadlines(ctx);
  const powertrainFault = isPowertrainPart(claim.partCode, powertrain);
  const early = withinDays(ctx, EARLY_WINDOW_DAYS) && km <= EARLY_WINDOW_KM;
  if (powertrainFault && withinDays(ctx, 7)) {
    const why = `Day ${day}: a quality problem needs the ${claim.partCode ?? 'powertrain'} replaced within 7 days`;
    findings.grant('replace', 'G5', {
      usageFeeFen: 0,
      note: `${why}: free vehicle replacement, no usage fee. ${deadlines}`,
    });
    findings.grant('refund', 'G5', {
      refundFen: ctx.refundBaseFen,
      usageFeeFen: 0,
      note: `${why}: free refund, no usage fee. ${deadlines}`,
    });
  }
  if (
    claim.seriousSafetyFault !== undefined &&
    thresholds.seriousFailures.includes(claim.seriousSafetyFault) &&
    early
  ) {
    const why = `Day ${day}, ${km} km: ${claim.seriousSafetyFault} failure within ${EARLY_WINDOW_DAYS} days / ${EARLY_WINDOW_KM} km`;
    findings.grant('replace', 'G6', { usageFeeFen: 0, note: `${why}: free vehicle replacement. ${deadlines}` });
    findings.grant('refund', 'G6', {
      refundFen: ctx.refundBaseFen,
      usageFeeFen: 0,
      note: `${why}: free refund. ${deadlines}`,
    });
  }
  if (powertrainFault && early) {
    findings.grant('replace_part', 'G3', {
      note: `Day ${day}, ${km} km: main component ${claim.partCode ?? ''} failed within ${EARLY_WINDOW_DAYS} days / ${EARLY_WINDOW_KM} km: free replacement of the whole assembly (engine, transmission, traction battery or drive motor) it belongs to.`,
    });
  } else if (powertrainFault) {
    findings.deny(
      'replace_part',
      'G3',
      `Day ${day}, ${km} km: the free assembly replacement applies only within ${EARLY_WINDOW_DAYS} days and ${EARLY_WINDOW_KM} km.`,
    );
  }

  const triggers = replaceOrRefundTriggers(ctx, thresholds);
  if (triggers.length > 0) {
    const factor = policy.usageFactorBp;
    if (factor === undefined) findings.flag(FLAGS.needsLegalReview);
    const fee = usageFee(ctx.refundBaseFen, km, factor ?? 0, thresholds.usageFactorCapBp);
    if (fee.capped) findings.flag(FLAGS.usageFactorCapped);
    const feeNote =
      factor === undefined
        ? 'No usage factor n on the voucher, so no usage fee is charged until it is confirmed.'
        : `Usage fee (G11) = price × ${km} km / 1000 × ${Math.min(factor, thresholds.usageFactorCapBp)} bp${fee.capped ? ` (n ${factor} bp capped at ${thresholds.usageFactorCapBp})` : ''}.`;
    const because = triggers.join('; ');
    findings.grant('replace', 'G7', {
      free: fee.usageFeeFen === 0,
      usageFeeFen: fee.usageFeeFen,
      note: `${because}. ${feeNote} ${deadlines}`,
    });
    findings.grant('refund', 'G7', {
      free: fee.usageFeeFen === 0,
      refundFen: Math.max(0, ctx.refundBaseFen - fee.usageFeeFen),
      usageFeeFen: fee.usageFeeFen,
      note: `${because}. ${feeNote} ${deadlines}`,
    });
  }

  if (!inRepairPeriod && !findings.grants('replace')) {
    findings.grant('paid_repair', 'G2', {
      free: false,
      note: `${repairPeriodEnded} No replace/refund trigger (G7): the car may be repaired for a fee.`,
    });
  }
  const none = `Day ${day}, ${km} km: no replace/refund condition is met — not a powertrain replacement within 7 days (G5), no serious failure within ${EARLY_WINDOW_DAYS} days/${EARLY_WINDOW_KM} km (G6), and no Art 24 trigger (2 serious-fault repairs, 2 replacements, more than ${thresholds.cumulativeRepairDays} repair days or ${thresholds.sameProblemRepairs} repairs of one problem).`;
  findings.denyIfOpen('replace', 'G7', none);
  findings.denyIfOpen('refund', 'G7', none);
}
