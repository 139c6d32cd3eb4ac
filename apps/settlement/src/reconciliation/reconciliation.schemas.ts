import { z } from 'zod';
import { codeSchema, idSchema, mutationInput, tenantIdSchema, textSchema } from '../shared/fields.ts';

/**
 * The shared edge caps request bodies, so a payment file comes as base64 text with its limit here:
 * 28 000 000 base64 characters, about 20 MB of file.
 */
export const maxPaymentFileBase64 = 28_000_000;

export const registerPayeeInput = mutationInput({
  providerId: tenantIdSchema,
  /** Bank accounts the provider is paid to; spaces and dashes are ignored when matching. */
  accounts: z.array(codeSchema.or(z.string().trim().min(4).max(60))).max(20),
  /** Names the bank shows for the provider. */
  names: z.array(textSchema(200)).max(20),
});

export const importPaymentsInput = mutationInput({
  fileName: textSchema(200),
  format: z.enum(['csv', 'xlsx']),
  contentBase64: z
    .string()
    .min(1, 'is required')
    .max(maxPaymentFileBase64, `at most ${maxPaymentFileBase64} characters (about 20 MB of file)`)
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'must be base64'),
});

export const importIdInput = z.object({ importId: idSchema });

export const reconciliationReportInput = z.object({
  importId: idSchema,
  outcome: z.enum(['matched', 'underpaid', 'overpaid', 'duplicate_payment', 'unknown_payee']).optional(),
  afterId: idSchema.optional(),
  limit: z.number().int().min(1).max(500).default(100),
});
