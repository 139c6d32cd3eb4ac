import { serve, type ServerType } from '@hono/node-server';
import { sql, type Database } from '@sanbao/db';
import { createLogger } from '@sanbao/logger';
import { serveService, type RunningService } from '@sanbao/service-kit';
import { createTestDatabase, testTokens, type TestDatabase } from '@sanbao/testing';
import { createTokenVerifier, InvalidTokenError, signToken } from '@sanbao/trpc/auth';
import { Hono } from 'hono';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { createGatewayApp } from './app.ts';
import type { IdentityDeps } from './auth-routes.ts';
import { hashPassword } from './identity/passwords.ts';
import { identitySchemaName, type IdentityDatabase } from './identity/schema.ts';
import { upsertUser } from './identity/users.repository.ts';
import { identityMigrations } from './migrations/index.ts';

const log = createLogger({ name: 'gateway-identity-test', level: 'silent' });
const cheap = { N: 2 ** 10, r: 8, p: 1 };
const password = 'right-password-2026';
const verify = createTokenVerifier(testTokens.settings);

let testDb: TestDatabase;
let database: Database<IdentityDatabase>;
let gateway: RunningService;
let upstream: ServerType;
let upstreamUrl: string;
/** What the fake service behind /api/fake last received. */
let seen: { method: string; path: string; headers: Headers; body: string } | undefined;

const identityDeps = (): IdentityDeps => ({
  database,
  accessSign: { ...testTokens.settings, ttlSeconds: 900 },
  verifyToken: verify,
  refreshTtlSeconds: 3600,
  cookieSecure: true,
  lockout: { maxFailures: 3, windowSeconds: 60, lockoutSeconds: 2 },
  ipMaxFailures: 1000,
  clientIpFromForwardedFor: false,
  passwordParams: cheap,
});

const startGateway = () =>
  serveService(
    createGatewayApp({
      log,
      identity: identityDeps(),
      upstreams: { fake: upstreamUrl },
      sign: { ...testTokens.settings, ttlSeconds: 3600 },
      devLoginEnabled: false,
    }),
    { host: '127.0.0.1', port: 0, log, shutdownTimeoutMs: 2000 },
  );

beforeAll(async () => {
  testDb = await createTestDatabase(inject('postgresAdminUrl'), { [identitySchemaName]: identityMigrations });
  database = testDb.open<IdentityDatabase>(identitySchemaName);
  const passwordHash = await hashPassword(password, cheap);
  await upsertUser(database.db, {
    username: 'provider1',
    displayName: '华东服务站',
    role: 'provider',
    providerId: 'SP-001',
    passwordHash,
  });
  await upsertUser(database.db, { username: 'lockme', displayName: 'Lock Me', role: 'finance', passwordHash });
  await upsertUser(database.db, {
    username: 'manager2',
    displayName: '刘总监',
    role: 'manager',
    approvalLevel: 2,
    locale: 'en-US',
    passwordHash,
  });

  // A stand-in service: checks bearer tokens as the real ones do and remembers what reached it.
  const fake = new Hono();
  fake.all('*', async (c) => {
    seen = {
      method: c.req.method,
      path: c.req.path,
      headers: new Headers(c.req.raw.headers),
      body: await c.req.text(),
    };
    const bearer = /^Bearer (\S+)$/.exec(c.req.header('authorization') ?? '')?.[1];
    if (!bearer) return c.json({ error: 'no token' }, 401);
    try {
      return c.json({ caller: await verify(bearer) });
    } catch (error) {
      if (error instanceof InvalidTokenError) return c.json({ error: `invalid token: ${error.message}` }, 401);
      throw error;
    }
  });
  await new Promise<void>((resolve) => {
    upstream = serve({ fetch: fake.fetch, hostname: '127.0.0.1', port: 0 }, (info) => {
      upstreamUrl = `http://127.0.0.1:${info.port}`;
      resolve();
    });
  });
  gateway = await startGateway();
});

afterAll(async () => {
  await gateway?.shutdown('test finished');
  await new Promise((resolve) => upstream?.close(resolve));
  await testDb?.drop();
});

beforeEach(() => {
  seen = undefined;
});

interface SetCookie {
  value: string;
  attributes: string[];
}

