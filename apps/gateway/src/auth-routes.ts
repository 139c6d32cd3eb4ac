import { getConnInfo } from '@hono/node-server/conninfo';
import type { Database } from '@sanbao/db';
import type { ServiceVariables } from '@sanbao/service-kit';
import { InvalidTokenError, signToken, type SignSettings, type TokenVerifier } from '@sanbao/trpc/auth';
import { Hono, type Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { z } from 'zod';
import {
  accessCookie,
  clearSessionCookies,
  cookieAuthenticated,
  newCsrfToken,
  refreshCookie,
  setSessionCookies,
  type CookieSettings,
} from './cookie-session.ts';
import { csrfCookie, csrfHeaderMatches, csrfRefused } from './csrf.ts';
import { ipFailureLimiter } from './identity/ip-limiter.ts';
import { loginThrottle, type LockoutPolicy } from './identity/lockout.repository.ts';
import { passwordLogin } from './identity/login.ts';
import type { ScryptParams } from './identity/passwords.ts';
import { refreshTokens } from './identity/refresh-tokens.repository.ts';
import { locales, type IdentityDatabase } from './identity/schema.ts';
import { findActiveUser, sessionUserOf, setLocale, type UserRow } from './identity/users.repository.ts';

export interface IdentityDeps {
  database: Database<IdentityDatabase>;
  /** The gateway's sign settings with the access token's lifetime (ACCESS_TOKEN_TTL_SECONDS). */
  accessSign: SignSettings;
  /** Checks the access cookie for /auth/me, as the services check the bearer token. */
  verifyToken: TokenVerifier;
  refreshTtlSeconds: number;
  cookieSecure: boolean;
  lockout: LockoutPolicy;
  /** Failed logins one client address may make per lockout window, in this process. */
  ipMaxFailures: number;
  /** Behind a trusted reverse proxy: the client is the last address it appended to X-Forwarded-For. */
  clientIpFromForwardedFor: boolean;
  passwordParams?: ScryptParams | undefined;
}

type AuthContext = Context<{ Variables: ServiceVariables }>;

const loginInput = z.object({ username: z.string().trim().min(1).max(200), password: z.string().min(1).max(1024) });
const preferencesInput = z.object({ locale: z.enum(locales) });

const badRequest = (c: AuthContext, error: z.ZodError) =>
  c.json(
    { error: 'BAD_REQUEST', fieldErrors: error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) },
    400,
  );
const sessionExpired = (c: AuthContext) => c.json({ error: 'session_expired' }, 401);
const isJson = (c: AuthContext) => /^application\/json\b/i.test(c.req.header('content-type') ?? '');

