import { roleProcedure, router } from '@sanbao/trpc';
import { idempotent } from '@sanbao/trpc/idempotency';
import type { PartsDeps } from '../parts-deps.ts';
import { balanceInput, ledgerInput, recordMovementInput } from './stock.schemas.ts';
import { getBalance, getLedger, recordMovement } from './stock.service.ts';

/** Stock per warehouse and part: warehouse staff record receipts, returns, scrap and adjustments. */
export function createStockRouter({ db, idempotency }: PartsDeps) {
  const readers = roleProcedure('warehouse', 'manager', 'admin', 'system');
  return router({
    recordMovement: roleProcedure('warehouse', 'admin')
      .use(idempotent(idempotency))
      .input(recordMovementInput)
      .mutation(({ ctx, input }) => recordMovement(db, ctx.user, input)),
    balance: readers.input(balanceInput).query(({ ctx, input }) => getBalance(db, ctx.user, input)),
    ledger: readers.input(ledgerInput).query(({ ctx, input }) => getLedger(db, ctx.user, input)),
  });
}
