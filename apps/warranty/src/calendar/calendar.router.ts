import type { Kysely } from '@sanbao/db';
import { authedProcedure, mutationProcedure, notFound, router } from '@sanbao/trpc';
import { idempotencyKeySchema } from '@sanbao/trpc/idempotency';
import { z } from 'zod';
import type { WarrantyDatabase } from '../schema.ts';
import { daySchema } from '../shared/fields.ts';

const toDay = (row: { day: string; kind: 'holiday' | 'make_up_workday'; name: string }) => ({
  day: row.day,
  kind: row.kind,
  name: row.name,
});

/**
 * The PRC statutory holidays (法定休假日) and make-up working days (调休) the rules count with: a period
 * ending on a holiday ends on the first day after it (T6). Maintained by admins from the State
 * Council's yearly notice; only days listed here are holidays, weekends are never implied.
 */
export function createCalendarRouter({ db }: { db: Kysely<WarrantyDatabase> }) {
  const mutation = mutationProcedure(db);
  return router({
    list: authedProcedure
      .input(z.object({ from: daySchema, to: daySchema }))
      .query(async ({ input }) =>
        (
          await db
            .selectFrom('holidays')
            .selectAll()
            .where('day', '>=', input.from)
            .where('day', '<=', input.to)
            .orderBy('day')
            .execute()
        ).map(toDay),
      ),
    setDay: mutation('admin')
      .input(
        z.object({
          idempotencyKey: idempotencyKeySchema,
          day: daySchema,
          kind: z.enum(['holiday', 'make_up_workday']),
          name: z.string().trim().min(1).max(50),
        }),
      )
      .mutation(async ({ ctx, input }) =>
        toDay(
          await ctx.db
            .insertInto('holidays')
            .values({ day: input.day, kind: input.kind, name: input.name })
            .onConflict((oc) => oc.column('day').doUpdateSet({ kind: input.kind, name: input.name }))
            .returningAll()
            .executeTakeFirstOrThrow(),
        ),
      ),
    removeDay: mutation('admin')
      .input(z.object({ idempotencyKey: idempotencyKeySchema, day: daySchema }))
      .mutation(async ({ ctx, input }) => {
        const removed = await ctx.db
          .deleteFrom('holidays')
          .where('day', '=', input.day)
          .returningAll()
          .executeTakeFirst();
        if (!removed) throw notFound(`calendar day ${input.day}`);
        return toDay(removed);
      }),
  });
}
