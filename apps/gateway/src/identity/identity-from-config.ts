import { createDatabase } from '@sanbao/db';
import type { Logger } from '@sanbao/logger';
import { tokenVerifierFor } from '@sanbao/trpc/auth';
import type { IdentityDeps } from '../auth-routes.ts';
import type { GatewayConfig } from '../config.ts';
import { signingFrom } from '../signing.ts';
import { identitySchemaName, type IdentityDatabase } from './schema.ts';

/** The identity wiring from the gateway's configuration, or undefined when IDENTITY=false. */
export function identityFromConfig(config: GatewayConfig, log: Logger): IdentityDeps | undefined {
  if (!config.IDENTITY) return undefined;
  if (!config.DATABASE_URL)
    throw new Error('password login keeps users and sessions in Postgres: set DATABASE_URL (or IDENTITY=false)');
  const database = createDatabase<IdentityDatabase>({
    url: config.DATABASE_URL,
    schema: identitySchemaName,
    poolMax: config.DATABASE_POOL_MAX,
    applicationName: 'sanbao-gateway',
    onConnectionError: (error) => log.warn({ err: error }, 'idle identity database connection failed'),
  });
  return {
    database,
    // The same issuer, audience and key as every token the gateway signs; only the lifetime is the access token's.
    accessSign: signingFrom(config, config.ACCESS_TOKEN_TTL_SECONDS),
    verifyToken: tokenVerifierFor(config),
    refreshTtlSeconds: config.REFRESH_TOKEN_TTL_SECONDS,
    cookieSecure: config.COOKIE_SECURE ?? config.NODE_ENV === 'production',
    lockout: {
      maxFailures: config.LOGIN_MAX_FAILURES,
      windowSeconds: config.LOGIN_FAILURE_WINDOW_SECONDS,
      lockoutSeconds: config.LOGIN_LOCKOUT_SECONDS,
    },
    ipMaxFailures: config.LOGIN_IP_MAX_FAILURES,
    clientIpFromForwardedFor: config.CLIENT_IP_FROM_FORWARDED_FOR,
  };
}
