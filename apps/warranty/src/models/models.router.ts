import type { Kysely } from '@sanbao/db';
import { sql } from '@sanbao/db';
import { authedProcedure, mutationProcedure, notFound, router } from '@sanbao/trpc';
import { idempotencyKeySchema } from '@sanbao/trpc/idempotency';
import { z } from 'zod';
import type { WarrantyDatabase } from '../schema.ts';
import { codeSchema } from '../shared/fields.ts';

const toModel = (row: {
  modelCode: string;
  categoryCode: string;
  nameZh: string;
  nameEn: string;
  mainParts: string[];
}) => ({
  modelCode: row.modelCode,
  categoryCode: row.categoryCode,
  nameZh: row.nameZh,
  nameEn: row.nameEn,
  mainParts: row.mainParts,
});

/** Product models: model code → category (which policy applies) and main parts. */
export function createModelsRouter({ db }: { db: Kysely<WarrantyDatabase> }) {
  const mutation = mutationProcedure(db);
  return router({
    list: authedProcedure.query(async () =>
      (await db.selectFrom('productModels').selectAll().orderBy('modelCode').execute()).map(toModel),
    ),
    get: authedProcedure.input(z.object({ modelCode: codeSchema })).query(async ({ input }) => {
      const row = await db
        .selectFrom('productModels')
        .selectAll()
        .where('modelCode', '=', input.modelCode)
        .executeTakeFirst();
      if (!row) throw notFound(`model ${input.modelCode}`);
      return toModel(row);
    }),
    upsert: mutation('admin', 'system')
      .input(
        z.object({
          idempotencyKey: idempotencyKeySchema,
          modelCode: codeSchema,
          categoryCode: codeSchema,
          nameZh: z.string().trim().min(1).max(100),
          nameEn: z.string().trim().min(1).max(100),
          mainParts: z.array(codeSchema).max(200).default([]),
        }),
      )
      .mutation(async ({ ctx, input }) => {
        const { idempotencyKey: _key, ...model } = input;
        const row = await ctx.db
          .insertInto('productModels')
          .values(model)
          .onConflict((oc) => oc.column('modelCode').doUpdateSet({ ...model, updatedAt: sql<Date>`now()` }))
          .returningAll()
          .executeTakeFirstOrThrow();
        return toModel(row);
      }),
  });
}
