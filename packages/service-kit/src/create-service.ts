import type { Logger } from '@sanbao/logger';
import type { TokenVerifier } from '@sanbao/trpc/auth';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { defaultBodyBytes, defaultLargeBodyBytes, defaultMaxBatchSize, limitBody } from './body-limit.ts';
import { trpcHandler, type ServiceRouter } from './mount-trpc.ts';
import { requestLog, type ServiceVariables } from './request-log.ts';
import { securityHeaders } from './security-headers.ts';

export type ReadinessCheck = () => Promise<void>;

export interface ServiceSettings<TRouter extends ServiceRouter> {
  name: string;
  log: Logger;
  /** The service's tRPC router and how to verify bearer tokens; absent for processes with no API (the worker). */
  trpc?: { router: TRouter; verifyToken: TokenVerifier; limits?: Partial<RequestLimits> };
  /** Named dependencies that must answer for /readyz to be 200, e.g. postgres and temporal. */
  readiness: Record<string, ReadinessCheck>;
}

/** How much one request may ask of a service; read from BODY_LIMIT_BYTES, IMPORT_BODY_LIMIT_BYTES, TRPC_MAX_BATCH_SIZE. */
export interface RequestLimits {
  bodyBytes: number;
  importBodyBytes: number;
  /** Procedures taking a file, which may send up to importBodyBytes. */
  importProcedures: readonly string[];
  maxBatchSize: number;
}

export interface Service {
  app: Hono<{ Variables: ServiceVariables }>;
  /** Requests currently being handled (the drain waits for these). */
  inFlight(): number;
  /** After this, /readyz answers 503 so a load balancer stops sending work. */
  markDraining(): void;
}

export function createService<TRouter extends ServiceRouter>({
  name,
  log,
  trpc,
  readiness,
}: ServiceSettings<TRouter>): Service {
  let inFlight = 0;
  let draining = false;
  const app = new Hono<{ Variables: ServiceVariables }>();

  app.use(
    requestLog(
      log,
      () => inFlight++,
      () => inFlight--,
    ),
  );
  app.use(securityHeaders());
  app.get('/healthz', (c) => c.json({ status: 'ok', service: name }));
  app.get('/readyz', async (c) => {
    const results = await Promise.all(
      Object.entries(readiness).map(async ([dependency, check]) => {
        try {
          await check();
          return [dependency, 'ok'] as const;
        } catch (error) {
          c.get('log').warn({ dependency, err: error }, 'not ready');
          return [dependency, error instanceof Error ? error.message : 'failed'] as const;
        }
      }),
    );
    const checks = Object.fromEntries(results);
    const ready = !draining && results.every(([, state]) => state === 'ok');
    return c.json(
      { status: ready ? 'ready' : draining ? 'draining' : 'not ready', service: name, checks },
      ready ? 200 : 503,
    );
  });
  if (trpc) {
    const limits = trpc.limits ?? {};
    app.use(
      '/trpc/*',
      limitBody(
        {
          defaultBytes: limits.bodyBytes ?? defaultBodyBytes,
          largeBytes: limits.importBodyBytes ?? defaultLargeBodyBytes,
          largeProcedures: limits.importProcedures ?? [],
        },
        (path) => path.slice('/trpc/'.length),
      ),
    );
    app.all(
      '/trpc/*',
      trpcHandler(trpc.router, trpc.verifyToken, { maxBatchSize: limits.maxBatchSize ?? defaultMaxBatchSize }),
    );
  }
  app.notFound((c) => c.json({ error: 'not found' }, 404));
  app.onError((error, c) => {
    if (error instanceof HTTPException) return error.getResponse();
    c.get('log').error({ err: error }, 'unhandled error');
    return c.json({ error: 'internal server error', requestId: c.get('requestId') }, 500);
  });

  return {
    app,
    inFlight: () => inFlight,
    markDraining: () => {
      draining = true;
    },
  };
}
