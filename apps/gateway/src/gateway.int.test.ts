import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger } from '@sanbao/logger';
import { createService, serveService, type RunningService } from '@sanbao/service-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGatewayApp } from './app.ts';

const sign = { issuer: 'sanbao', audience: 'sanbao', secret: 'gateway-test-secret-0123456789', ttlSeconds: 3600 };
const log = createLogger({ name: 'gateway-test', level: 'silent' });

let upstream: RunningService;
let notReady: Server;
let notReadyUrl: string;

beforeAll(async () => {
  // A service that is alive and ready, and one that is alive (healthz 200) but not ready (readyz 503).
  upstream = await serveService(createService({ name: 'upstream', log, readiness: {} }), {
    host: '127.0.0.1',
    port: 0,
    log,
    shutdownTimeoutMs: 1000,
  });
  notReady = createServer((req, res) => {
    res.writeHead(req.url === '/readyz' ? 503 : 200, { 'content-type': 'application/json' }).end('{}');
  });
  await new Promise<void>((resolve) => notReady.listen(0, '127.0.0.1', resolve));
  notReadyUrl = `http://127.0.0.1:${(notReady.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await upstream?.shutdown('test finished');
  notReady?.close();
});

const gateway = (upstreams: Record<string, string>) =>
  createGatewayApp({ log, upstreams, sign, devLoginEnabled: true, bodyLimits: { api: 256 * 1024, own: 16 * 1024 } })
    .app;

const expectSecurityHeaders = (res: Response, what: string) => {
  expect(res.headers.get('x-content-type-options'), what).toBe('nosniff');
  expect(res.headers.get('x-frame-options'), what).toBe('DENY');
  expect(res.headers.get('referrer-policy'), what).toBe('no-referrer');
  expect(res.headers.get('content-security-policy'), what).toMatch(/default-src 'self'.*frame-ancestors 'none'/);
  expect(res.headers.get('access-control-allow-origin'), what).toBeNull();
};

describe('the gateway edge', () => {
  it('every response carries the security headers, and none is cacheable', async () => {
    const app = gateway({ upstream: upstream.url, gone: 'http://127.0.0.1:9' });
    const responses: [string, Response][] = [
      ['healthz', await app.request('/healthz')],
      ['readyz', await app.request('/readyz')],
      ['root', await app.request('/')],
      ['unknown route', await app.request('/nope')],
      ['unknown service', await app.request('/api/nope/trpc/x')],
      ['proxied', await app.request('/api/upstream/healthz')],
      ['proxied 404', await app.request('/api/upstream/trpc/none')],
      ['upstream down', await app.request('/api/gone/healthz')],
      [
        'bad login',
        await app.request('/auth/dev-login', {
          method: 'POST',
          body: 'x',
          headers: { 'content-type': 'application/json' },
        }),
      ],
      [
        'cross-origin preflight',
        await app.request('/api/upstream/healthz', {
          method: 'OPTIONS',
          headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
        }),
      ],
    ];
    for (const [what, res] of responses) {
      expectSecurityHeaders(res, what);
      expect(res.headers.get('cache-control'), what).toBe('no-store');
      // Never a 500: a service down is 503 (and so is readiness while one is down).
      expect(res.status === 503 || res.status < 500, `${what}: ${res.status}`).toBe(true);
    }
  });

  it('a token response is never cached', async () => {
    const res = await gateway({}).request('/auth/dev-login', {
      method: 'POST',
      body: JSON.stringify({ role: 'manager' }),
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { token: string }).token).toMatch(/^ey/);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('CORS is same-origin only: a preflight from another origin is refused, and no allow-origin header is ever sent', async () => {
    const res = await gateway({ upstream: upstream.url }).request('/api/upstream/trpc/x', {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('an unreachable service is a 503 with a retry hint, not a 500', async () => {
    const res = await gateway({ gone: 'http://127.0.0.1:9' }).request('/api/gone/trpc/x');
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
  });

  it('/readyz reports the upstreams’ readiness, not only that they are alive', async () => {
    expect((await gateway({ upstream: upstream.url }).request('/readyz')).status).toBe(200);
    const res = await gateway({ upstream: upstream.url, half: notReadyUrl }).request('/readyz');
    expect(res.status).toBe(503);
    expect(((await res.json()) as { checks: Record<string, string> }).checks).toMatchObject({
      upstream: 'ok',
      half: expect.stringMatching(/not ready \(503\)/),
    });
  });

  it('a body over the limit is refused before it is read, also without a token', async () => {
    const app = gateway({ upstream: upstream.url });
    const big = 'x'.repeat(300 * 1024);
    expect(
      (
        await app.request('/api/upstream/trpc/x', {
          method: 'POST',
          body: big,
          headers: { 'content-type': 'application/json' },
        })
      ).status,
    ).toBe(413);
    expect(
      (
        await app.request('/auth/dev-login', {
          method: 'POST',
          body: 'x'.repeat(20 * 1024),
          headers: { 'content-type': 'application/json' },
        })
      ).status,
    ).toBe(413);
  });
});
