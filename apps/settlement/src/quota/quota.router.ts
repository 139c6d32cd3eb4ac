import { mutationProcedure, roleProcedure, router } from '@sanbao/trpc';
import type { SettlementDeps } from '../settlement-deps.ts';
import { getQuotaInput, heldLinesInput, setQuotaInput } from './quota.schemas.ts';
import { getQuota, heldLines, setQuota } from './quota.service.ts';

/**
 * Monthly warranty budgets per provider (额度管控). A line beyond its budget waits for a manager in the
 * approvals inbox (`quotaOverrunApproval`), which answers with `lines.release` or `lines.refuse`.
 */
export function createQuotaRouter({ db }: SettlementDeps) {
  const mutation = mutationProcedure(db);
  return router({
    set: mutation('manager', 'finance', 'admin')
      .input(setQuotaInput)
      .mutation(({ ctx, input: { idempotencyKey: _key, ...quota } }) => setQuota(ctx.db, ctx.user, quota)),
    get: roleProcedure('provider', 'manager', 'finance', 'admin')
      .input(getQuotaInput)
      .query(({ ctx, input }) => getQuota(db, ctx.user, input)),
    held: roleProcedure('manager', 'finance', 'admin')
      .input(heldLinesInput)
      .query(({ input }) => heldLines(db, input)),
  });
}
