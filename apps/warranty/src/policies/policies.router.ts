import type { Kysely } from '@sanbao/db';
import { authedProcedure, mutationProcedure, router } from '@sanbao/trpc';
import { idempotencyKeySchema } from '@sanbao/trpc/idempotency';
import { z } from 'zod';
import type { WarrantyDatabase } from '../schema.ts';
import { codeSchema, daySchema } from '../shared/fields.ts';
import { listPolicies, publishPolicy } from './policies.service.ts';

export function createPoliciesRouter({ db }: { db: Kysely<WarrantyDatabase> }) {
  const mutation = mutationProcedure(db);
  return router({
    list: authedProcedure
      .input(z.object({ categoryCode: codeSchema.optional() }).optional())
      .query(({ input }) => listPolicies(db, input?.categoryCode)),
    publish: mutation('admin')
      .input(
        z.object({
          idempotencyKey: idempotencyKeySchema,
          categoryCode: codeSchema,
          effectiveFrom: daySchema,
          nameZh: z.string().trim().min(1).max(100),
          nameEn: z.string().trim().min(1).max(100),
          terms: z.record(z.string(), z.unknown()),
          needsLegalReview: z.boolean().default(false),
          note: z.string().max(2000).optional(),
        }),
      )
      .mutation(({ ctx, input }) => publishPolicy(ctx.db, input, ctx.user.sub)),
  });
}
