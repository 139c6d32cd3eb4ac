import { z } from 'zod';

/**
 * Service types of the after-sales rules: A 有费服务 (the customer pays for the service), B 合同服务
 * (under a service contract the customer bought), C 免费服务 (free within the warranty period), D 一般行政
 * 工作 (internal work: inspections, parts handling, training). The manufacturer never pays a provider for
 * A; which components it pays for B, C and D, and their fixed fees, are set by each rate card.
 */
export type ServiceType = 'A' | 'B' | 'C' | 'D';
export const serviceTypes: readonly ServiceType[] = ['A', 'B', 'C', 'D'];

export type LineComponentKind = 'labor' | 'travel' | 'parts_handling' | 'fixed_fee';
export const lineComponentKinds: readonly LineComponentKind[] = ['labor', 'travel', 'parts_handling', 'fixed_fee'];

const code = z.string().trim().min(1).max(40);
const fen = z.number().int('must be a whole number of fen').min(0, 'cannot be negative').max(Number.MAX_SAFE_INTEGER);

const serviceTypeTermsSchema = z.object({
  /** The components the manufacturer pays for this service type. */
  pays: z
    .array(z.enum(['labor', 'travel', 'parts_handling', 'fixed_fee']))
    .refine((kinds) => new Set(kinds).size === kinds.length, 'each component once'),
  fixedFeeFen: fen,
});

export const rateCardSchema = z
  .object({
    /** Fen per hour of standard time, per provider grade and region. */
    laborRates: z.array(z.object({ grade: code, region: code, fenPerHour: fen })),
    /** Standard repair time in whole minutes per repair operation and product category; the provider picks the operation, never the time. */
    standardTimes: z.array(
      z.object({ operationCode: code, category: code, minutes: z.number().int().min(1).max(100_000) }),
    ),
    /**
     * On-site travel by one-way distance: consecutive bands from 0 km, each with its fen per km (a free
     * radius is a first band at 0 fen/km); the last band runs on without end. An optional cap on the fee.
     */
    travel: z.object({
      bands: z
        .array(z.object({ fromKm: z.number().int().min(0).max(100_000), fenPerKm: fen }))
        .min(1)
        .refine((bands) => bands[0]?.fromKm === 0, 'the first band starts at 0 km')
        .refine(
          (bands) => bands.every((b, i) => i === 0 || b.fromKm > bands[i - 1]!.fromKm),
          'bands are in increasing order of distance',
        ),
      capFen: fen.nullable(),
    }),
    /** Handling fee on the cost of parts the provider fitted, in basis points (1 bp = 0.01 %). */
    partsHandlingBp: z.number().int().min(0).max(10_000),
    serviceTypes: z.object({ B: serviceTypeTermsSchema, C: serviceTypeTermsSchema, D: serviceTypeTermsSchema }),
  })
  .superRefine((card, ctx) => {
    const seen = new Set<string>();
    card.laborRates.forEach((r, i) => {
      const k = `${r.grade}\u0000${r.region}`;
      if (seen.has(k))
        ctx.addIssue({
          code: 'custom',
          path: ['laborRates', i],
          message: `grade ${r.grade} in region ${r.region} appears twice`,
        });
      seen.add(k);
    });
    const times = new Set<string>();
    card.standardTimes.forEach((t, i) => {
      const k = `${t.operationCode}\u0000${t.category}`;
      if (times.has(k))
        ctx.addIssue({
          code: 'custom',
          path: ['standardTimes', i],
          message: `operation ${t.operationCode} for ${t.category} appears twice`,
        });
      times.add(k);
    });
  });

export type RateCard = z.infer<typeof rateCardSchema>;

/** A published rate card: applies to work whose business date (CST) is on or after `effectiveFrom`. */
export interface RateCardVersion {
  id: number;
  effectiveFrom: string;
  card: RateCard;
}

/** The version in force on a business date: the latest effective on or before it, or null before the first. */
export function versionInForce<V extends { effectiveFrom: string }>(
  versions: readonly V[],
  businessDate: string,
): V | null {
  let best: V | null = null;
  for (const v of versions) {
    if (v.effectiveFrom <= businessDate && (!best || v.effectiveFrom > best.effectiveFrom)) best = v;
  }
  return best;
}
