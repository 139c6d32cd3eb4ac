import { authedProcedure, roleProcedure, router } from '@sanbao/trpc';
import { idempotent } from '@sanbao/trpc/idempotency';
import type { PartsDeps } from '../parts-deps.ts';
import { listWarehouses, upsertWarehouse } from './warehouses.service.ts';
import { upsertWarehouseInput } from './warehouses.schemas.ts';

/** Central and regional warehouses: reference data every signed-in user may read. */
export function createWarehousesRouter({ db, idempotency }: PartsDeps) {
  return router({
    upsert: roleProcedure('admin')
      .use(idempotent(idempotency))
      .input(upsertWarehouseInput)
      .mutation(({ input: { idempotencyKey: _key, ...warehouse } }) => upsertWarehouse(db, warehouse)),
    list: authedProcedure.query(() => listWarehouses(db)),
  });
}