/** The Set-Cookie headers of a response, by cookie name. */
function setCookies(res: Response): Record<string, SetCookie> {
  return Object.fromEntries(
    res.headers.getSetCookie().map((line) => {
      const [pair, ...attributes] = line.split(';').map((s) => s.trim());
      const at = pair!.indexOf('=');
      return [pair!.slice(0, at), { value: decodeURIComponent(pair!.slice(at + 1)), attributes }];
    }),
  );
}

interface Session {
  access: string;
  refresh: string;
  csrf: string;
  body: { user: Record<string, unknown>; csrfToken: string };
}

const login = (username: string, pw: string) =>
  fetch(`${gateway.url}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: pw }),
  });

async function signIn(username = 'provider1'): Promise<Session> {
  const res = await login(username, password);
  expect(res.status).toBe(200);
  const cookies = setCookies(res);
  return {
    access: cookies.sanbao_access!.value,
    refresh: cookies.sanbao_refresh!.value,
    csrf: cookies.sanbao_csrf!.value,
    body: (await res.json()) as Session['body'],
  };
}

const cookieHeader = (cookies: Record<string, string | undefined>) =>
  Object.entries(cookies)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${v}`)
    .join('; ');

/** POST /auth/refresh as the browser sends it: the refresh and CSRF cookies (Path=/auth and /), and the header. */
const refresh = (s: { refresh: string; csrf: string }, csrfHeader: string | null = s.csrf) =>
  fetch(`${gateway.url}/auth/refresh`, {
    method: 'POST',
    headers: {
      cookie: cookieHeader({ sanbao_refresh: s.refresh, sanbao_csrf: s.csrf }),
      ...(csrfHeader !== null ? { 'x-csrf-token': csrfHeader } : {}),
    },
  });

