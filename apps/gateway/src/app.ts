import { existsSync } from 'node:fs';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Logger } from '@sanbao/logger';
import { createService } from '@sanbao/service-kit';
import type { SignSettings } from '@sanbao/trpc/auth';
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
}

/** The edge: login, tokens, the web bundle, and /api/<service>/… routed to the services. */
export function createGatewayApp({ log, identity, upstreams, sign, devLoginEnabled, webDist }: GatewayAppDeps) {
  const service = createService({
    name: 'gateway',
    log,
    readiness: Object.fromEntries(
      Object.entries(upstreams).map(([name, base]) => [
        name,
        async () => {
          const res = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(2000) });
          if (!res.ok) throw new Error(`${name} answered ${res.status}`);
        },
      ]),
    ),
  });
  const { app } = service;

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
    return proxy(`${base}${rest}${url.search}`, { raw: c.req.raw, headers });
  });

  if (webDist && existsSync(webDist)) {
    app.use('/*', serveStatic({ root: webDist }));
    app.get('/*', serveStatic({ root: webDist, path: 'index.html' }));
  } else {
    app.get('/', (c) => c.json({ service: 'gateway', api: Object.keys(upstreams).map((s) => `/api/${s}/trpc`) }));
  }
  return service;
}
