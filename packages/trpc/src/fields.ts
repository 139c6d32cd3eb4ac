import { z } from 'zod';
import { idempotencyKeySchema } from './idempotency/middleware.ts';

/**
 * Field schemas every service's API shares, so the same field is checked the same way (and refused
 * with the same message) whichever service receives it. A service adds its own fields beside these.
 */
export const idSchema = z.number().int('must be a whole number').positive().max(Number.MAX_SAFE_INTEGER);
/** A catalogue code (a part code, a rate card code): letters and digits with a few separators. */
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
export const textSchema = (max: number) => z.string().trim().min(1, 'is required').max(max);
export const reasonSchema = textSchema(500);

export const pageSchema = {
  limit: z.number().int().min(1).max(200).default(50),
  /** Rows with an id below this one: the previous page's last id. */
  beforeId: idSchema.optional(),
};

/** Every mutation's input carries its idempotency key. */
export const mutationInput = <T extends z.ZodRawShape>(shape: T) =>
  z.object({ idempotencyKey: idempotencyKeySchema, ...shape });
