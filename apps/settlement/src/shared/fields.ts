import { isDay } from '@sanbao/calendar';
import { idempotencyKeySchema } from '@sanbao/trpc/idempotency';
import { z } from 'zod';

export const idSchema = z.number().int('must be a whole number').positive().max(Number.MAX_SAFE_INTEGER);
export const codeSchema = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(40)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]*$/, 'letters, digits and . _ / - only');
export const tenantIdSchema = z
  .string()
  .trim()
  .min(2)
  .max(40)
  .regex(/^[A-Z0-9][A-Z0-9_-]*$/, 'capital letters, digits, _ and - only');
export const calendarDateSchema = z.string().refine(isDay, "must be a real calendar date 'YYYY-MM-DD' (China Standard Time) between 1900 and 2999");
/** A settlement period: a calendar month, 'YYYY-MM'. */
export const periodSchema = z.string().regex(/^(19|2\d)\d{2}-(0[1-9]|1[0-2])$/, "must be a month 'YYYY-MM'");
/** Fen amounts of one input stay below 10^13 (100 billion yuan), so sums of many stay safe integers. */
export const fenSchema = z.number().int('must be a whole number of fen').min(0, 'money cannot be negative').max(1e13);
export const textSchema = (max: number) => z.string().trim().min(1, 'is required').max(max);
export const reasonSchema = z.string().trim().min(1, 'is required').max(500);

export const pageSchema = {
  limit: z.number().int().min(1).max(200).default(50),
  /** Rows with an id below this one: the previous page's last id. */
  beforeId: idSchema.optional(),
};

/** Every mutation's input carries its idempotency key. */
export const mutationInput = <T extends z.ZodRawShape>(shape: T) => z.object({ idempotencyKey: idempotencyKeySchema, ...shape });
