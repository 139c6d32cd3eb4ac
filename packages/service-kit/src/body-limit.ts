import { bodyLimit } from 'hono/body-limit';
import { createMiddleware } from 'hono/factory';

export interface BodyLimits {
  /** Bytes any request body may have. */
  defaultBytes: number;
  /** Bytes a single call of one of `largeProcedures` (file imports) may send. */
  largeBytes: number;
  /** tRPC paths, e.g. `salesImports.start`, that take files. Batches never get the larger limit. */
  largeProcedures: readonly string[];
}

/** 1 MiB: far above any form; file imports name their procedures for the larger limit. */
export const defaultBodyBytes = 1024 * 1024;
/** 64 MiB: a 30 MB CSV as a JSON string, with room for escaping. */
export const defaultLargeBodyBytes = 64 * 1024 * 1024;
/** Calls in one tRPC batch request. */
export const defaultMaxBatchSize = 10;

/**
 * Refuses a body over the limit with 413 before it is read or parsed: from Content-Length when
 * given, else while streaming. Runs before authentication, so an anonymous client cannot make the
 * service buffer a huge body either.
 */
export function limitBody(limits: BodyLimits, procedurePath: (path: string) => string | undefined) {
  const large = new Set(limits.largeProcedures);
  // Shaped as a tRPC error, so a tRPC client reports it as one (code PAYLOAD_TOO_LARGE).
  const refuse = (bytes: number) =>
    bodyLimit({
      maxSize: bytes,
      // The rest of the body is never read, so the connection cannot carry another request: say so.
      onError: (c) =>
        c.json(
          {
            error: {
              message: `request body exceeds ${bytes} bytes`,
              code: -32013,
              data: { code: 'PAYLOAD_TOO_LARGE', httpStatus: 413 },
            },
          },
          413,
          { Connection: 'close' },
        ),
    });
  const normal = refuse(limits.defaultBytes);
  const forFiles = refuse(limits.largeBytes);
  return createMiddleware((c, next) => {
    const procedure = procedurePath(c.req.path);
    return (procedure && large.has(procedure) ? forFiles : normal)(c, next);
  });
}
