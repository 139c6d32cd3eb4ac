import { authedProcedure, mutationProcedure, router } from '@sanbao/trpc';
import type { PartsDeps } from '../parts-deps.ts';
import { listWarehouses, upsertWarehouse } from './warehouses.service.ts';
import { upsertWarehouseInput } from './warehouses.schemas.ts';

/** Central and regional warehouses: reference data every signed-in user may read. */
export function createWarehousesRouter({ db }: PartsDeps) {
  const mutation = mutationProcedure(db);
  return router({
    upsert: mutation('admin')
      .input(upsertWarehouseInput)
      .mutation(({ ctx, input: { idempotencyKey: _key, ...warehouse } }) => upsertWarehouse(ctx.db, warehouse)),
    list: authedProcedure.query(() => listWarehouses(db)),
  });
}
