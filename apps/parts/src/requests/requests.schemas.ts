import { z } from 'zod';
import {
  idSchema,
  mutationInput,
  pageSchema,
  partCodeSchema,
  quantitySchema,
  reasonSchema,
  tenantIdSchema,
  textSchema,
} from '../shared/fields.ts';
import { requestStatuses } from './request-states.ts';

const requestLine = z.object({ partCode: partCodeSchema, quantity: quantitySchema.max(999) });

export const createRequestInput = mutationInput({
  purpose: z.enum(['warranty', 'paid_repair', 'stock']),
  /** Required for warranty parts: the claim the repair is for. */
  claimId: textSchema(64).optional(),
  /** Defaults to the provider's own default warehouse. */
  warehouseId: tenantIdSchema.optional(),
  note: z.string().trim().max(500).optional(),
  lines: z.array(requestLine).min(1, 'at least one line is required').max(50),
}).superRefine((input, ctx) => {
  if (input.purpose === 'warranty' && !input.claimId)
    ctx.addIssue({ code: 'custom', path: ['claimId'], message: 'is required for warranty parts' });
  if (input.purpose === 'stock' && input.claimId)
    ctx.addIssue({ code: 'custom', path: ['claimId'], message: 'does not apply to stock requests' });
  const seen = new Map<string, number>();
  input.lines.forEach((line, i) => {
    const first = seen.get(line.partCode);
    if (first !== undefined)
      ctx.addIssue({ code: 'custom', path: ['lines', i, 'partCode'], message: `is already on line ${first}` });
    seen.set(line.partCode, i);
  });
});

export const requestIdInput = z.object({ requestId: idSchema });
export const requestChangeInput = mutationInput({ requestId: idSchema });
export const decisionInput = mutationInput({
  requestId: idSchema,
  reason: reasonSchema.optional(),
  /** The manager who decided in the approvals inbox, when the approval workflow (role `system`) delivers the decision. */
  decidedBy: z
    .object({ sub: textSchema(128), role: z.literal('manager') })
    .strict()
    .optional(),
});
export const reasonedChangeInput = mutationInput({ requestId: idSchema, reason: reasonSchema });
export const closeRequestInput = mutationInput({ requestId: idSchema, reason: reasonSchema.optional() });

export const markShippedInput = mutationInput({
  requestId: idSchema,
  carrier: textSchema(60),
  trackingNumber: textSchema(60).regex(/^[A-Za-z0-9-]+$/, 'letters, digits and - only'),
});

export const recordReceiptInput = mutationInput({
  requestId: idSchema,
  lines: z
    .array(z.object({ lineId: idSchema, quantity: quantitySchema }))
    .min(1, 'at least one line is required')
    .max(50),
});

export const listRequestsInput = z
  .object({
    status: z.enum(requestStatuses).optional(),
    providerId: tenantIdSchema.optional(),
    warehouseId: tenantIdSchema.optional(),
    ...pageSchema,
  })
  .default({ limit: 50 });
