// Builders for tests: small, explicit ClaimFacts in the contract's shape (contract.ts).
import type { Claim, ClaimFacts, Day, Instant, Policy, Repair, Replacement, Sale } from '../contract.ts';

/** An instant in China Standard Time. */
export function cst(day: Day, time = '10:00:00'): Instant {
  return `${day}T${time}+08:00`;
}

/** What the two televisions share: a year for the whole unit, three years for the main parts, 0.1 % a day. */
const television = {
  regime: 'general',
  durable: true,
  wholeUnitMonths: 12,
  mainPartMonths: 36,
  dailyDepreciationBp: 10,
} as const satisfies Partial<Policy>;

export const colourTv: Policy = {
  ...television,
  mainParts: ['picture_tube', 'line_output_transformer', 'tuner', 'ic'],
  noPartsReplaceDays: 90,
  repairerDelayReplaceDays: 30,
};

export const lcdTv: Policy = {
  ...television,
  mainParts: ['display_panel', 'backlight_assembly', 'logic_assembly', 'tuner'],
};

export const phone: Policy = {
  regime: 'mobile_phone',
  wholeUnitMonths: 12,
  mainPartMonths: 12,
  accessoryMonths: { battery: 6, charger: 12, wired_headset: 3 },
  dailyDepreciationBp: 50,
  noPartsReplaceDays: 60,
};

export const notebook: Policy = {
  regime: 'microcomputer',
  durable: true,
  wholeUnitMonths: 12,
  mainPartMonths: 24,
  mainParts: ['mainboard', 'cpu', 'memory', 'display', 'hdd', 'keyboard', 'power_adapter'],
};

export const car: Policy = {
  regime: 'household_car',
  durable: true,
  wholeUnitMonths: 24,
  mainPartMonths: 36,
  wholeUnitKm: 50_000,
  mainPartKm: 60_000,
  powertrainParts: ['engine', 'transmission', 'traction_battery', 'drive_motor'],
  usageFactorBp: 50,
};

export const uncatalogued: Policy = { regime: 'uncatalogued', wholeUnitMonths: 0, mainPartMonths: 0 };

export interface FactsOptions {
  sale?: Partial<Sale>;
  claim?: Partial<Claim>;
  repairs?: Repair[];
  replacements?: Replacement[];
  holidays?: Day[];
  makeUpWorkdays?: Day[];
}

/** A quality claim raised on `claimOn` (10:00 CST) for a store sale invoiced on `invoiceDate`. */
export function qualityClaim(policy: Policy, invoiceDate: Day, claimOn: Day, options: FactsOptions = {}): ClaimFacts {
  const facts: ClaimFacts = {
    policy,
    sale: { channel: 'store', invoiceDate, priceFen: 300_000, ...options.sale },
    claim: { type: 'quality', raisedAt: cst(claimOn), ...options.claim },
  };
  if (options.repairs || options.replacements) {
    facts.history = {};
    if (options.repairs) facts.history.repairs = options.repairs;
    if (options.replacements) facts.history.replacements = options.replacements;
  }
  if (options.holidays || options.makeUpWorkdays) {
    facts.calendar = {};
    if (options.holidays) facts.calendar.holidays = options.holidays;
    if (options.makeUpWorkdays) facts.calendar.makeUpWorkdays = options.makeUpWorkdays;
  }
  return facts;
}

/** A no-reason return notice sent at `noticeAt` for an online sale signed for at `deliveredAt`. */
export function noReasonClaim(
  deliveredAt: Instant,
  noticeAt: Instant,
  noReason: Claim['noReason'],
  options: FactsOptions = {},
): ClaimFacts {
  const facts: ClaimFacts = {
    policy: uncatalogued,
    sale: { channel: 'online', invoiceDate: deliveredAt.slice(0, 10), deliveredAt, priceFen: 19_900, ...options.sale },
    claim: { type: 'no_reason', raisedAt: noticeAt, ...(noReason ? { noReason } : {}), ...options.claim },
  };
  if (options.holidays) facts.calendar = { holidays: options.holidays };
  return facts;
}

export function kinds(decision: { remedies: Array<{ kind: string }> }): string[] {
  return decision.remedies.map((remedy) => remedy.kind);
}
