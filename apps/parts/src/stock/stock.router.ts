import { mutationProcedure, roleProcedure, router } from '@sanbao/trpc';
import type { PartsDeps } from '../parts-deps.ts';
import { balanceInput, ledgerInput, recordMovementInput } from './stock.schemas.ts';
import { getBalance, getLedger, recordMovement } from './stock.service.ts';

/** Stock per warehouse and part: warehouse staff record receipts, returns, scrap and adjustments. */
export function createStockRouter({ db }: PartsDeps) {
  const mutation = mutationProcedure(db);
  const readers = roleProcedure('warehouse', 'manager', 'admin', 'system');
  return router({
    recordMovement: mutation('warehouse', 'admin')
      .input(recordMovementInput)
      .mutation(({ ctx, input }) => recordMovement(ctx.db, ctx.user, input)),
    balance: readers.input(balanceInput).query(({ ctx, input }) => getBalance(db, ctx.user, input)),
    ledger: readers.input(ledgerInput).query(({ ctx, input }) => getLedger(db, ctx.user, input)),
  });
}
