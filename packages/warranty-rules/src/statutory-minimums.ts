// Precedence 3 (docs/warranty-law.md): every instrument is a minimum and the more favourable of statutory and
// promised terms binds. Where the law confirms a number for a regime, a policy may only improve it.
import type { Policy } from './contract.ts';

export const CAR_DEFAULTS = {
  /** G1: 三包有效期 ≥ 2 years or 50,000 km. */
  wholeUnitMonths: 24,
  wholeUnitKm: 50_000,
  /** G1: 包修期 ≥ 3 years or 60,000 km. */
  mainPartMonths: 36,
  mainPartKm: 60_000,
  /** G3/G5/G7: the four assemblies; a replacement whose scope is one of these is an assembly replacement. */
  assemblies: ['engine', 'transmission', 'traction_battery', 'drive_motor'],
} as const;

/** B6a: not repaired more than 90 days after sending for lack of the producer's parts. */
export const GENERAL_NO_PARTS_DAYS = 90;
/** B6b: repair period over 30 days through the repairer's fault. */
export const GENERAL_REPAIRER_DELAY_DAYS = 30;
/** C8: phones, 60 days without the producer's parts. */
export const PHONE_NO_PARTS_DAYS = 60;

function atMost(promised: number | undefined, statutory: number): number {
  return promised === undefined ? statutory : Math.min(promised, statutory);
}

function atLeast(promised: number | undefined, statutory: number): number {
  return promised === undefined ? statutory : Math.max(promised, statutory);
}

/** The policy the rules apply: the given policy, improved to the statutory minimum where one is confirmed. */
export function effectivePolicy(policy: Policy): Policy {
  switch (policy.regime) {
    case 'household_car':
      return {
        ...policy,
        wholeUnitMonths: atLeast(policy.wholeUnitMonths, CAR_DEFAULTS.wholeUnitMonths),
        mainPartMonths: atLeast(policy.mainPartMonths, CAR_DEFAULTS.mainPartMonths),
        wholeUnitKm: atLeast(policy.wholeUnitKm, CAR_DEFAULTS.wholeUnitKm),
        mainPartKm: atLeast(policy.mainPartKm, CAR_DEFAULTS.mainPartKm),
        powertrainParts: policy.powertrainParts ?? [...CAR_DEFAULTS.assemblies],
      };
    case 'general':
      return {
        ...policy,
        noPartsReplaceDays: atMost(policy.noPartsReplaceDays, GENERAL_NO_PARTS_DAYS),
        repairerDelayReplaceDays: atMost(policy.repairerDelayReplaceDays, GENERAL_REPAIRER_DELAY_DAYS),
      };
    case 'mobile_phone':
      return { ...policy, noPartsReplaceDays: atMost(policy.noPartsReplaceDays, PHONE_NO_PARTS_DAYS) };
    case 'microcomputer':
    case 'uncatalogued':
      return policy;
  }
}
