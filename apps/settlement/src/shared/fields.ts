import { isDay } from '@sanbao/calendar';
import { pageSchema, tenantIdSchema } from '@sanbao/trpc/fields';
import { z } from 'zod';

export * from '@sanbao/trpc/fields';
export const calendarDateSchema = z
  .string()
  .refine(isDay, "must be a real calendar date 'YYYY-MM-DD' (China Standard Time) between 1900 and 2999");
/** A settlement period: a calendar month, 'YYYY-MM'. */
export const periodSchema = z.string().regex(/^(19|2\d)\d{2}-(0[1-9]|1[0-2])$/, "must be a month 'YYYY-MM'");
/** Fen amounts of one input stay below 10^13 (100 billion yuan), so sums of many stay safe integers. */
export const fenSchema = z.number().int('must be a whole number of fen').min(0, 'money cannot be negative').max(1e13);

/**
 * A list's input: one provider's rows or everyone's (as far as the caller may see), the optional filters
 * given, and one page (50 rows unless asked).
 */
export function providerListInput<Filters extends Record<string, z.ZodOptional>>(filters: Filters) {
  const list = z.object({ providerId: tenantIdSchema.optional(), ...filters, ...pageSchema });
  // Every field is optional or has a default, so no input at all reads as an empty one.
  return list.prefault({} as z.input<typeof list>);
}
