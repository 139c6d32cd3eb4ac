import { idempotencyKeySchema } from '@sanbao/trpc/idempotency';
import { claimSchema } from '@sanbao/warranty-rules';
import { z } from 'zod';
import { claimStates } from './claim-states.ts';
import { codeSchema, idSchema, instantSchema, serialSchema } from '../shared/fields.ts';

/** What the provider reports; `raisedAt` defaults to now. */
export const claimReportSchema = claimSchema.extend({ raisedAt: instantSchema.optional() });

export const openClaimInput = z.object({
  idempotencyKey: idempotencyKeySchema,
  serial: serialSchema,
  claim: claimReportSchema,
  description: z.string().trim().max(2000).optional(),
  /** Staff opening a claim on a provider's behalf name the provider; a provider's token names itself. */
  providerId: codeSchema.optional(),
});

export const remedyKinds = [
  'no_reason_return',
  'refund',
  'replace',
  'replace_part',
  'repair',
  'paid_repair',
  'courtesy_car',
] as const;

export const chooseRemedyInput = z.object({
  idempotencyKey: idempotencyKeySchema,
  claimId: idSchema,
  remedy: z.enum(remedyKinds),
});

export const moveClaimInput = z.object({
  idempotencyKey: idempotencyKeySchema,
  claimId: idSchema,
  reason: z.string().trim().max(2000).optional(),
});

export const claimIdInput = z.object({ claimId: idSchema });

export const listClaimsInput = z
  .object({
    state: z.enum(claimStates).optional(),
    serial: serialSchema.optional(),
    limit: z.number().int().min(1).max(200).default(50),
    /** Claims with an id below this one (the last id of the previous page). */
    before: idSchema.optional(),
  })
  .default({ limit: 50 });

export const engineImpactInput = z
  .object({
    limit: z.number().int().min(1).max(200).default(50),
    /** Changed claims with an id below this one (the last id of the previous page). */
    before: idSchema.optional(),
  })
  .default({ limit: 50 });
