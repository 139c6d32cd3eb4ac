import { initTRPC, TRPCError } from '@trpc/server';
import type { AuthUser, Role } from './auth/user.ts';
import type { RequestContext } from './context.ts';
import { formatError } from './error-formatter.ts';
import { DomainError, trpcCodeOf } from './errors.ts';
import { assertStorableInput } from './input-guard.ts';
import { mapUnavailable } from './unavailable.ts';

const t = initTRPC.context<RequestContext>().create({ errorFormatter: formatError });

export const router = t.router;
export const middleware = t.middleware;
export const mergeRouters = t.mergeRouters;
export const createCallerFactory = t.createCallerFactory;

/**
 * Domain errors thrown anywhere below become the matching tRPC code, once, here; so do an unreachable
 * database (503) and another service's failures, which are never this service's 500.
 */
const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof DomainError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: trpcCodeOf[cause.code], message: cause.message, cause });
  }
  if (!result.ok && result.error.code === 'INTERNAL_SERVER_ERROR') {
    const mapped = mapUnavailable(result.error.cause);
    if (mapped) throw mapped;
  }
  return result;
});

/** Input no procedure could store (NUL, unpaired surrogates, absurd nesting) is refused before any code walks it. */
const storableInput = t.middleware(async ({ getRawInput, next }) => {
  assertStorableInput(await getRawInput());
  return next();
});

export const publicProcedure = t.procedure.use(domainErrors).use(storableInput);

export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) {
    throw new TRPCError({ code: 'UNAUTHORIZED', message: ctx.authError ?? 'a bearer token is required' });
  }
  return next({ ctx: { ...ctx, user: ctx.user as AuthUser } });
});

/** Only the listed roles may call; everyone else gets FORBIDDEN. */
export const roleProcedure = (...allowed: Role[]) =>
  authedProcedure.use(({ ctx, next }) => {
    if (!allowed.includes(ctx.user.role)) {
      throw new TRPCError({ code: 'FORBIDDEN', message: `role ${ctx.user.role} may not do this` });
    }
    return next();
  });

/** Service-to-service calls (workflow activities) with the `system` role. */
export const internalProcedure = roleProcedure('system');
