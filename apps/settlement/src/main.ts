import { databaseFrom, listenFrom, logFrom, requestLimitsFrom } from '@sanbao/config';
import { createDatabase } from '@sanbao/db';
import { createLogger } from '@sanbao/logger';
import { serveService } from '@sanbao/service-kit';
import { systemTokenSource, tokenVerifierFor } from '@sanbao/trpc/auth';
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
});
await serveService(service, {
  ...listenFrom(config),
  log,
  handleSignals: true,
  onClosed: () => database.close(),
});
