import { authedProcedure, mutationProcedure, router } from '@sanbao/trpc';
import type { SettlementDeps } from '../settlement-deps.ts';
import { getRateCardInput, listRateCardsInput, publishRateCardInput } from './rate-cards.schemas.ts';
import { getRateCard, listRateCards, publishRateCard } from './rate-cards.service.ts';

/** Versioned rate cards: finance and admins publish; everyone signed in reads (providers see what they are paid by). */
export function createRateCardsRouter({ db, clock }: SettlementDeps) {
  const mutation = mutationProcedure(db);
  return router({
    publish: mutation('admin', 'finance')
      .input(publishRateCardInput)
      .mutation(({ ctx, input: { idempotencyKey: _key, ...card } }) =>
        publishRateCard(ctx.db, card, { publishedBy: ctx.user.sub, now: clock() }),
      ),
    get: authedProcedure.input(getRateCardInput).query(({ input }) => getRateCard(db, input)),
    list: authedProcedure.input(listRateCardsInput).query(({ input }) => listRateCards(db, input.limit)),
  });
}
