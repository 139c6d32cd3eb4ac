// zod schema of ClaimFacts (contract.ts). Unknown keys are stripped, so callers may send more optional fields.
// Every message names the field, so a service can return it as a BAD_REQUEST as it is.
import { z } from 'zod';
import { NO_REASON_GOODS, type ClaimFacts } from './contract.ts';
import { isDay, isInstant } from './days.ts';

function describe(input: unknown): string {
  return input === undefined ? 'nothing' : (JSON.stringify(input) ?? String(input));
}

function day(field: string) {
  return z
    .string({ error: (issue) => `${field} must be a date string 'YYYY-MM-DD', got ${describe(issue.input)}` })
    .refine(isDay, {
      error: (issue) =>
        `${field} must be a real calendar date 'YYYY-MM-DD' (China Standard Time), got ${describe(issue.input)}`,
    });
}

function instant(field: string) {
  return z
    .string({ error: (issue) => `${field} must be an ISO-8601 date-time string, got ${describe(issue.input)}` })
    .refine(isInstant, {
      error: (issue) =>
        `${field} must be an ISO-8601 date-time with 'Z' or a ±HH:MM offset (e.g. 2024-06-08T23:30:00+08:00), got ${describe(issue.input)}`,
    });
}

function wholeNumber(field: string, unit: string) {
  return z
    .number({ error: (issue) => `${field} must be a number (${unit}), got ${describe(issue.input)}` })
    .int({ error: (issue) => `${field} must be a whole number of ${unit}, got ${describe(issue.input)}` })
    .min(0, { error: (issue) => `${field} must not be negative, got ${describe(issue.input)}` });
}

function fen(field: string) {
  return wholeNumber(field, 'fen (1 yuan = 100 fen)');
}

function bp(field: string) {
  return wholeNumber(field, 'basis points (0.1% = 10 bp)').max(10_000, {
    error: (issue) => `${field} must be at most 10000 bp (100%), got ${describe(issue.input)}`,
  });
}

function quantity(field: string, unit: string) {
  return z
    .number({ error: (issue) => `${field} must be a number (${unit}), got ${describe(issue.input)}` })
    .min(0, { error: (issue) => `${field} must not be negative, got ${describe(issue.input)}` })
    .refine(Number.isFinite, { error: () => `${field} must be a finite number` });
}

function flag(field: string) {
  return z.boolean({ error: (issue) => `${field} must be true or false, got ${describe(issue.input)}` });
}

function text(field: string) {
  return z
    .string({ error: (issue) => `${field} must be a string, got ${describe(issue.input)}` })
    .min(1, { error: () => `${field} must not be empty` });
}

function oneOf<const T extends readonly [string, ...string[]]>(field: string, values: T) {
  return z.enum(values, {
    error: (issue) => `${field} must be one of ${values.map((v) => `"${v}"`).join(', ')}, got ${describe(issue.input)}`,
  });
}

function object<S extends z.core.$ZodLooseShape>(field: string, shape: S) {
  return z.object(shape, { error: (issue) => `${field} must be an object, got ${describe(issue.input)}` });
}

function list<T extends z.core.SomeType>(field: string, item: T) {
  return z.array(item, { error: (issue) => `${field} must be an array, got ${describe(issue.input)}` });
}

export const policySchema = object('policy', {
  regime: oneOf('policy.regime', ['general', 'mobile_phone', 'microcomputer', 'household_car', 'uncatalogued']),
  durable: flag('policy.durable').optional(),
  wholeUnitMonths: wholeNumber('policy.wholeUnitMonths', 'months'),
  mainPartMonths: wholeNumber('policy.mainPartMonths', 'months'),
  mainParts: list('policy.mainParts', text('policy.mainParts[]')).optional(),
  accessoryMonths: z
    .record(text('policy.accessoryMonths key'), wholeNumber('policy.accessoryMonths value', 'months'), {
      error: (issue) => `policy.accessoryMonths must be an object of part code -> months, got ${describe(issue.input)}`,
    })
    .optional(),
  dailyDepreciationBp: bp('policy.dailyDepreciationBp').optional(),
  noPartsReplaceDays: wholeNumber('policy.noPartsReplaceDays', 'days').optional(),
  repairerDelayReplaceDays: wholeNumber('policy.repairerDelayReplaceDays', 'days').optional(),
  wholeUnitKm: quantity('policy.wholeUnitKm', 'km').optional(),
  mainPartKm: quantity('policy.mainPartKm', 'km').optional(),
  powertrainParts: list('policy.powertrainParts', text('policy.powertrainParts[]')).optional(),
  usageFactorBp: bp('policy.usageFactorBp').optional(),
  needsLegalReview: flag('policy.needsLegalReview').optional(),
});

