import { z } from 'zod';
import { mutationInput, tenantIdSchema, textSchema } from '../shared/fields.ts';

export const upsertWarehouseInput = mutationInput({
  id: tenantIdSchema,
  name: textSchema(100),
  kind: z.enum(['central', 'regional']),
  region: textSchema(60),
});
