import { z } from 'zod';

/** An amount of money in fen (分, 0.01 CNY). Always a safe integer; never a float. */
export type Fen = number;

export const fenSchema = z
  .number()
  .int('must be a whole number of fen')
  .min(Number.MIN_SAFE_INTEGER)
  .max(Number.MAX_SAFE_INTEGER);
/**
 * The largest single amount a schema accepts: ¥100,000,000. Sums and products of such amounts
 * (quantity × unit cost, a request's lines, a provider's exposure) stay far below 2^53 and the
 * bigint columns: 900,000 maximal amounts still add up to a safe integer.
 */
export const maxAmountFen = 10_000_000_000;

export const nonNegativeFenSchema = fenSchema
  .min(0, 'money cannot be negative')
  .max(maxAmountFen, `must be at most ${maxAmountFen} fen (¥100,000,000)`);