export const saleSchema = object('sale', {
  channel: oneOf('sale.channel', ['store', 'online', 'tv', 'phone', 'mail']),
  invoiceDate: day('sale.invoiceDate'),
  deliveredAt: instant('sale.deliveredAt').optional(),
  installedOn: day('sale.installedOn').optional(),
  priceFen: fen('sale.priceFen'),
  paidFen: fen('sale.paidFen').optional(),
  documents: object('sale.documents', {
    invoice: flag('sale.documents.invoice').optional(),
    voucher: flag('sale.documents.voucher').optional(),
    voucherModelMatches: flag('sale.documents.voucherModelMatches').optional(),
    voucherAltered: flag('sale.documents.voucherAltered').optional(),
    otherProofOfPurchase: flag('sale.documents.otherProofOfPurchase').optional(),
  }).optional(),
});

export const repairSchema = object('history.repairs[]', {
  sentOn: day('repair.sentOn'),
  completedOn: day('repair.completedOn').optional(),
  partCode: text('repair.partCode').optional(),
  faultCode: text('repair.faultCode').optional(),
  fixed: flag('repair.fixed'),
  seriousSafetyFault: flag('repair.seriousSafetyFault').optional(),
  hours: quantity('repair.hours', 'hours').optional(),
  excludedHours: quantity('repair.excludedHours', 'hours').optional(),
})
  .refine((repair) => repair.completedOn === undefined || repair.completedOn >= repair.sentOn, {
    error: 'repair.completedOn must not be before repair.sentOn',
    path: ['completedOn'],
  })
  .refine((repair) => repair.excludedHours === undefined || repair.excludedHours <= (repair.hours ?? Infinity), {
    error: 'repair.excludedHours must not exceed repair.hours',
    path: ['excludedHours'],
  });

export const replacementSchema = object('history.replacements[]', {
  on: day('replacement.on'),
  scope: text('replacement.scope ("unit" or a part code)'),
});

export const claimSchema = object('claim', {
  type: oneOf('claim.type', ['quality', 'no_reason']),
  raisedAt: instant('claim.raisedAt'),
  partCode: text('claim.partCode').optional(),
  faultCode: text('claim.faultCode').optional(),
  performanceFault: flag('claim.performanceFault').optional(),
  seriousSafetyFault: oneOf('claim.seriousSafetyFault', [
    'steering',
    'brake',
    'body_crack',
    'fuel_leak',
    'battery_fire',
    'other',
  ]).optional(),
  odometerKm: quantity('claim.odometerKm', 'km').optional(),
  causes: object('claim.causes', {
    misuse: flag('claim.causes.misuse').optional(),
    unauthorizedDisassembly: flag('claim.causes.unauthorizedDisassembly').optional(),
    forceMajeure: flag('claim.causes.forceMajeure').optional(),
    disclosedDefect: flag('claim.causes.disclosedDefect').optional(),
  }).optional(),
  sellerHasSameModel: flag('claim.sellerHasSameModel').optional(),
  pendingRepair: object('claim.pendingRepair', {
    sentOn: day('claim.pendingRepair.sentOn'),
    waitingForProducerParts: flag('claim.pendingRepair.waitingForProducerParts').optional(),
    delayedByRepairer: flag('claim.pendingRepair.delayedByRepairer').optional(),
  }).optional(),
  noReason: object('claim.noReason', {
    goods: oneOf('claim.noReason.goods', NO_REASON_GOODS),
    confirmedNonReturnableAtPurchase: flag('claim.noReason.confirmedNonReturnableAtPurchase').optional(),
    confirmationPreselected: flag('claim.noReason.confirmationPreselected').optional(),
    intact: flag('claim.noReason.intact'),
  }).optional(),
});

export const claimFactsSchema = object('claim facts', {
  policy: policySchema,
  sale: saleSchema,
  history: object('history', {
    repairs: list('history.repairs', repairSchema).optional(),
    replacements: list('history.replacements', replacementSchema).optional(),
  }).optional(),
  claim: claimSchema,
  calendar: object('calendar', {
    holidays: list('calendar.holidays', day('calendar.holidays[]')).optional(),
    makeUpWorkdays: list('calendar.makeUpWorkdays', day('calendar.makeUpWorkdays[]')).optional(),
  }).optional(),
}) satisfies z.ZodType<ClaimFacts>;

export type ClaimFactsInput = z.input<typeof claimFactsSchema>;

/** Parses unknown JSON into ClaimFacts; throws a ZodError naming the failing fields. */
export function parseClaimFacts(input: unknown): ClaimFacts {
  return claimFactsSchema.parse(input);
}
