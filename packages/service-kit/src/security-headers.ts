import { createMiddleware } from 'hono/factory';

/**
 * The web UI is a React single-page app served from the same origin as the API: scripts, styles,
 * fonts, images and API calls all come from 'self'. Inline styles are allowed (React style props and
 * CSS-in-JS inject them); inline scripts are not. Nothing may frame the app.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const headers: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
};

/**
 * Security headers on every response, whoever produced it (a handler, a proxied service, an error).
 * Responses carry private data and tokens, so nothing is cached unless a handler says otherwise.
 */
export const securityHeaders = () =>
  createMiddleware(async (c, next) => {
    await next();
    // A proxied or static response may have immutable headers; re-wrap it once.
    try {
      c.res.headers.set('X-Content-Type-Options', 'nosniff');
    } catch {
      c.res = new Response(c.res.body, c.res);
    }
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
    if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-store');
    c.res.headers.delete('X-Powered-By');
  });
