import { idempotencyKeySchema } from '@sanbao/trpc/idempotency';
import { z } from 'zod';
import { saleFields } from './sale-check.ts';

export const registerSaleInput = z.object({
  idempotencyKey: idempotencyKeySchema,
  ...saleFields,
});

export type RegisterSale = z.infer<typeof registerSaleInput>;
