import { z } from 'zod';
import { idSchema, mutationInput } from '../shared/fields.ts';

export const pendingChargebacksInput = z
  .object({ limit: z.number().int().min(1).max(500).default(100), afterId: idSchema.optional() })
  .default({ limit: 100 });

export const acknowledgeChargebacksInput = mutationInput({
  eventIds: z
    .array(idSchema)
    .min(1, 'at least one event id is required')
    .max(500)
    .refine((ids) => new Set(ids).size === ids.length, 'must not repeat an id'),
});
