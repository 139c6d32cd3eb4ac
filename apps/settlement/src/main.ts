import { databaseFrom, listenFrom, logFrom, outboxRelayFrom, requestLimitsFrom } from '@sanbao/config';
import { createDatabase } from '@sanbao/db';
import { createLogger } from '@sanbao/logger';
import { serveService } from '@sanbao/service-kit';
import { createTemporalClient, startOutboxRelay, temporalReadiness } from '@sanbao/temporal';
import { systemTokenSource, tokenVerifierFor } from '@sanbao/trpc/auth';
import { startOnce } from '@sanbao/workflows/contracts';
import { createSettlementApp } from './app.ts';
import { readSettlementConfig } from './config.ts';
import { partsChargebackOutbox } from './deductions/parts-chargebacks.ts';
import { settlementSchemaName, type SettlementDatabase } from './schema.ts';

const config = readSettlementConfig();
const log = createLogger({ name: 'settlement', ...logFrom(config) });
const database = createDatabase<SettlementDatabase>({
  ...databaseFrom(config),
  schema: settlementSchemaName,
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
  'settlement',
);

const service = createSettlementApp({
  database,
  log,
  verifyToken,
  chargebackOutbox: partsChargebackOutbox({ url: config.PARTS_URL, token }),
  vatRateBp: config.SETTLEMENT_VAT_RATE_BP,
  slaPenalty: { fenPerDay: config.SLA_PENALTY_FEN_PER_DAY, capFen: config.SLA_PENALTY_CAP_FEN },
  limits: requestLimitsFrom(config),
  readiness: { temporal: temporalReadiness(temporal.connection, config.TEMPORAL_NAMESPACE) },
});
// Starts the approval workflow of every line this service held over quota, once its transaction committed.
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
