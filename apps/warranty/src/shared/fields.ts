import { cstDateOf, isCalendarDate, isDay, isInstant, supportedYears } from '@sanbao/calendar';
import { z } from 'zod';

export { nonNegativeFenSchema as fenSchema } from '@sanbao/money';

const yearMessage = `must be between ${supportedYears.first} and ${supportedYears.last}`;

export const daySchema = z
  .string()
  .refine(isCalendarDate, { error: "must be a real calendar date 'YYYY-MM-DD' (China Standard Time)", abort: true })
  .refine(isDay, yearMessage);
export const instantSchema = z
  .string()
  .refine(isInstant, { error: "must be an ISO-8601 date-time with a zone ('Z' or an offset), e.g. 2024-06-08T23:30:00+08:00", abort: true })
  .refine((instant) => isDay(cstDateOf(instant)), { error: `${yearMessage} (its date in China)` });
export const serialSchema = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(64, 'must be at most 64 characters')
  .regex(/^[A-Za-z0-9][A-Za-z0-9\-_/.]*$/, 'may contain only letters, digits and - _ / . (starting with a letter or digit)');
export const codeSchema = z.string().trim().min(1, 'is required').max(64).regex(/^[A-Za-z0-9][A-Za-z0-9\-_.]*$/, 'letters, digits and - _ . only');
export const idSchema = z.number().int().positive();
