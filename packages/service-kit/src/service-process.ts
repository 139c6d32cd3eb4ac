import { databaseFrom, listenFrom, logFrom, requestLimitsFrom } from '@sanbao/config';
import { createDatabase } from '@sanbao/db';
import { createLogger } from '@sanbao/logger';
import { tokenVerifierFor, type AuthConfig } from '@sanbao/trpc/auth';
import type { Service } from './create-service.ts';
import { serveService } from './serve.ts';

/** The settings every service process reads: `commonEnv`, `databaseEnv`, auth, `requestLimitsEnv`, `portEnv`. */
export type ServiceProcessConfig = Parameters<typeof logFrom>[0] &
  Parameters<typeof databaseFrom>[0] &
  Parameters<typeof requestLimitsFrom>[0] &
  Parameters<typeof listenFrom>[0] &
  AuthConfig;

/** Something the process opened and closes on its way out: a connection, a relay, background work. */
export type Opened = { close(): Promise<void> } | { stop(): Promise<void> };

/**
 * The frame of every service's `main.ts`. From the settings: the logger, the pool of the service's
 * schema, the token verifier and the request limits — the `deps` every app is built from. `serve` then
 * serves the app until SIGTERM or SIGINT; once the last request finished it closes what the process
 * opened, in the order given (a relay before the connection it sends through), and the pool last.
 */
export function openServiceProcess<DB>(name: string, schema: string, config: ServiceProcessConfig) {
  const log = createLogger({ name, ...logFrom(config) });
  const database = createDatabase<DB>({
    ...databaseFrom(config),
    schema,
    onConnectionError: (err) => log.warn({ err }, 'idle database connection failed'),
  });
  const closeAll = async (opened: Opened[]) => {
    for (const thing of [...opened, database]) await ('stop' in thing ? thing.stop() : thing.close());
  };
  return {
    deps: { database, log, verifyToken: tokenVerifierFor(config), limits: requestLimitsFrom(config) },
    serve: (service: Service, opened: Opened[] = []) =>
      serveService(service, { ...listenFrom(config), log, handleSignals: true, onClosed: () => closeAll(opened) }),
  };
}
