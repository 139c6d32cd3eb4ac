import { initTRPC, TRPCError } from '@trpc/server';
import type { AuthUser, Role } from './auth/user.ts';
import type { RequestContext } from './context.ts';
import { formatError } from './error-formatter.ts';
import { DomainError, trpcCodeOf } from './errors.ts';

const t = initTRPC.context<RequestContext>().create({ errorFormatter: formatError });

export const router = t.router;
export const middleware = t.middleware;
export const mergeRouters = t.mergeRouters;
export const createCallerFactory = t.createCallerFactory;

/** Domain errors thrown anywhere below become the matching tRPC code, once, here. */
const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof DomainError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: trpcCodeOf[cause.code], message: cause.message, cause });
  }
  return result;
});

export const publicProcedure = t.procedure.use(domainErrors);

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
