import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';

export const csrfCookie = 'sanbao_csrf';
export const csrfHeader = 'x-csrf-token';

/** tRPC queries are GET; its mutations, and everything else that changes state, are not. */
export const changesState = (method: string) => !['GET', 'HEAD', 'OPTIONS'].includes(method.toUpperCase());

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Double-submit: a page of this origin can read the `sanbao_csrf` cookie and echo it in a header; a page
 * elsewhere cannot, even though the browser would attach the cookies. Compared in constant time.
 */
export function csrfHeaderMatches(c: Context): boolean {
  const cookie = getCookie(c, csrfCookie);
  const header = c.req.header(csrfHeader);
  if (!cookie || !header) return false;
  return timingSafeEqual(digest(cookie), digest(header));
}

export const csrfRefused = (c: Context) => c.json({ error: 'csrf' }, 403);
