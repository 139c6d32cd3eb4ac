import { createTokenVerifier, type TokenVerifier } from './tokens.ts';

/** The auth variables every service's config carries (`authEnv` of @sanbao/config). */
export interface AuthConfig {
  JWT_ISSUER: string;
  JWT_AUDIENCE: string;
  JWT_SECRET?: string | undefined;
  JWT_JWKS_URL?: string | undefined;
  JWT_MAX_LIFETIME_SECONDS?: number | undefined;
}

/** RS256 against the JWKS when JWT_JWKS_URL is set, else HS256 with JWT_SECRET. */
export const tokenVerifierFor = (config: AuthConfig): TokenVerifier =>
  createTokenVerifier({
    issuer: config.JWT_ISSUER,
    audience: config.JWT_AUDIENCE,
    secret: config.JWT_SECRET,
    jwksUrl: config.JWT_JWKS_URL,
    maxLifetimeSeconds: config.JWT_MAX_LIFETIME_SECONDS,
  });
