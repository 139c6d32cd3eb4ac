import { isDatabaseUnavailable } from '@sanbao/db';
import { TRPCError, type TRPC_ERROR_CODE_KEY } from '@trpc/server';

/** Seconds a client is told to wait (Retry-After) when a dependency is down. */
export const retryAfterSeconds = 5;

interface ClientErrorShape {
  name: string;
  message: string;
  data?: { code?: TRPC_ERROR_CODE_KEY; httpStatus?: number } | null;
}

const isServiceCallError = (error: unknown): error is ClientErrorShape =>
  error instanceof Error && error.name === 'TRPCClientError';

/** Refusals of another service that describe the caller's request; passed on with their code. */
const passedOn = new Set<TRPC_ERROR_CODE_KEY>([
  'BAD_REQUEST',
  'NOT_FOUND',
  'CONFLICT',
  'PRECONDITION_FAILED',
  'UNPROCESSABLE_CONTENT',
  'TOO_MANY_REQUESTS',
]);

/**
 * Failures that are not this request's fault, mapped once: the database is unreachable (503, retry
 * later), another service is down or failed (503), another service refused the call (its code, or
 * 502 when it refused our own credentials). Anything else stays as it was.
 */
export function mapUnavailable(cause: unknown): TRPCError | null {
  if (isDatabaseUnavailable(cause)) {
    return new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: 'the database is unavailable; retry later', cause });
  }
  if (isServiceCallError(cause)) {
    const code = cause.data?.code;
    const status = cause.data?.httpStatus;
    if (!code || !status || status >= 500)
      return new TRPCError({
        code: 'SERVICE_UNAVAILABLE',
        message: 'another service is unavailable; retry later',
        cause,
      });
    if (passedOn.has(code)) return new TRPCError({ code, message: `another service refused: ${cause.message}`, cause });
    return new TRPCError({ code: 'BAD_GATEWAY', message: 'another service refused this service’s call', cause });
  }
  return null;
}
