import { mutationProcedure, roleProcedure, router } from '@sanbao/trpc';
import type { SettlementDeps } from '../settlement-deps.ts';
import {
  importChargebacksInput,
  listDeductionsInput,
  recordSlaPenaltyInput,
  reverseDuplicateInput,
} from './deductions.schemas.ts';
import { importChargebacks, listDeductions, recordSlaPenalty, reverseDuplicateLine } from './deductions.service.ts';

/** Deductions and credits: chargebacks from the parts outbox, SLA penalties, duplicate-claim reversals, re-credits. */
export function createDeductionsRouter(deps: SettlementDeps) {
  const mutation = mutationProcedure(deps.db);
  return router({
    importChargebacks: mutation('system', 'finance')
      .input(importChargebacksInput)
      .mutation(({ ctx, input }) => importChargebacks({ ...deps, db: ctx.db }, input, ctx.user.sub, ctx.afterCommit)),
    recordSlaPenalty: mutation('system', 'finance')
      .input(recordSlaPenaltyInput)
      .mutation(({ ctx, input: { idempotencyKey: _key, ...penalty } }) =>
        recordSlaPenalty({ ...deps, db: ctx.db }, penalty, ctx.user.sub),
      ),
    reverseDuplicate: mutation('finance')
      .input(reverseDuplicateInput)
      .mutation(({ ctx, input: { idempotencyKey: _key, ...reversal } }) =>
        reverseDuplicateLine({ ...deps, db: ctx.db }, reversal, ctx.user.sub),
      ),
    list: roleProcedure('provider', 'finance', 'admin', 'manager')
      .input(listDeductionsInput)
      .query(({ ctx, input }) => listDeductions(deps.db, ctx.user, input)),
  });
}
