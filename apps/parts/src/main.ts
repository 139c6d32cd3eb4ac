import { createDatabase } from '@sanbao/db';
import { requestLimitsFrom } from '@sanbao/config';
import { createLogger } from '@sanbao/logger';
import { serveService } from '@sanbao/service-kit';
import { systemTokenSource, tokenVerifierFor } from '@sanbao/trpc/auth';
import { createPartsApp } from './app.ts';
import { readPartsConfig } from './config.ts';
import { warrantyClaimCoverage } from './requests/warranty-claims.ts';
import { warrantyHolidayCalendar } from './returns/warranty-holidays.ts';
import { partsSchemaName, type PartsDatabase } from './schema.ts';

const config = readPartsConfig();
const log = createLogger({ name: 'parts', level: config.LOG_LEVEL, pretty: config.LOG_PRETTY ?? config.NODE_ENV === 'development' });
const database = createDatabase<PartsDatabase>({ url: config.DATABASE_URL, schema: partsSchemaName, poolMax: config.DATABASE_POOL_MAX,
  onConnectionError: (err) => log.warn({ err }, 'idle database connection failed'),
});
const verifyToken = tokenVerifierFor(config);
const token = systemTokenSource(
  { issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE, secret: config.JWT_SECRET, ttlSeconds: config.SYSTEM_TOKEN_TTL_SECONDS },
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
});
await serveService(service, {
  host: config.HOST,
  port: config.PORT,
  log,
  shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS,
  handleSignals: true,
  onClosed: () => database.close(),
});
