import { mutationProcedure, roleProcedure, router } from '@sanbao/trpc';
import type { SettlementDeps } from '../settlement-deps.ts';
import { decideHeldLine } from '../quota/quota.service.ts';
import { lineDecisionInput, lineIdInput, listLinesInput, postLineForClaimInput } from './lines.schemas.ts';
import { explainLineById, listLines, postLineForClaim } from './lines.service.ts';

const readers = roleProcedure('provider', 'finance', 'admin', 'manager');

/** Settlement lines: posted by the claim workflow (system), read by their provider and by finance. */
export function createLinesRouter(deps: SettlementDeps) {
  const { db } = deps;
  const mutation = mutationProcedure(db);
  return router({
    postForClaim: mutation('system')
      .input(postLineForClaimInput)
      .mutation(({ ctx, input: { idempotencyKey: _key, ...completion } }) =>
        postLineForClaim({ ...deps, db: ctx.db }, completion),
      ),
    // A manager decides a held line in the approvals inbox; its workflow carries the decision out here.
    release: mutation('system')
      .input(lineDecisionInput)
      .mutation(({ ctx, input }) => decideHeldLine(ctx.db, ctx.user, input.lineId, 'released', input.reason)),
    refuse: mutation('system')
      .input(lineDecisionInput)
      .mutation(({ ctx, input }) => decideHeldLine(ctx.db, ctx.user, input.lineId, 'refused', input.reason)),
    explain: readers.input(lineIdInput).query(({ ctx, input }) => explainLineById(db, ctx.user, input.lineId)),
    list: readers.input(listLinesInput).query(({ ctx, input }) => listLines(db, ctx.user, input)),
  });
}
