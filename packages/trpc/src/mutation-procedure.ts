import type { Kysely } from '@sanbao/db';
import type { Role } from './auth/user.ts';
import { answerReplays, idempotentTransaction } from './idempotency/middleware.ts';
import { roleProcedure } from './procedures.ts';

/**
 * The one way to write a change. Bind it to the service's database once per router, then name the
 * roles that may call:
 *
 *   const mutation = mutationProcedure(db);
 *   mutation('provider', 'manager').input(openClaimInput).mutation(({ ctx, input }) => openClaim(ctx.db, input, ctx.user))
 *
 * The caller must hold one of the roles; the input carries an `idempotencyKey`; the resolver runs in
 * a transaction (`ctx.db`) that also stores the key and the response, and `ctx.afterCommit(fn)` runs
 * `fn` once that transaction has committed.
 */
export function mutationProcedure<DB>(db: Kysely<DB>) {
  const transactional = idempotentTransaction(db);
  return (...roles: Role[]) =>
    roleProcedure(...roles)
      .use(answerReplays)
      .use(transactional);
}
