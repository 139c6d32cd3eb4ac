import type { Logger } from '@sanbao/logger';
import type { TokenVerifier } from '@sanbao/trpc/auth';
import { Hono } from 'hono';
import { trpcHandler, type ServiceRouter } from './mount-trpc.ts';
import { requestLog, type ServiceVariables } from './request-log.ts';

export type ReadinessCheck = () => Promise<void>;

export interface ServiceSettings<TRouter extends ServiceRouter> {
  name: string;
  log: Logger;
  /** The service's tRPC router and how to verify bearer tokens; absent for processes with no API (the worker). */
  trpc?: { router: TRouter; verifyToken: TokenVerifier };
  /** Named dependencies that must answer for /readyz to be 200, e.g. postgres and temporal. */
  readiness: Record<string, ReadinessCheck>;
}

export interface Service {
  app: Hono<{ Variables: ServiceVariables }>;
  /** Requests currently being handled (the drain waits for these). */
  inFlight(): number;
  /** After this, /readyz answers 503 so a load balancer stops sending work. */
  markDraining(): void;
}

export function createService<TRouter extends ServiceRouter>({ name, log, trpc, readiness }: ServiceSettings<TRouter>): Service {
  let inFlight = 0;
  let draining = false;
  const app = new Hono<{ Variables: ServiceVariables }>();

  app.use(requestLog(log, () => inFlight++, () => inFlight--));
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
    return c.json({ status: ready ? 'ready' : draining ? 'draining' : 'not ready', service: name, checks }, ready ? 200 : 503);
  });
  if (trpc) app.all('/trpc/*', trpcHandler(trpc.router, trpc.verifyToken));
  app.notFound((c) => c.json({ error: 'not found' }, 404));
  app.onError((error, c) => {
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
