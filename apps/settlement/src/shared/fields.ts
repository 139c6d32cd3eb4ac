import { isDay } from '@sanbao/calendar';
import { z } from 'zod';

export * from '@sanbao/trpc/fields';
export const calendarDateSchema = z
  .string()
  .refine(isDay, "must be a real calendar date 'YYYY-MM-DD' (China Standard Time) between 1900 and 2999");
/** A settlement period: a calendar month, 'YYYY-MM'. */
export const periodSchema = z.string().regex(/^(19|2\d)\d{2}-(0[1-9]|1[0-2])$/, "must be a month 'YYYY-MM'");
/** Fen amounts of one input stay below 10^13 (100 billion yuan), so sums of many stay safe integers. */
export const fenSchema = z.number().int('must be a whole number of fen').min(0, 'money cannot be negative').max(1e13);
