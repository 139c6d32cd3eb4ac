import type { Kysely } from '@sanbao/db';
import { internalProcedure, mutationProcedure, roleProcedure, router } from '@sanbao/trpc';
import type { Role } from '@sanbao/trpc/auth';
import type { WarrantyDatabase } from '../schema.ts';
import {
  chooseRemedyInput,
  claimIdInput,
  completeClaimInput,
  engineImpactInput,
  listClaimsInput,
  moveClaimInput,
  openClaimInput,
} from './claims.schemas.ts';
import { engineImpact } from './engine-impact.ts';
import {
  chooseRemedy,
  claimCoverage,
  claimMoves,
  completeClaim,
  getClaim,
  listClaims,
  moveClaimTo,
  openClaim,
  readjudicate,
} from './claims.service.ts';

/** Claims: a provider opens one for a serial; the engine decides; the claim moves to completion. */
export function createClaimsRouter({ db }: { db: Kysely<WarrantyDatabase> }) {
  const change = mutationProcedure(db);
  const move = (to: (typeof claimMoves)[keyof typeof claimMoves], ...roles: Role[]) =>
    change(...roles)
      .input(moveClaimInput)
      .mutation(({ ctx, input }) => moveClaimTo(ctx.db, input.claimId, to, ctx.user, input.reason));
  const readers = roleProcedure('provider', 'manager', 'admin', 'finance', 'system');
  return router({
    open: change('provider', 'manager', 'admin')
      .input(openClaimInput)
      .mutation(({ ctx, input }) => openClaim(ctx.db, input, ctx.user)),
    chooseRemedy: change('provider', 'manager')
      .input(chooseRemedyInput)
      .mutation(({ ctx, input }) => chooseRemedy(ctx.db, input, ctx.user)),
    // The approval workflow drives these; managers may act directly from their inbox.
    requestApproval: move(claimMoves.requestApproval, 'system', 'manager'),
    approve: move(claimMoves.approve, 'system', 'manager'),
    startWork: move(claimMoves.startWork, 'system', 'manager'),
    reject: move(claimMoves.reject, 'system', 'manager'),
    // The provider reports the work done with it (service type, operation, distance, parts) for settlement.
    complete: change('provider', 'system', 'manager')
      .input(completeClaimInput)
      .mutation(({ ctx, input }) => completeClaim(ctx.db, input, ctx.user)),
    cancel: move(claimMoves.cancel, 'provider', 'manager'),
    get: readers.input(claimIdInput).query(({ ctx, input }) => getClaim(db, input.claimId, ctx.user)),
    list: readers.input(listClaimsInput).query(({ ctx, input }) => listClaims(db, input, ctx.user)),
    readjudicate: readers.input(claimIdInput).query(({ ctx, input }) => readjudicate(db, input.claimId, ctx.user)),
    // Which stored decisions the current engine would change; stored decisions themselves never change.
    engineImpact: roleProcedure('manager', 'admin')
      .input(engineImpactInput)
      .query(({ input }) => engineImpact(db, input)),
    coverage: internalProcedure.input(claimIdInput).query(({ input }) => claimCoverage(db, input.claimId)),
  });
}
