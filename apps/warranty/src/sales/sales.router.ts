import type { Kysely } from '@sanbao/db';
import { authedProcedure, roleProcedure, router } from '@sanbao/trpc';
import { idempotent, type IdempotencyStore } from '@sanbao/trpc/idempotency';
import { z } from 'zod';
import type { WarrantyDatabase } from '../schema.ts';
import { serialSchema } from '../shared/fields.ts';
import { registerSaleInput } from './sales.schemas.ts';
import { getSoldUnit, registerSale } from './sales.service.ts';

/** The sales registry: which unit was sold when, where and for how much. */
export function createSalesRouter({ db, idempotency }: { db: Kysely<WarrantyDatabase>; idempotency: IdempotencyStore }) {
  return router({
    register: roleProcedure('admin', 'manager', 'system')
      .use(idempotent(idempotency))
      .input(registerSaleInput)
      .mutation(({ ctx, input }) => registerSale(db, input, ctx.user.sub)),
    get: authedProcedure.input(z.object({ serial: serialSchema })).query(({ ctx, input }) => getSoldUnit(db, input.serial, ctx.user)),
  });
}