describe('password login', () => {
  it('signs in: the user, a CSRF token, and three cookies with the right flags', async () => {
    const res = await login('Provider1 ', password);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as Session['body'];
    expect(body.user).toEqual({
      username: 'provider1',
      displayName: '华东服务站',
      role: 'provider',
      providerId: 'SP-001',
      locale: 'zh-CN',
    });
    const cookies = setCookies(res);
    expect(Object.keys(cookies).sort()).toEqual(['sanbao_access', 'sanbao_csrf', 'sanbao_refresh']);

    const {
      sanbao_access: access,
      sanbao_refresh: refreshCookie,
      sanbao_csrf: csrf,
    } = cookies as Record<string, SetCookie>;
    expect(access!.attributes).toEqual(
      expect.arrayContaining(['HttpOnly', 'Secure', 'SameSite=Strict', 'Path=/', 'Max-Age=900']),
    );
    expect(refreshCookie!.attributes).toEqual(
      expect.arrayContaining(['HttpOnly', 'Secure', 'SameSite=Strict', 'Path=/auth', 'Max-Age=3600']),
    );
    expect(csrf!.attributes).toEqual(expect.arrayContaining(['Secure', 'SameSite=Strict', 'Path=/', 'Max-Age=3600']));
    expect(csrf!.attributes).not.toContain('HttpOnly');
    expect(csrf!.value).toBe(body.csrfToken);

    // The access cookie is the services' own bearer JWT; the refresh token is opaque and stored only as a hash.
    expect(await verify(access!.value)).toMatchObject({
      sub: 'provider1',
      role: 'provider',
      providerId: 'SP-001',
      name: '华东服务站',
    });
    expect(refreshCookie!.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await database.db
      .selectFrom('refreshTokens')
      .select(sql<string>`encode(token_hash, 'hex')`.as('hash'))
      .where('username', '=', 'provider1')
      .execute();
    expect(stored.map((r) => r.hash)).not.toContain(Buffer.from(refreshCookie!.value).toString('hex'));
    expect(stored.length).toBeGreaterThan(0);
  });

  it('a manager gets the approval level, and the stored locale', async () => {
    const { body, access } = await signIn('manager2');
    expect(body.user).toEqual({
      username: 'manager2',
      displayName: '刘总监',
      role: 'manager',
      approvalLevel: 2,
      locale: 'en-US',
    });
    // The services read the level from the access token: the approvals inbox and its decisions.
    expect(await verify(access)).toMatchObject({ sub: 'manager2', role: 'manager', approvalLevel: 2 });
  });

  it('a wrong password and an unknown username get the same 401, and no cookies', async () => {
    const wrong = await login('provider1', 'not-the-password');
    const unknown = await login('nobody-here', password);
    for (const res of [wrong, unknown]) {
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ error: 'invalid_credentials' });
      expect(res.headers.getSetCookie()).toEqual([]);
    }
  });

  it('names the field when the body is not a login', async () => {
    const res = await fetch(`${gateway.url}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'provider1' }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: 'BAD_REQUEST', fieldErrors: [{ path: 'password' }] });
  });

  it('locks the username after N failures: 423 even with the right password, on every gateway process, until it expires', async () => {
    expect((await login('lockme', 'wrong-1')).status).toBe(401);
    expect((await login('lockme', 'wrong-2')).status).toBe(401);
    const third = await login('lockme', 'wrong-3');
    expect(third.status).toBe(423);
    expect(await third.json()).toEqual({ error: 'locked', retryAfterSeconds: expect.any(Number) });

    const rightButLocked = await login('lockme', password);
    expect(rightButLocked.status).toBe(423);
    const body = (await rightButLocked.json()) as { retryAfterSeconds: number };
    expect(body.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(body.retryAfterSeconds).toBeLessThanOrEqual(2);
    expect(rightButLocked.headers.get('retry-after')).toBe(String(body.retryAfterSeconds));
    expect(rightButLocked.headers.getSetCookie()).toEqual([]);

    // The lock lives in Postgres: a second gateway process (or this one restarted) sees it too.
    const other = await startGateway();
    try {
      expect(
        (
          await fetch(`${other.url}/auth/login`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ username: 'lockme', password }),
          })
        ).status,
      ).toBe(423);
    } finally {
      await other.shutdown('test finished');
    }

    await new Promise((r) => setTimeout(r, 2100));
    expect((await login('lockme', password)).status).toBe(200);
    expect(
      await database.db.selectFrom('loginThrottle').selectAll().where('username', '=', 'lockme').executeTakeFirst(),
    ).toBeUndefined();
  });
  it('one address failing across many usernames is slowed down in memory (429), even for a right password', async () => {
    const strict = await serveService(
      createGatewayApp({
        log,
        identity: { ...identityDeps(), ipMaxFailures: 2 },
        upstreams: {},
        sign: { ...testTokens.settings, ttlSeconds: 3600 },
        devLoginEnabled: false,
      }),
      { host: '127.0.0.1', port: 0, log, shutdownTimeoutMs: 2000 },
    );
    const attempt = (username: string, pw: string) =>
      fetch(`${strict.url}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: pw }),
      });
    try {
      expect((await attempt('spray-a', 'guess')).status).toBe(401);
      expect((await attempt('spray-b', 'guess')).status).toBe(401);
      const limited = await attempt('manager2', password);
      expect(limited.status).toBe(429);
      expect(await limited.json()).toEqual({ error: 'rate_limited', retryAfterSeconds: expect.any(Number) });
      expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    } finally {
      await strict.shutdown('test finished');
    }
  });
});