function clientAddress(c: AuthContext, fromForwardedFor: boolean): string {
  if (fromForwardedFor) {
    const last = c.req.header('x-forwarded-for')?.split(',').pop()?.trim();
    if (last) return last;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** /auth/login, /auth/refresh, /auth/logout, /auth/me: password login and cookie sessions. */
export function authRoutes(deps: IdentityDeps) {
  const db = deps.database.db;
  const cookies: CookieSettings = {
    secure: deps.cookieSecure,
    accessTtlSeconds: deps.accessSign.ttlSeconds,
    refreshTtlSeconds: deps.refreshTtlSeconds,
  };
  const tokens = refreshTokens(db, deps.refreshTtlSeconds);
  const login = passwordLogin({
    db,
    throttle: loginThrottle(db, deps.lockout),
    ipLimiter: ipFailureLimiter({ maxFailures: deps.ipMaxFailures, windowSeconds: deps.lockout.windowSeconds }),
    passwordParams: deps.passwordParams,
  });

  /** Signs a fresh access token and sets the three cookies; the CSRF token survives a refresh so open tabs keep working. */
  async function startSession(c: AuthContext, user: UserRow, refresh: string, csrf: string) {
    const access = await signToken(
      {
        sub: user.username,
        role: user.role,
        name: user.displayName,
        ...(user.providerId ? { providerId: user.providerId } : {}),
        ...(user.warehouseId ? { warehouseId: user.warehouseId } : {}),
        ...(user.approvalLevel ? { approvalLevel: user.approvalLevel } : {}),
      },
      deps.accessSign,
    );
    setSessionCookies(c, { access, refresh, csrf }, cookies);
    return c.json({ user: sessionUserOf(user), csrfToken: csrf });
  }

  const routes = new Hono<{ Variables: ServiceVariables }>();
  routes.use('*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });

  routes.post('/login', async (c) => {
    if (!isJson(c)) return c.json({ error: 'BAD_REQUEST', message: 'send JSON (content-type: application/json)' }, 400);
    const parsed = loginInput.safeParse(await c.req.json().catch(() => null));
    if (!parsed.success) return badRequest(c, parsed.error);
    const result = await login({ ...parsed.data, address: clientAddress(c, deps.clientIpFromForwardedFor) });
    switch (result.outcome) {
      case 'ok':
        c.get('log').info({ username: result.user.username, role: result.user.role }, 'signed in');
        return startSession(c, result.user, await tokens.issue(result.user.username), newCsrfToken());
      case 'invalid_credentials':
        return c.json({ error: 'invalid_credentials' }, 401);
      case 'locked':
        c.get('log').warn({ username: parsed.data.username }, 'login locked');
        c.header('Retry-After', String(result.retryAfterSeconds));
        return c.json({ error: 'locked', retryAfterSeconds: result.retryAfterSeconds }, 423);
      case 'rate_limited':
        c.header('Retry-After', String(result.retryAfterSeconds));
        return c.json({ error: 'rate_limited', retryAfterSeconds: result.retryAfterSeconds }, 429);
    }
  });

  routes.post('/refresh', async (c) => {
    const presented = getCookie(c, refreshCookie);
    if (!presented) return sessionExpired(c);
    if (!csrfHeaderMatches(c)) return csrfRefused(c);
    const rotation = await tokens.rotate(presented);
    if (rotation.outcome === 'reused')
      c.get('log').warn({ username: rotation.username }, 'a replaced refresh token came back; the session is revoked');
    const user = rotation.outcome === 'rotated' ? await findActiveUser(db, rotation.username) : undefined;
    if (rotation.outcome !== 'rotated' || !user) {
      clearSessionCookies(c, cookies);
      return sessionExpired(c);
    }
    return startSession(c, user, rotation.token, getCookie(c, csrfCookie)!);
  });

  routes.post('/logout', async (c) => {
    if (cookieAuthenticated(c, accessCookie, refreshCookie) && !csrfHeaderMatches(c)) return csrfRefused(c);
    const presented = getCookie(c, refreshCookie);
    if (presented) await tokens.revokeFamilyOf(presented);
    clearSessionCookies(c, cookies);
    return c.body(null, 204);
  });

  /** The person behind the access cookie, read fresh from the database (a disabled user is signed out). */
  async function currentUser(c: AuthContext): Promise<UserRow | undefined> {
    const access = getCookie(c, accessCookie);
    if (!access) return undefined;
    try {
      const claims = await deps.verifyToken(access);
      return await findActiveUser(db, claims.sub);
    } catch (error) {
      if (error instanceof InvalidTokenError) return undefined;
      throw error;
    }
  }

  routes.get('/me', async (c) => {
    const user = await currentUser(c);
    if (!user) return sessionExpired(c);
    const csrfToken = getCookie(c, csrfCookie);
    return c.json({ user: sessionUserOf(user), ...(csrfToken ? { csrfToken } : {}) });
  });

  /** PATCH /auth/me { locale }: the language the UI opens in next time. */
  routes.patch('/me', async (c) => {
    if (!getCookie(c, accessCookie)) return sessionExpired(c);
    if (!csrfHeaderMatches(c)) return csrfRefused(c);
    const user = await currentUser(c);
    if (!user) return sessionExpired(c);
    const parsed = preferencesInput.safeParse(await c.req.json().catch(() => null));
    if (!parsed.success) return badRequest(c, parsed.error);
    const updated = await setLocale(db, user.username, parsed.data.locale);
    return updated ? c.json({ user: sessionUserOf(updated) }) : sessionExpired(c);
  });

  return routes;
}
