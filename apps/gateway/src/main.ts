import { createLogger } from '@sanbao/logger';
import { serveService } from '@sanbao/service-kit';
import { createGatewayApp } from './app.ts';
import { readGatewayConfig } from './config.ts';
import { upstreamsFrom } from './upstreams.ts';

const config = readGatewayConfig();
const log = createLogger({ name: 'gateway', level: config.LOG_LEVEL, pretty: config.LOG_PRETTY ?? config.NODE_ENV === 'development' });
if (!config.JWT_SECRET) throw new Error('the gateway signs tokens: set JWT_SECRET');

const service = createGatewayApp({
  log,
  upstreams: upstreamsFrom(config),
  sign: { issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE, secret: config.JWT_SECRET, ttlSeconds: config.TOKEN_TTL_SECONDS },
  devLoginEnabled: config.DEV_LOGIN ?? config.NODE_ENV !== 'production',
  webDist: config.WEB_DIST,
  bodyLimits: { api: config.IMPORT_BODY_LIMIT_BYTES, own: 64 * 1024 },
});
await serveService(service, { host: config.HOST, port: config.PORT, log, shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS, handleSignals: true });
