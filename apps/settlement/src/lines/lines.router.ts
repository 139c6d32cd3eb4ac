import { mutationProcedure, roleProcedure, router } from '@sanbao/trpc';
import type { SettlementDeps } from '../settlement-deps.ts';
import { lineIdInput, listLinesInput, postLineForClaimInput } from './lines.schemas.ts';
import { explainLineById, listLines, postLineForClaim } from './lines.service.ts';

const readers = roleProcedure('provider', 'finance', 'admin', 'manager');

/** Settlement lines: posted by the claim workflow (system), read by their provider and by finance. */
export function createLinesRouter({ db }: SettlementDeps) {
  const mutation = mutationProcedure(db);
  return router({
    postForClaim: mutation('system')
      .input(postLineForClaimInput)
      .mutation(({ ctx, input: { idempotencyKey: _key, ...completion } }) => postLineForClaim(ctx.db, completion)),
    explain: readers.input(lineIdInput).query(({ ctx, input }) => explainLineById(db, ctx.user, input.lineId)),
    list: readers.input(listLinesInput).query(({ ctx, input }) => listLines(db, ctx.user, input)),
  });
}
