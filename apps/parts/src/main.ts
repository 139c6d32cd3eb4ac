import { createDatabase } from '@sanbao/db';
import { databaseFrom, listenFrom, logFrom, outboxRelayFrom, requestLimitsFrom } from '@sanbao/config';
import { createLogger } from '@sanbao/logger';
import { serveService } from '@sanbao/service-kit';
import { createTemporalClient, startOutboxRelay, temporalReadiness } from '@sanbao/temporal';
import { systemTokenSource, tokenVerifierFor } from '@sanbao/trpc/auth';
import { startOnce } from '@sanbao/workflows/contracts';
import { createPartsApp } from './app.ts';
import { readPartsConfig } from './config.ts';
import { warrantyClaimCoverage } from './requests/warranty-claims.ts';
import { warrantyHolidayCalendar } from './returns/warranty-holidays.ts';
import { partsSchemaName, type PartsDatabase } from './schema.ts';

const config = readPartsConfig();
const log = createLogger({ name: 'parts', ...logFrom(config) });
const database = createDatabase<PartsDatabase>({
  ...databaseFrom(config),
  schema: partsSchemaName,
  onConnectionError: (err) => log.warn({ err }, 'idle database connection failed'),
});
const temporal = await createTemporalClient({ address: config.TEMPORAL_ADDRESS, namespace: config.TEMPORAL_NAMESPACE });
const verifyToken = tokenVerifierFor(config);
const token = systemTokenSource(
  {
    issuer: config.JWT_ISSUER,
    audience: config.JWT_AUDIENCE,
    secret: config.JWT_SECRET,
    ttlSeconds: config.SYSTEM_TOKEN_TTL_SECONDS,
  },
  'parts',
);

const service = createPartsApp({
  database,
  log,
  verifyToken,
  limits: requestLimitsFrom(config),
  claimCoverage: warrantyClaimCoverage({ url: config.WARRANTY_URL, token }),
  holidayCalendar: warrantyHolidayCalendar({ url: config.WARRANTY_URL, token }),
  defaultReturnDueDays: config.DEFAULT_RETURN_DUE_DAYS,
  readiness: { temporal: temporalReadiness(temporal.connection, config.TEMPORAL_NAMESPACE) },
});
// Starts and signals the approval workflows for changes this service committed.
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
    await relay.stop();
    await database.close();
    await temporal.connection.close();
  },
});
