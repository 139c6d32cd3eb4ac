import { cstDateOf, isCalendarDate, isDay, isInstant, todayInChina } from '@sanbao/calendar';
import { z } from 'zod';

export { nonNegativeFenSchema as fenSchema } from '@sanbao/money';

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
  .refine(isCalendarDate, { error: "must be a real calendar date 'YYYY-MM-DD' (China Standard Time)", abort: true })
  .refine((day) => isDay(day) && inBusinessYears(day), yearMessage);
export const instantSchema = z
  .string()
  .max(40)
  .refine(isInstant, {
    error: "must be an ISO-8601 date-time with a zone ('Z' or an offset), e.g. 2024-06-08T23:30:00+08:00",
    abort: true,
  })
  .refine((instant) => inBusinessYears(cstDateOf(instant)), { error: `${yearMessage} (its date in China)` });
/** A date that has already come, in China Standard Time (an invoice cannot be dated tomorrow). */
export const pastDaySchema = daySchema.refine(
  (day) => day <= todayInChina(new Date()),
  'must not be in the future (China Standard Time)',
);
export const serialSchema = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(64, 'must be at most 64 characters')
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9\-_/.]*$/,
    'may contain only letters, digits and - _ / . (starting with a letter or digit)',
  );
export const codeSchema = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9\-_.]*$/, 'letters, digits and - _ . only');
export const idSchema = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
/** A Postgres `integer` column. */
export const int4Schema = z.number().int().min(-2_147_483_648).max(2_147_483_647);
