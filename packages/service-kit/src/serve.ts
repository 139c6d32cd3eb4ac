import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import type { Logger } from '@sanbao/logger';
import type { Service } from './create-service.ts';

export interface ServeSettings {
  host: string;
  port: number;
  log: Logger;
  /** How long in-flight requests may take to finish after SIGTERM before the process gives up. */
  shutdownTimeoutMs: number;
  /** Closes what the process opened (pools, connections), after the last request finished. */
  onClosed?: () => Promise<void>;
  /** Install SIGTERM/SIGINT handlers that drain and exit (the process entry does; tests may not). */
  handleSignals?: boolean;
}

export interface RunningService {
  url: string;
  port: number;
  server: Server;
  /** Stop accepting, let in-flight requests finish, then run onClosed. Resolves true when drained in time. */
  shutdown(reason: string): Promise<boolean>;
}

export async function serveService(service: Service, settings: ServeSettings): Promise<RunningService> {
  const { log } = settings;
  const server = await new Promise<Server>((resolve) => {
    const s = serve({ fetch: service.app.fetch, port: settings.port, hostname: settings.host }, () =>
      resolve(s as Server),
    ) as Server;
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${settings.host}:${port}`;

  let shuttingDown: Promise<boolean> | undefined;
  const shutdown = (reason: string) => {
    shuttingDown ??= (async () => {
      log.info({ reason, inFlight: service.inFlight() }, 'shutting down: draining in-flight requests');
      service.markDraining();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const idleSweep = setInterval(() => server.closeIdleConnections(), 100);
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), settings.shutdownTimeoutMs);
      });
      const drained = await Promise.race([closed.then(() => true as const), timedOut]);
      clearInterval(idleSweep);
      clearTimeout(timer);
      if (!drained) {
        log.warn({ inFlight: service.inFlight() }, 'shutdown timeout: closing remaining connections');
        server.closeAllConnections();
      }
      await settings.onClosed?.();
      log.info({ drained }, 'stopped');
      return drained;
    })();
    return shuttingDown;
  };

  if (settings.handleSignals) {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      process.once(signal, () => {
        void shutdown(signal).then(
          (drained) => process.exit(drained ? 0 : 1),
          (error: unknown) => {
            log.error({ err: error }, 'shutdown failed');
            process.exit(1);
          },
        );
      });
    }
  }
  log.info({ url }, 'listening');
  return { url, port, server, shutdown };
}
