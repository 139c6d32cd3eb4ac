import { z } from 'zod';

/** An amount of money in fen (分, 0.01 CNY). Always a safe integer; never a float. */
export type Fen = number;

export const fenSchema = z.number().int('money is an integer number of fen').refine(Number.isSafeInteger, 'amount out of range');
export const nonNegativeFenSchema = fenSchema.refine((v) => v >= 0, 'money cannot be negative');
