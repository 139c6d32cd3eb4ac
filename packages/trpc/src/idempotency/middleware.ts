import type { Kysely, Transaction } from '@sanbao/db';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import type { AuthUser } from '../auth/user.ts';
import { middleware } from '../procedures.ts';
import { tenantLabel } from '../tenancy.ts';
import { requestHashOf } from './request-hash.ts';
import { claimKey, storeResponse } from './store.ts';

export const idempotencyKeySchema = z
  .string({ message: 'idempotencyKey is required on every change' })
  .min(8, 'idempotencyKey needs at least 8 characters')
  .max(200);

/** What a mutation's resolver gets besides the request context. */
export interface MutationContext<DB> {
  /** The mutation's transaction: every read and write of the call goes through it. */
  db: Transaction<DB>;
  /** Work that must wait until the writes are committed (a background job, a message); skipped on rollback and replay. */
  afterCommit(work: () => void): void;
}

/** A key is private to the tenant, the user and the procedure: no other token can replay its response. */
export const scopeOf = (user: AuthUser, path: string) => JSON.stringify([tenantLabel(user), user.sub, path]);

/** Thrown inside the transaction to end it without writes, carrying the stored answer to `answerReplays`. */
class StoredResponse extends Error {
  readonly response: unknown;
  constructor(response: unknown) {
    super('idempotent replay');
    this.response = response;
  }
}

/** Thrown to roll back a call that failed, carrying its error result out of the transaction. */
class RolledBack extends Error {
  readonly result: unknown;
  constructor(result: unknown) {
    super('rolled back');
    this.result = result;
  }
}

/** Turns a replay found inside the transaction into the stored answer, as if the call had just run. */
export const answerReplays = middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof StoredResponse)
    return { marker: result.marker, ok: true as const, data: result.error.cause.response };
  return result;
});

/**
 * Every mutation carries `idempotencyKey` in its input. The call, its idempotency record and its
 * response commit in one transaction on the service's database: a replay with the same key and
 * payload gets the stored response without running again, the same key with another payload is a
 * CONFLICT, and a call that dies before its commit leaves nothing behind, so the retry simply runs.
 * Responses are JSON values, so a replay returns exactly what the first caller received over the wire.
 */
export function idempotentTransaction<DB>(db: Kysely<DB>) {
  return middleware(async ({ ctx, path, getRawInput, next }) => {
    const raw = (await getRawInput()) as Record<string, unknown> | undefined;
    const { idempotencyKey: rawKey, ...payload } = raw && typeof raw === 'object' ? raw : {};
    const requestHash = requestHashOf(payload);
    const parsedKey = idempotencyKeySchema.safeParse(rawKey);
    if (!parsedKey.success) {
      throw new TRPCError({
        code: 'BAD_REQUEST',
        message: parsedKey.error.issues[0]?.message,
        cause: new z.ZodRealError(parsedKey.error.issues.map((i) => ({ ...i, path: ['idempotencyKey'] }))),
      });
    }
    const key = parsedKey.data;
    const user = ctx.user as AuthUser;
    const scope = scopeOf(user, path);
    const committed: (() => void)[] = [];
    const afterCommit = (work: () => void) => void committed.push(work);
    const resolve = (trx: Transaction<DB>) => next({ ctx: { db: trx, afterCommit } satisfies MutationContext<DB> });

    let result: Awaited<ReturnType<typeof resolve>>;
    try {
      result = await db.transaction().execute(async (trx) => {
        const claim = await claimKey(trx, scope, key, requestHash);
        if (claim.kind === 'mismatch')
          throw new TRPCError({ code: 'CONFLICT', message: 'idempotencyKey was already used for a different request' });
        if (claim.kind === 'replay') throw new StoredResponse(claim.response);
        const outcome = await resolve(trx);
        if (!outcome.ok) throw new RolledBack(outcome);
        await storeResponse(trx, scope, key, outcome.data);
        return outcome;
      });
    } catch (error) {
      if (error instanceof RolledBack) return error.result as typeof result;
      if (error instanceof StoredResponse) ctx.log.info({ path, idempotencyKey: key }, 'idempotent replay');
      throw error;
    }
    for (const work of committed) {
      try {
        work();
      } catch (error) {
        ctx.log.error({ err: error, path }, 'work after commit failed');
      }
    }
    return result;
  });
}
