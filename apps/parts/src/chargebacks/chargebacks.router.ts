import { internalProcedure, mutationProcedure, router } from '@sanbao/trpc';
import type { PartsDeps } from '../parts-deps.ts';
import { acknowledgeChargebacksInput, pendingChargebacksInput } from './chargebacks.schemas.ts';
import { acknowledgeChargebacks, pendingChargebacks } from './chargebacks.service.ts';

/** The chargeback outbox, for the settlement service only (system token). */
export function createChargebacksRouter({ db }: PartsDeps) {
  const mutation = mutationProcedure(db);
  return router({
    pending: internalProcedure.input(pendingChargebacksInput).query(({ input }) => pendingChargebacks(db, input)),
    acknowledge: mutation('system')
      .input(acknowledgeChargebacksInput)
      .mutation(({ ctx, input }) => acknowledgeChargebacks(ctx.db, input.eventIds, ctx.user.sub)),
  });
}
