import { createLogger } from '@sanbao/logger';
import { serveService } from '@sanbao/service-kit';
import { createGatewayApp } from './app.ts';
import { readGatewayConfig } from './config.ts';
import { identityFromConfig } from './identity/identity-from-config.ts';
import { signingFrom } from './signing.ts';
import { upstreamsFrom } from './upstreams.ts';

const config = readGatewayConfig();
const log = createLogger({
  name: 'gateway',
  level: config.LOG_LEVEL,
  pretty: config.LOG_PRETTY ?? config.NODE_ENV === 'development',
});

const identity = identityFromConfig(config, log);
const service = createGatewayApp({
  log,
  identity,
  upstreams: upstreamsFrom(config),
  sign: signingFrom(config, config.TOKEN_TTL_SECONDS),
  devLoginEnabled: config.DEV_LOGIN,
  webDist: config.WEB_DIST,
  bodyLimits: { api: config.IMPORT_BODY_LIMIT_BYTES, own: 64 * 1024 },
});
await serveService(service, {
  host: config.HOST,
  port: config.PORT,
  log,
  shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS,
  handleSignals: true,
  onClosed: async () => identity?.database.close(),
});
