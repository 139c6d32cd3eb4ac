import { idempotencyKeySchema } from '@sanbao/trpc/idempotency';
import { z } from 'zod';
import { codeSchema, daySchema, fenSchema, instantSchema, pastDaySchema, serialSchema } from '../shared/fields.ts';

export const documentsSchema = z
  .object({
    invoice: z.boolean(),
    voucher: z.boolean(),
    voucherModelMatches: z.boolean(),
    voucherAltered: z.boolean(),
    otherProofOfPurchase: z.boolean(),
  })
  .partial();

export const registerSaleInput = z.object({
  idempotencyKey: idempotencyKeySchema,
  serial: serialSchema,
  modelCode: codeSchema,
  channel: z.enum(['store', 'online', 'tv', 'phone', 'mail']),
  invoiceDate: pastDaySchema,
  deliveredAt: instantSchema.optional(),
  installedOn: daySchema.optional(),
  priceFen: fenSchema,
  paidFen: fenSchema.optional(),
  documents: documentsSchema.default({}),
});

export type RegisterSale = z.infer<typeof registerSaleInput>;
