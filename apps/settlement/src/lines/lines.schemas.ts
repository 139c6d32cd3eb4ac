import { z } from 'zod';
import { serviceTypes } from '../rate-cards/rate-card.ts';
import {
  calendarDateSchema,
  codeSchema,
  fenSchema,
  idSchema,
  mutationInput,
  pageSchema,
  reasonSchema,
  tenantIdSchema,
} from '../shared/fields.ts';

export const postLineForClaimInput = mutationInput({
  claimId: codeSchema,
  providerId: tenantIdSchema,
  /** The CST business date the claim was completed: the rate card in force on it pays the work. */
  completedOn: calendarDateSchema,
  serviceType: z.enum(serviceTypes as ['A', 'B', 'C', 'D']),
  /** The repair operation the provider picked; its standard time comes from the rate card. */
  operationCode: codeSchema,
  category: codeSchema,
  grade: codeSchema,
  region: codeSchema,
  /** One-way distance for on-site service, whole metres (0 at the service point); at most 2,000 km. */
  oneWayMeters: z.number().int('must be whole metres').min(0).max(2_000_000),
  partsCostFen: fenSchema,
  /** For finance's cost views: the product model and the main part replaced, when the claim names them. */
  modelCode: codeSchema.optional(),
  partCode: codeSchema.optional(),
});

export const lineIdInput = z.object({ lineId: idSchema });

export const listLinesInput = z
  .object({
    providerId: tenantIdSchema.optional(),
    from: calendarDateSchema.optional(),
    to: calendarDateSchema.optional(),
    ...pageSchema,
  })
  .default({ limit: 50 });

/** A manager's decision on a line held over its provider's monthly budget. */
export const lineDecisionInput = mutationInput({ lineId: idSchema, reason: reasonSchema });
