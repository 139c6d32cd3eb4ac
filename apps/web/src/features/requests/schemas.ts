import { z } from 'zod';

// Mirrors the field shape of the parts service's createRequestInput and markShippedInput: the
// service's schema file imports the server's idempotency middleware (node:crypto), which must not
// reach the browser bundle. The service validates again and its field errors land on these fields.
const partCode = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(40)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]*$/, 'letters, digits and . _ / - only');

export const requestFormSchema = z
  .object({
    purpose: z.enum(['warranty', 'paid_repair', 'stock']),
    claimId: z.string().trim().max(64).optional(),
    note: z.string().trim().max(500).optional(),
    lines: z
      .array(
        z.object({
          partCode,
          quantity: z.number().int('must be a whole number').positive('must be at least 1').max(999),
        }),
      )
      .min(1, 'at least one line is required')
      .max(50),
  })
  .superRefine((input, ctx) => {
    if (input.purpose === 'warranty' && !input.claimId)
      ctx.addIssue({ code: 'custom', path: ['claimId'], message: 'is required for warranty parts' });
    if (input.purpose === 'stock' && input.claimId)
      ctx.addIssue({ code: 'custom', path: ['claimId'], message: 'does not apply to stock requests' });
  });

export const trackingSchema = z.object({
  carrier: z.string().trim().min(1, 'is required').max(60),
  trackingNumber: z
    .string()
    .trim()
    .min(1, 'is required')
    .max(60)
    .regex(/^[A-Za-z0-9-]+$/, 'letters, digits and - only'),
});
