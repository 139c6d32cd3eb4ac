import { retryAfterSeconds, type RequestContext } from '@sanbao/trpc';
import type { TokenVerifier } from '@sanbao/trpc/auth';
import { InvalidTokenError } from '@sanbao/trpc/auth';
import type { AnyTRPCRouter } from '@trpc/server';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import type { Context } from 'hono';
import type { ServiceVariables } from './request-log.ts';

async function authenticate(
  header: string | undefined,
  verify: TokenVerifier,
): Promise<Pick<RequestContext, 'user' | 'authError'>> {
  if (!header) return { user: null };
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) return { user: null, authError: 'authorization header must be "Bearer <token>"' };
  try {
    return { user: await verify(match[1]) };
  } catch (error) {
    if (error instanceof InvalidTokenError) return { user: null, authError: `invalid token: ${error.message}` };
    throw error;
  }
}

/** A router built on the context every service creates per request (`RequestContext`), and on no other. */
export type ServiceRouter = AnyTRPCRouter & { _def: { _config: { $types: { ctx: RequestContext } } } };

/** tRPC's own fetch adapter behind a typed helper, so the router's context type is checked here. */
export function trpcHandler<TRouter extends ServiceRouter>(
  router: TRouter,
  verifyToken: TokenVerifier,
  { maxBatchSize }: { maxBatchSize: number },
) {
  return async (c: Context<{ Variables: ServiceVariables }>) => {
    const log = c.get('log');
    const requestId = c.get('requestId');
    return fetchRequestHandler({
      endpoint: '/trpc',
      req: c.req.raw,
      router,
      maxBatchSize,
      // A dependency being down is worth retrying: say when.
      responseMeta: ({ errors }) =>
        errors.some((e) => e.code === 'SERVICE_UNAVAILABLE')
          ? { headers: { 'Retry-After': String(retryAfterSeconds) } }
          : {},
      createContext: async (): Promise<RequestContext> => ({
        requestId,
        log,
        ...(await authenticate(c.req.header('authorization'), verifyToken)),
      }),
      onError({ error, path }) {
        if (error.code === 'SERVICE_UNAVAILABLE') {
          const cause = (error.cause ?? error) as { message?: string; code?: unknown };
          log.warn({ path, cause: { message: cause.message, code: cause.code } }, 'dependency unavailable');
        } else if (error.code === 'INTERNAL_SERVER_ERROR')
          log.error({ err: error.cause ?? error, path }, 'procedure failed');
        else log.info({ path, code: error.code, message: error.message }, 'procedure refused');
      },
    });
  };
}
