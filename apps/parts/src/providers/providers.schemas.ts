import { z } from 'zod';
import { fenSchema, mutationInput, tenantIdSchema, textSchema } from '../shared/fields.ts';

export const upsertProviderInput = mutationInput({
  id: tenantIdSchema,
  name: textSchema(100),
  region: textSchema(60),
  grade: z.enum(['A', 'B', 'C', 'D']),
  defaultWarehouseId: tenantIdSchema,
  creditLimitFen: fenSchema,
});

export const providerIdInput = z.object({ providerId: tenantIdSchema });
export const listProvidersInput = z.object({ region: textSchema(60).optional() }).default({});
