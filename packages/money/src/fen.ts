import { z } from 'zod';

/** An amount of money in fen (分, 0.01 CNY). Always a safe integer; never a float. */
export type Fen = number;

export const fenSchema = z.number().int('must be a whole number of fen').min(Number.MIN_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);
export const nonNegativeFenSchema = fenSchema.min(0, 'money cannot be negative');
