import type { SignSettings } from '@sanbao/trpc/auth';

/**
 * How the gateway signs a token that lives `ttlSeconds`: every token it hands out (login, access, the
 * token CLI) carries the same issuer and audience and is signed with the same key.
 */
export const signingFrom = (
  config: { JWT_ISSUER: string; JWT_AUDIENCE: string; JWT_SECRET: string },
  ttlSeconds: number,
): SignSettings => ({
  issuer: config.JWT_ISSUER,
  audience: config.JWT_AUDIENCE,
  secret: config.JWT_SECRET,
  ttlSeconds,
});
