import { z } from 'zod';
import { mutationInput, pageSchema, partCodeSchema, tenantIdSchema } from '../shared/fields.ts';

export const recordMovementInput = mutationInput({
  warehouseId: tenantIdSchema,
  partCode: partCodeSchema,
  /** Reservations, releases and shipments come only from parts requests. */
  kind: z.enum(['receipt', 'return_in', 'scrap', 'adjustment']),
  quantity: z.number().int('must be a whole number').min(-100_000).max(100_000),
  note: z.string().trim().max(500).optional(),
}).superRefine((input, ctx) => {
  if (input.kind === 'adjustment' ? input.quantity === 0 : input.quantity < 1) {
    ctx.addIssue({
      code: 'custom',
      path: ['quantity'],
      message: input.kind === 'adjustment' ? 'cannot be zero' : 'must be at least 1',
    });
  }
  if ((input.kind === 'adjustment' || input.kind === 'scrap') && !input.note) {
    ctx.addIssue({ code: 'custom', path: ['note'], message: `is required for ${input.kind}` });
  }
});

export const balanceInput = z.object({ warehouseId: tenantIdSchema, partCode: partCodeSchema });
export const ledgerInput = z.object({ warehouseId: tenantIdSchema, partCode: partCodeSchema, ...pageSchema });
