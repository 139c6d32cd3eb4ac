import { existsSync } from 'node:fs';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context } from 'hono';
import type { Logger } from '@sanbao/logger';
import { createService } from '@sanbao/service-kit';
import type { SignSettings } from '@sanbao/trpc/auth';
import { bodyLimit } from 'hono/body-limit';
import { proxy } from 'hono/proxy';
import { authRoutes, type IdentityDeps } from './auth-routes.ts';
import { forwardCookieSession } from './cookie-session.ts';
import { devLogin } from './dev-login.ts';
import type { Upstreams } from './upstreams.ts';

export interface GatewayAppDeps {
  log: Logger;
  /** Password login and cookie sessions (absent: only bearer tokens and dev-login). */
  identity?: IdentityDeps | undefined;
  upstreams: Upstreams;
  sign: SignSettings;
  devLoginEnabled: boolean;
  webDist?: string | undefined;
  /** Bytes a request body may have: `api` for calls passed to the services (they apply their own, smaller limits per procedure), `own` for the gateway's routes. */
  bodyLimits?: { api: number; own: number };
}

/**
 * CORS is decided as "same origin only": the web UI is served by this gateway, so the browser never
 * needs a cross-origin call. No Access-Control-Allow-* header is ever sent, and a preflight from
 * another origin is refused outright, so a page elsewhere cannot call the API with a user's token.
 */
const sameOriginOnly = (c: Context) => {
  const origin = c.req.header('origin');
  if (c.req.method !== 'OPTIONS' || !origin) return null;
  return c.json({ error: 'cross-origin requests are not allowed' }, 403);
};

/** The edge: login, tokens, the web bundle, and /api/<service>/… routed to the services. */
export function createGatewayApp({
  log,
  identity,
  upstreams,
  sign,
  devLoginEnabled,
  webDist,
  bodyLimits = { api: 64 * 1024 * 1024, own: 64 * 1024 },
}: GatewayAppDeps) {
  const service = createService({
    name: 'gateway',
    log,
    readiness: Object.fromEntries(
      Object.entries(upstreams).map(([name, base]) => [
        name,
        async () => {
          // The upstream's own readiness (its database, its Temporal), not only that it is alive.
          const res = await fetch(`${base}/readyz`, { signal: AbortSignal.timeout(2000) });
          if (!res.ok) throw new Error(`${name} is not ready (${res.status})`);
        },
      ]),
    ),
  });
  const { app } = service;
  const tooLarge = (bytes: number) =>
    bodyLimit({
      maxSize: bytes,
      onError: (c) => c.json({ error: `request body exceeds ${bytes} bytes` }, 413, { Connection: 'close' }),
    });
  app.use('*', async (c, next) => sameOriginOnly(c) ?? next());
  app.use('/api/*', tooLarge(bodyLimits.api));
  app.use('/auth/*', tooLarge(bodyLimits.own));

  if (devLoginEnabled) app.post('/auth/dev-login', devLogin(sign));

  if (identity) app.route('/auth', authRoutes(identity));
  app.use('/api/*', forwardCookieSession());

  app.all('/api/:service/*', async (c) => {
    const name = c.req.param('service');
    const base = upstreams[name];
    if (!base) return c.json({ error: `no service named ${name}` }, 404);
    const url = new URL(c.req.url);
    const rest = url.pathname.slice(`/api/${name}`.length);
    const headers = new Headers(c.req.raw.headers);
    headers.set('x-request-id', c.get('requestId'));
    headers.delete('host');
    try {
      return await proxy(`${base}${rest}${url.search}`, { raw: c.req.raw, headers });
    } catch (error) {
      // The service is down or unreachable: the client may retry, it is not the gateway failing.
      c.get('log').warn({ err: error, service: name }, 'upstream unreachable');
      c.header('Retry-After', '5');
      return c.json({ error: `the ${name} service is unavailable; retry later` }, 503);
    }
  });

  if (webDist && existsSync(webDist)) {
    app.use('/*', serveStatic({ root: webDist }));
    app.get('/*', serveStatic({ root: webDist, path: 'index.html' }));
  } else {
    app.get('/', (c) => c.json({ service: 'gateway', api: Object.keys(upstreams).map((s) => `/api/${s}/trpc`) }));
  }
  return service;
}
