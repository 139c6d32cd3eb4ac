import { createTokenVerifier, type TokenVerifier } from './tokens.ts';
import { systemTokenSource } from './system-token.ts';

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

/** The settings of a process that signs its own system tokens (`signingAuthEnv` of @sanbao/config). */
export interface SigningConfig extends AuthConfig {
  JWT_SECRET: string;
  SYSTEM_TOKEN_TTL_SECONDS: number;
}

/** System tokens for this process's calls to other services, signed with JWT_SECRET and renewed before they expire. */
export const systemTokenSourceFor = (config: SigningConfig, caller: string) =>
  systemTokenSource(
    {
      issuer: config.JWT_ISSUER,
      audience: config.JWT_AUDIENCE,
      secret: config.JWT_SECRET,
      ttlSeconds: config.SYSTEM_TOKEN_TTL_SECONDS,
    },
    caller,
  );
