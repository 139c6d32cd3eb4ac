import { idempotencyKeySchema } from '@sanbao/trpc/idempotency';
import { z } from 'zod';
import { codeSchema, daySchema, serialSchema } from '../shared/fields.ts';

export const recordRepairInput = z.object({
  idempotencyKey: idempotencyKeySchema,
  serial: serialSchema,
  sentOn: daySchema,
  completedOn: daySchema.optional(),
  partCode: codeSchema.optional(),
  faultCode: codeSchema.optional(),
  fixed: z.boolean(),
  seriousSafetyFault: z.boolean().default(false),
  hours: z.number().int().min(0).max(100_000).optional(),
  excludedHours: z.number().int().min(0).max(100_000).optional(),
});

export const recordReplacementInput = z.object({
  idempotencyKey: idempotencyKeySchema,
  serial: serialSchema,
  replacedOn: daySchema,
  /** "unit" for the whole unit, else the part code replaced. */
  scope: z.union([z.literal('unit'), codeSchema]),
});
