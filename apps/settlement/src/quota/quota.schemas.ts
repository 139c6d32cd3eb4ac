import { z } from 'zod';
import { fenSchema, mutationInput, periodSchema, tenantIdSchema } from '../shared/fields.ts';

export const setQuotaInput = mutationInput({ providerId: tenantIdSchema, monthlyBudgetFen: fenSchema });
export const getQuotaInput = z.object({ providerId: tenantIdSchema, period: periodSchema });
export const heldLinesInput = z
  .object({ providerId: tenantIdSchema.optional(), limit: z.number().int().min(1).max(200).default(50) })
  .default({ limit: 50 });
