import { idempotencyKeySchema } from '@sanbao/trpc/idempotency';
import { z } from 'zod';

export const recordPingInput = z.object({
  idempotencyKey: idempotencyKeySchema,
  note: z.string().trim().min(1, 'note is required').max(200),
  sequence: z.number().int().nonnegative().max(2_147_483_647),
});
