import { idempotencyKeySchema } from '@sanbao/trpc/idempotency';
import { claimSchema } from '@sanbao/warranty-rules';
import { z } from 'zod';
import { claimStates } from './claim-states.ts';
import { codeSchema, fenSchema, idSchema, instantSchema, serialSchema } from '../shared/fields.ts';

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

/**
 * The work done, as the provider reports it on completion for its settlement line: the service type
 * (A paid by the customer, B service contract, C free under warranty, D internal), the repair operation
 * picked from the rate card, the one-way distance of an on-site visit in whole metres (at most 2,000 km),
 * the cost of the parts fitted and the main part.
 */
export const claimWorkSchema = z.strictObject({
  serviceType: z.enum(['A', 'B', 'C', 'D']),
  operationCode: codeSchema,
  oneWayMeters: z.number().int('must be whole metres').min(0).max(2_000_000),
  partsCostFen: fenSchema,
  partCode: codeSchema.optional(),
});

export const completeClaimInput = moveClaimInput.extend({ work: claimWorkSchema.optional() });

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
