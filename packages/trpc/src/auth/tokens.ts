import {
  createLocalJWKSet,
  createRemoteJWKSet,
  importPKCS8,
  jwtVerify,
  SignJWT,
  type JSONWebKeySet,
  type JWTVerifyGetKey,
} from 'jose';
import { authUserSchema, tenantRules, type AuthUser } from './user.ts';
import { createVerifiedTokenCache } from './verified-token-cache.ts';

export interface TokenSettings {
  issuer: string;
  audience: string;
  /** HS256 shared secret (development, tests). */
  secret?: string | undefined;
  /** RS256 public keys (production): a JWKS URL or an in-memory key set. */
  jwksUrl?: string | undefined;
  jwks?: JSONWebKeySet | undefined;
  /** The longest lifetime (exp − iat, and exp − now) a token may have; default one day. */
  maxLifetimeSeconds?: number | undefined;
}

/** Tokens living longer than this are refused even when signed correctly. */
export const defaultMaxTokenLifetimeSeconds = 24 * 3600;

export class InvalidTokenError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'InvalidTokenError';
  }
}

export type TokenVerifier = (token: string) => Promise<AuthUser>;

export function createTokenVerifier(settings: TokenSettings): TokenVerifier {
  // `exp` and `iat` are required: a token that never expires is never accepted. The algorithm is pinned
  // per key type, so `alg: none` or an HS256 token signed with an RS256 public key cannot pass.
  const options = { issuer: settings.issuer, audience: settings.audience, requiredClaims: ['exp', 'iat', 'sub'] };
  const maxLifetime = settings.maxLifetimeSeconds ?? defaultMaxTokenLifetimeSeconds;
  let verify: (token: string) => Promise<{ payload: unknown }>;
  if (settings.jwksUrl || settings.jwks) {
    const keys: JWTVerifyGetKey = settings.jwks
      ? createLocalJWKSet(settings.jwks)
      : createRemoteJWKSet(new URL(settings.jwksUrl!));
    verify = (token) => jwtVerify(token, keys, { ...options, algorithms: ['RS256'] });
  } else if (settings.secret) {
    const key = new TextEncoder().encode(settings.secret);
    verify = (token) => jwtVerify(token, key, { ...options, algorithms: ['HS256'] });
  } else {
    throw new Error('token verification needs JWT_SECRET (HS256) or JWT_JWKS_URL (RS256)');
  }
  const cache = createVerifiedTokenCache();
  return async (token) => {
    const known = cache.get(token);
    if (known) return known;
    let payload: unknown;
    try {
      ({ payload } = await verify(token));
    } catch (error) {
      throw new InvalidTokenError(error instanceof Error ? error.message : 'invalid token');
    }
    const { exp, iat } = payload as { exp: number; iat: number };
    if (exp - iat > maxLifetime || exp - Date.now() / 1000 > maxLifetime + 60) {
      throw new InvalidTokenError(`token lifetime exceeds ${maxLifetime} seconds`);
    }
    const parsed = authUserSchema.safeParse(payload);
    if (!parsed.success) throw new InvalidTokenError('token claims are incomplete');
    const tenantProblem = tenantRules[parsed.data.role](parsed.data);
    if (tenantProblem) throw new InvalidTokenError(tenantProblem);
    cache.set(token, parsed.data, exp * 1000);
    return parsed.data;
  };
}

export interface SignSettings {
  issuer: string;
  audience: string;
  ttlSeconds: number;
  secret?: string | undefined;
  /** RS256 private key in PKCS#8 PEM, with the key id published in the JWKS. */
  privateKeyPem?: string | undefined;
  keyId?: string | undefined;
}

export async function signToken(user: AuthUser, settings: SignSettings): Promise<string> {
  const { sub, ...claims } = authUserSchema.parse(user);
  const jwt = new SignJWT(claims)
    .setSubject(sub)
    .setIssuer(settings.issuer)
    .setAudience(settings.audience)
    .setIssuedAt()
    .setExpirationTime(`${settings.ttlSeconds}s`);
  if (settings.privateKeyPem) {
    const key = await importPKCS8(settings.privateKeyPem, 'RS256');
    return jwt.setProtectedHeader({ alg: 'RS256', kid: settings.keyId }).sign(key);
  }
  if (!settings.secret) throw new Error('signing needs a secret or a private key');
  return jwt.setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode(settings.secret));
}
