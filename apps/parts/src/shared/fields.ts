import { isDay } from '@sanbao/calendar';
import { idempotencyKeySchema } from '@sanbao/trpc/idempotency';
import { z } from 'zod';

export const idSchema = z.number().int('must be a whole number').positive().max(Number.MAX_SAFE_INTEGER);
export const partCodeSchema = z
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
export const modelCodeSchema = z.string().trim().min(1, 'is required').max(64).regex(/^[A-Za-z0-9][A-Za-z0-9._/-]*$/, 'letters, digits and . _ / - only');
/** Business dates outside these years are typing mistakes (year 0000 is no date to Postgres at all). */
const inBusinessYears = (text: string) => text >= '2000-01-01' && text <= '2100-12-31';
export const calendarDateSchema = z
  .string()
  .max(10)
  .refine(isDay, { message: "must be a real calendar date 'YYYY-MM-DD' (China Standard Time)", abort: true })
  .refine(inBusinessYears, 'must be in the years 2000–2100');
export { nonNegativeFenSchema as fenSchema } from '@sanbao/money';
export const quantitySchema = z.number().int('must be a whole number').positive('must be at least 1').max(100_000);
export const textSchema = (max: number) => z.string().trim().min(1, 'is required').max(max);
export const reasonSchema = z.string().trim().min(1, 'is required').max(500);

export const pageSchema = {
  limit: z.number().int().min(1).max(200).default(50),
  /** Rows with an id below this one: the previous page's last id. */
  beforeId: idSchema.optional(),
};

/** Every mutation's input carries its idempotency key. */
export const mutationInput = <T extends z.ZodRawShape>(shape: T) => z.object({ idempotencyKey: idempotencyKeySchema, ...shape });
