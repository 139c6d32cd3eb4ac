import type { Kysely } from '@sanbao/db';
import { authedProcedure, mutationProcedure, router } from '@sanbao/trpc';
import { z } from 'zod';
import type { WarrantyDatabase } from '../schema.ts';
import { serialSchema } from '../shared/fields.ts';
import { registerSaleInput } from './sales.schemas.ts';
import { getSoldUnit, registerSale } from './sales.service.ts';

/** The sales registry: which unit was sold when, where and for how much. */
export function createSalesRouter({ db }: { db: Kysely<WarrantyDatabase> }) {
  const mutation = mutationProcedure(db);
  return router({
    register: mutation('admin', 'manager', 'system')
      .input(registerSaleInput)
      .mutation(({ ctx, input }) => registerSale(ctx.db, input, ctx.user.sub)),
    get: authedProcedure
      .input(z.object({ serial: serialSchema }))
      .query(({ ctx, input }) => getSoldUnit(db, input.serial, ctx.user)),
  });
}