describe('sessions', () => {
  it('refresh rotates the refresh token and signs a new access token; the CSRF token stays', async () => {
    const first = await signIn();
    const res = await refresh(first);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Session['body'];
    expect(body).toEqual({ user: first.body.user, csrfToken: first.csrf });
    const cookies = setCookies(res);
    expect(cookies.sanbao_refresh!.value).not.toBe(first.refresh);
    expect(cookies.sanbao_refresh!.attributes).toEqual(
      expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Path=/auth']),
    );
    expect(await verify(cookies.sanbao_access!.value)).toMatchObject({ sub: 'provider1' });
    expect(cookies.sanbao_csrf!.value).toBe(first.csrf);

    // The next refresh works with the new token.
    const second = { refresh: cookies.sanbao_refresh!.value, csrf: first.csrf };
    const again = await refresh(second);
    expect(again.status).toBe(200);
  });

  it('a replaced refresh token coming back revokes its whole family', async () => {
    const first = await signIn();
    const rotated = setCookies(await refresh(first)).sanbao_refresh!.value;

    const reuse = await refresh(first);
    expect(reuse.status).toBe(401);
    expect(await reuse.json()).toEqual({ error: 'session_expired' });
    // The legitimate holder's newer token is dead too: whoever replayed the old one cannot keep the session alive.
    const afterReuse = await refresh({ refresh: rotated, csrf: first.csrf });
    expect(afterReuse.status).toBe(401);
    expect(setCookies(afterReuse).sanbao_access!.attributes).toContain('Max-Age=0');

    const family = await database.db
      .selectFrom('refreshTokens')
      .select(['revokedReason'])
      .where('familyId', '=', (q) =>
        q
          .selectFrom('refreshTokens')
          .select('familyId')
          .where(sql<boolean>`token_hash = sha256(${Buffer.from(rotated)})`),
      )
      .orderBy('issuedAt')
      .execute();
    expect(family.map((t) => t.revokedReason)).toEqual(['rotated', 'reuse']);
  });

  it('two refreshes racing with the same cookie: one wins, the other looks like a replay and ends the session', async () => {
    const session = await signIn();
    const answers = await Promise.all([refresh(session), refresh(session)]);
    expect(answers.map((r) => r.status).sort()).toEqual([200, 401]);
    const winner = setCookies(answers.find((r) => r.status === 200)!).sanbao_refresh!.value;
    expect((await refresh({ refresh: winner, csrf: session.csrf })).status).toBe(401);
  });

  it('refresh without a refresh cookie is session_expired; without the CSRF header it is refused', async () => {
    const none = await fetch(`${gateway.url}/auth/refresh`, { method: 'POST' });
    expect(none.status).toBe(401);
    expect(await none.json()).toEqual({ error: 'session_expired' });

    const session = await signIn();
    for (const header of [null, 'forged-token']) {
      const res = await refresh(session, header);
      expect(res.status).toBe(403);
      expect(await res.json()).toEqual({ error: 'csrf' });
    }
    expect((await refresh(session)).status).toBe(200);
  });

  it('logout revokes the refresh token and clears the cookies; it needs the CSRF header', async () => {
    const session = await signIn();
    const cookies = cookieHeader({
      sanbao_access: session.access,
      sanbao_refresh: session.refresh,
      sanbao_csrf: session.csrf,
    });
    const forged = await fetch(`${gateway.url}/auth/logout`, { method: 'POST', headers: { cookie: cookies } });
    expect(forged.status).toBe(403);
    expect((await refresh(session)).status).toBe(200);

    const session2 = await signIn();
    const res = await fetch(`${gateway.url}/auth/logout`, {
      method: 'POST',
      headers: {
        cookie: cookieHeader({
          sanbao_access: session2.access,
          sanbao_refresh: session2.refresh,
          sanbao_csrf: session2.csrf,
        }),
        'x-csrf-token': session2.csrf,
      },
    });
    expect(res.status).toBe(204);
    const cleared = setCookies(res);
    for (const name of ['sanbao_access', 'sanbao_refresh', 'sanbao_csrf'])
      expect(cleared[name]!.attributes).toContain('Max-Age=0');
    expect(cleared.sanbao_refresh!.attributes).toContain('Path=/auth');
    expect((await refresh(session2)).status).toBe(401);
  });

  it('/auth/me answers from the access cookie, or session_expired', async () => {
    const session = await signIn();
    const me = await fetch(`${gateway.url}/auth/me`, {
      headers: { cookie: cookieHeader({ sanbao_access: session.access, sanbao_csrf: session.csrf }) },
    });
    expect(me.status).toBe(200);
    expect(await me.json()).toEqual({ user: session.body.user, csrfToken: session.csrf });

    const expired = await signToken(
      { sub: 'provider1', role: 'provider', providerId: 'SP-001' },
      { ...testTokens.settings, ttlSeconds: -10 },
    );
    for (const cookie of [undefined, 'not-a-jwt', expired]) {
      const res = await fetch(`${gateway.url}/auth/me`, {
        headers: cookie ? { cookie: `sanbao_access=${cookie}` } : {},
      });
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ error: 'session_expired' });
    }
  });

  it('PATCH /auth/me keeps the language the user picked (CSRF-checked)', async () => {
    const session = await signIn('manager2');
    const cookie = cookieHeader({ sanbao_access: session.access, sanbao_csrf: session.csrf });
    const change = (csrf?: string) =>
      fetch(`${gateway.url}/auth/me`, {
        method: 'PATCH',
        headers: { cookie, 'content-type': 'application/json', ...(csrf ? { 'x-csrf-token': csrf } : {}) },
        body: JSON.stringify({ locale: 'zh-CN' }),
      });
    expect((await change()).status).toBe(403);
    const res = await change(session.csrf);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ user: { username: 'manager2', locale: 'zh-CN' } });
    expect((await signIn('manager2')).body.user.locale).toBe('zh-CN');
  });
});

