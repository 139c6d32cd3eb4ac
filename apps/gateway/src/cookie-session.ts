import { randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { changesState, csrfCookie, csrfHeader, csrfHeaderMatches, csrfRefused } from './csrf.ts';

export const accessCookie = 'sanbao_access';
export const refreshCookie = 'sanbao_refresh';
/** The refresh token travels only to /auth (refresh and logout), never with API calls. */
const refreshPath = '/auth';

export interface CookieSettings {
  secure: boolean;
  accessTtlSeconds: number;
  refreshTtlSeconds: number;
}

export const newCsrfToken = () => randomBytes(32).toString('base64url');

export function setSessionCookies(
  c: Context,
  tokens: { access: string; refresh: string; csrf: string },
  settings: CookieSettings,
) {
  const common = { secure: settings.secure, sameSite: 'Strict' as const };
  setCookie(c, accessCookie, tokens.access, {
    ...common,
    httpOnly: true,
    path: '/',
    maxAge: settings.accessTtlSeconds,
  });
  setCookie(c, refreshCookie, tokens.refresh, {
    ...common,
    httpOnly: true,
    path: refreshPath,
    maxAge: settings.refreshTtlSeconds,
  });
  // Readable by the page (it echoes it in x-csrf-token); lives as long as the session can be refreshed.
  setCookie(c, csrfCookie, tokens.csrf, { ...common, httpOnly: false, path: '/', maxAge: settings.refreshTtlSeconds });
}

export function clearSessionCookies(c: Context, settings: Pick<CookieSettings, 'secure'>) {
  const common = { secure: settings.secure, sameSite: 'Strict' as const };
  deleteCookie(c, accessCookie, { ...common, httpOnly: true, path: '/' });
  deleteCookie(c, refreshCookie, { ...common, httpOnly: true, path: refreshPath });
  deleteCookie(c, csrfCookie, { ...common, path: '/' });
}

/** A request the browser authenticated with our cookies (not one carrying its own Authorization header). */
export const cookieAuthenticated = (c: Context, ...cookies: string[]) =>
  !c.req.header('authorization') && cookies.some((name) => getCookie(c, name) !== undefined);

/**
 * For /api/<service>/…: the access cookie becomes `Authorization: Bearer …` (services know only bearer
 * tokens), a state-changing call so authenticated must pass the CSRF check, and the Cookie header never
 * reaches a service. A caller with its own Authorization header (curl, workflows) is left as it is.
 * An expired access token is forwarded all the same: the service's 401 tells the web app to refresh.
 */
export function forwardCookieSession() {
  return createMiddleware(async (c, next) => {
    const access = c.req.header('authorization') ? undefined : getCookie(c, accessCookie);
    if (access && changesState(c.req.method) && !csrfHeaderMatches(c)) return csrfRefused(c);
    const raw = c.req.raw;
    if (raw.headers.has('cookie') || raw.headers.has(csrfHeader) || access) {
      const headers = new Headers(raw.headers);
      headers.delete('cookie');
      headers.delete(csrfHeader);
      if (access) headers.set('authorization', `Bearer ${access}`);
      c.req.raw = new Request(raw, { headers });
    }
    await next();
  });
}
