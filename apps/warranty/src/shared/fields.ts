import { z } from 'zod';

export { nonNegativeFenSchema as fenSchema } from '@sanbao/money';
import { cstDateOf, isDay, isInstant } from '@sanbao/warranty-rules';
import { todayInChina } from './cst.ts';

/** Business dates outside these years are typing mistakes (year 0000 is no date to Postgres at all). */
export const firstBusinessYear = 2000;
export const lastBusinessYear = 2100;
const inBusinessYears = (text: string) => {
  const year = Number(text.slice(0, 4));
  return year >= firstBusinessYear && year <= lastBusinessYear;
};
const yearMessage = `must be in the years ${firstBusinessYear}–${lastBusinessYear}`;

export const daySchema = z
  .string()
  .max(10)
  .refine(isDay, { message: "must be a real calendar date 'YYYY-MM-DD' (China Standard Time)", abort: true })
  .refine(inBusinessYears, yearMessage);
export const instantSchema = z
  .string()
  .max(40)
  .refine(isInstant, { message: "must be an ISO-8601 date-time with 'Z' or an offset, e.g. 2024-06-08T23:30:00+08:00", abort: true })
  .refine((text) => inBusinessYears(cstDateOf(text)), yearMessage);
/** A date that has already come, in China Standard Time (an invoice cannot be dated tomorrow). */
export const pastDaySchema = daySchema.refine((day) => day <= todayInChina(), 'must not be in the future (China Standard Time)');
export const serialSchema = z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9][A-Za-z0-9\-_/.]*$/, 'letters, digits and - _ / . only');
export const codeSchema = z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9][A-Za-z0-9\-_.]*$/, 'letters, digits and - _ . only');
export const idSchema = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
/** A Postgres `integer` column. */
export const int4Schema = z.number().int().min(-2_147_483_648).max(2_147_483_647);
