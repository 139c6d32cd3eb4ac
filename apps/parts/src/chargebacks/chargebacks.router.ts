import { internalProcedure, router } from '@sanbao/trpc';
import { idempotent } from '@sanbao/trpc/idempotency';
import type { PartsDeps } from '../parts-deps.ts';
import { acknowledgeChargebacksInput, pendingChargebacksInput } from './chargebacks.schemas.ts';
import { acknowledgeChargebacks, pendingChargebacks } from './chargebacks.service.ts';

/** The chargeback outbox, for the settlement service only (system token). */
export function createChargebacksRouter({ db, idempotency }: PartsDeps) {
  return router({
    pending: internalProcedure.input(pendingChargebacksInput).query(({ input }) => pendingChargebacks(db, input)),
    acknowledge: internalProcedure
      .use(idempotent(idempotency))
      .input(acknowledgeChargebacksInput)
      .mutation(({ ctx, input }) => acknowledgeChargebacks(db, input.eventIds, ctx.user.sub)),
  });
}
