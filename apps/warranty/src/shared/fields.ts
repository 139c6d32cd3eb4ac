import { z } from 'zod';

export { nonNegativeFenSchema as fenSchema } from '@sanbao/money';
import { isDay, isInstant } from '@sanbao/warranty-rules';

export const daySchema = z.string().refine(isDay, "must be a real calendar date 'YYYY-MM-DD' (China Standard Time)");
export const instantSchema = z.string().refine(isInstant, "must be an ISO-8601 date-time with 'Z' or an offset, e.g. 2024-06-08T23:30:00+08:00");
export const serialSchema = z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9][A-Za-z0-9\-_/.]*$/, 'letters, digits and - _ / . only');
export const codeSchema = z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9][A-Za-z0-9\-_.]*$/, 'letters, digits and - _ . only');
export const idSchema = z.number().int().positive();
