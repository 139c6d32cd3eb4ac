import { isDay } from '@sanbao/calendar';
import { z } from 'zod';

export * from '@sanbao/trpc/fields';
export { codeSchema as partCodeSchema } from '@sanbao/trpc/fields';
export const modelCodeSchema = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]*$/, 'letters, digits and . _ / - only');
/** Business dates outside these years are typing mistakes (year 0000 is no date to Postgres at all). */
const inBusinessYears = (text: string) => text >= '2000-01-01' && text <= '2100-12-31';
export const calendarDateSchema = z
  .string()
  .max(10)
  .refine(isDay, { message: "must be a real calendar date 'YYYY-MM-DD' (China Standard Time)", abort: true })
  .refine(inBusinessYears, 'must be in the years 2000–2100');
export { nonNegativeFenSchema as fenSchema } from '@sanbao/money';
export const quantitySchema = z.number().int('must be a whole number').positive('must be at least 1').max(100_000);