describe('/api/<service> with the cookie session', () => {
  const api = (
    path: string,
    init: {
      method?: string;
      cookies?: Record<string, string | undefined>;
      headers?: Record<string, string>;
      body?: string;
    },
  ) =>
    fetch(`${gateway.url}/api/fake${path}`, {
      method: init.method ?? 'GET',
      headers: { ...(init.cookies ? { cookie: cookieHeader(init.cookies) } : {}), ...init.headers },
      ...(init.body ? { body: init.body } : {}),
    });

  it('a mutation without the CSRF header, or with a wrong one, is refused before it reaches the service', async () => {
    const session = await signIn();
    const cookies = { sanbao_access: session.access, sanbao_csrf: session.csrf };
    for (const headers of [{}, { 'x-csrf-token': 'guessed' }] as Record<string, string>[]) {
      const res = await api('/trpc/claims.open', {
        method: 'POST',
        cookies,
        headers: { 'content-type': 'application/json', ...headers },
        body: '{"a":1}',
      });
      expect(res.status).toBe(403);
      expect(await res.json()).toEqual({ error: 'csrf' });
    }
    expect(seen).toBeUndefined();
  });

  it('with the CSRF header the mutation is forwarded with a Bearer token and without the cookies', async () => {
    const session = await signIn();
    const res = await api('/trpc/claims.open?batch=1', {
      method: 'POST',
      cookies: { sanbao_access: session.access, sanbao_csrf: session.csrf, other: 'x' },
      headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrf },
      body: '{"idempotencyKey":"k-0001"}',
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ caller: { sub: 'provider1', role: 'provider', providerId: 'SP-001' } });
    expect(seen).toMatchObject({ method: 'POST', path: '/trpc/claims.open', body: '{"idempotencyKey":"k-0001"}' });
    expect(seen!.headers.get('authorization')).toBe(`Bearer ${session.access}`);
    expect(seen!.headers.get('cookie')).toBeNull();
    expect(seen!.headers.get('x-csrf-token')).toBeNull();
  });

  it('a query (GET) needs no CSRF header', async () => {
    const session = await signIn();
    const res = await api('/trpc/claims.list', { cookies: { sanbao_access: session.access } });
    expect(res.status).toBe(200);
    expect(seen!.headers.get('authorization')).toBe(`Bearer ${session.access}`);
    expect(seen!.headers.get('cookie')).toBeNull();
  });

  it('an explicit Authorization header is not cookie-authenticated: no CSRF check, its own token forwarded, cookies still stripped', async () => {
    const session = await signIn();
    const token = await testTokens.role('manager');
    const res = await api('/trpc/claims.approve', {
      method: 'POST',
      cookies: { sanbao_access: session.access },
      headers: { authorization: `Bearer ${token}` },
      body: '{}',
    });
    expect(res.status).toBe(200);
    expect(seen!.headers.get('authorization')).toBe(`Bearer ${token}`);
    expect(seen!.headers.get('cookie')).toBeNull();
  });

  it("an expired access cookie is forwarded and the service's 401 passes through", async () => {
    const expired = await signToken(
      { sub: 'provider1', role: 'provider', providerId: 'SP-001' },
      { ...testTokens.settings, ttlSeconds: -10 },
    );
    const res = await api('/trpc/claims.list', { cookies: { sanbao_access: expired } });
    expect(res.status).toBe(401);
    expect(JSON.stringify(await res.json())).toContain('invalid token');
    expect(seen!.headers.get('authorization')).toBe(`Bearer ${expired}`);
  });
});
