import { createDatabase } from '@sanbao/db';
import { databaseFrom, listenFrom, logFrom, outboxRelayFrom, requestLimitsFrom } from '@sanbao/config';
import { createLogger } from '@sanbao/logger';
import { serveService } from '@sanbao/service-kit';
import { createTemporalClient, startOutboxRelay, temporalReadiness } from '@sanbao/temporal';
import { tokenVerifierFor } from '@sanbao/trpc/auth';
import { startOnce } from '@sanbao/workflows/contracts';
import { createWarrantyApp } from './app.ts';
import { readWarrantyConfig } from './config.ts';
import { warrantySchemaName, type WarrantyDatabase } from './schema.ts';

const config = readWarrantyConfig();
const log = createLogger({ name: 'warranty', ...logFrom(config) });
const database = createDatabase<WarrantyDatabase>({
  ...databaseFrom(config),
  schema: warrantySchemaName,
  onConnectionError: (err) => log.warn({ err }, 'idle database connection failed'),
});
const temporal = await createTemporalClient({ address: config.TEMPORAL_ADDRESS, namespace: config.TEMPORAL_NAMESPACE });
const verifyToken = tokenVerifierFor(config);

const service = createWarrantyApp({
  database,
  log,
  verifyToken,
  limits: requestLimitsFrom(config),
  temporalReady: temporalReadiness(temporal.connection, config.TEMPORAL_NAMESPACE),
});
// Starts and signals the claim approval workflows for changes this service committed.
const relay = startOutboxRelay({
  database,
  client: temporal.client,
  startOptions: startOnce,
  log,
  ...outboxRelayFrom(config),
});
await serveService(service, {
  ...listenFrom(config),
  log,
  handleSignals: true,
  onClosed: async () => {
    await service.salesImports.whenIdle();
    await relay.stop();
    await database.close();
    await temporal.connection.close();
  },
});
