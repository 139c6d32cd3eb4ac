import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import {
  approvalsProcedures,
  demoPassword,
  FakeError,
  partsProcedures,
  users,
  warrantyProcedures,
  type Username,
} from './fixtures.ts';

/**
 * The built bundle behind a stand-in for the gateway: the identity contract (/auth/login, refresh,
 * logout, me; httpOnly cookies and a readable CSRF cookie; wrong password, lockout) and canned tRPC
 * answers for /api/<service>/trpc. The real-stack e2e replaces this with the gateway itself.
 */
export interface FakeStack {
  url: string;
  /** Every POST to /api the stand-in saw, with whether its CSRF header matched the cookie. */
  mutations: { path: string; csrfOk: boolean }[];
  /** Make every session expire (the next /api call gets 401, and so does /auth/refresh). */
  expireSessions: () => void;
  close: () => Promise<void>;
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

const httpStatus: Record<string, number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
};

function cookies(req: IncomingMessage): Record<string, string> {
  return Object.fromEntries(
    (req.headers.cookie ?? '')
      .split(/;\s*/)
      .filter(Boolean)
      .map((c) => [c.slice(0, c.indexOf('=')), decodeURIComponent(c.slice(c.indexOf('=') + 1))]),
  );
}

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string | string[]> = {}) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(body === undefined ? undefined : JSON.stringify(body));
};

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startFakeStack(distDir: string, options: { approvals?: boolean } = {}): Promise<FakeStack> {
  const sessions = new Map<string, Username>();
  const failures = new Map<string, number>();
  const mutations: FakeStack['mutations'] = [];
  let expired = false;

  const sessionCookies = (username: Username) => {
    const access = randomUUID();
    sessions.set(access, username);
    const csrf = randomUUID();
    return {
      csrf,
      headers: [
        `sanbao_access=${access}; HttpOnly; SameSite=Strict; Path=/`,
        `sanbao_refresh=${access}; HttpOnly; SameSite=Strict; Path=/auth`,
        `sanbao_csrf=${csrf}; SameSite=Strict; Path=/`,
      ],
    };
  };
  const userOf = (req: IncomingMessage) => (expired ? undefined : sessions.get(cookies(req).sanbao_access ?? ''));

  const services: Record<string, Record<string, (input: Record<string, unknown> | undefined) => unknown>> = {
    warranty: warrantyProcedures,
    parts: partsProcedures,
    ...(options.approvals ? { approvals: approvalsProcedures } : {}),
  };

  async function api(req: IncomingMessage, res: ServerResponse, url: URL) {
    const [, , service, , procs = ''] = url.pathname.split('/');
    const procedures = services[service ?? ''];
    if (!procedures) return json(res, 404, { error: `no service named ${service}` });
    if (!userOf(req)) return json(res, 401, { error: 'unauthorized' });
    const batch = url.searchParams.get('batch') === '1';
    let inputs: Record<string, unknown>;
    if (req.method === 'POST') {
      const csrfOk = req.headers['x-csrf-token'] === cookies(req).sanbao_csrf;
      mutations.push({ path: url.pathname, csrfOk });
      if (!csrfOk) return json(res, 403, { error: 'csrf' });
      const parsed = JSON.parse((await body(req)) || 'null') as unknown;
      inputs = batch ? (parsed as Record<string, unknown>) : { 0: parsed };
    } else {
      const raw = url.searchParams.get('input');
      const parsed = raw ? (JSON.parse(raw) as unknown) : undefined;
      inputs = batch ? ((parsed as Record<string, unknown>) ?? {}) : { 0: parsed };
    }
    const results = procs.split(',').map((name, i) => {
      const handler = procedures[name];
      try {
        if (!handler) throw new FakeError('NOT_FOUND', `No procedure found on path "${name}"`);
        return { result: { data: handler(inputs[String(i)] as Record<string, unknown> | undefined) } };
      } catch (e) {
        const err = e instanceof FakeError ? e : new FakeError('INTERNAL_SERVER_ERROR', String(e));
        return {
          error: {
            message: err.message,
            code: -32000,
            data: { code: err.code, httpStatus: httpStatus[err.code] ?? 500, path: name, fieldErrors: err.fieldErrors },
          },
        };
      }
    });
    const status = results.every((r) => 'error' in r)
      ? (results[0] as { error: { data: { httpStatus: number } } }).error.data.httpStatus
      : 200;
    return json(res, status, batch ? results : results[0]);
  }

  async function auth(req: IncomingMessage, res: ServerResponse, url: URL) {
    const route = url.pathname;
    if (route === '/auth/login' && req.method === 'POST') {
      const { username, password } = JSON.parse(await body(req)) as { username: string; password: string };
      if (username === 'locked') return json(res, 423, { error: 'locked', retryAfterSeconds: 900 });
      const user = users[username as Username];
      if (!user || password !== demoPassword) {
        failures.set(username, (failures.get(username) ?? 0) + 1);
        return json(res, 401, { error: 'invalid_credentials' });
      }
      expired = false;
      const { csrf, headers } = sessionCookies(username as Username);
      return json(res, 200, { user, csrfToken: csrf }, { 'set-cookie': headers });
    }
    if (route === '/auth/me') {
      const username = userOf(req);
      return username ? json(res, 200, { user: users[username] }) : json(res, 401, { error: 'unauthorized' });
    }
    if (route === '/auth/refresh' && req.method === 'POST') {
      const username = sessions.get(cookies(req).sanbao_refresh ?? '');
      if (expired || !username) return json(res, 401, { error: 'session_expired' });
      const { csrf, headers } = sessionCookies(username);
      return json(res, 200, { user: users[username], csrfToken: csrf }, { 'set-cookie': headers });
    }
    if (route === '/auth/logout' && req.method === 'POST') {
      sessions.delete(cookies(req).sanbao_access ?? '');
      return json(res, 204, undefined, {
        'set-cookie': [
          'sanbao_access=; Max-Age=0; Path=/',
          'sanbao_refresh=; Max-Age=0; Path=/auth',
          'sanbao_csrf=; Max-Age=0; Path=/',
        ],
      });
    }
    return json(res, 404, { error: 'not found' });
  }

  function staticFile(res: ServerResponse, url: URL) {
    const path = normalize(join(distDir, decodeURIComponent(url.pathname)));
    const file =
      path.startsWith(distDir) && existsSync(path) && statSync(path).isFile() ? path : join(distDir, 'index.html');
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const handle = url.pathname.startsWith('/api/')
      ? api(req, res, url)
      : url.pathname.startsWith('/auth/')
        ? auth(req, res, url)
        : Promise.resolve(staticFile(res, url));
    handle.catch((e: unknown) => json(res, 500, { error: String(e) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    mutations,
    expireSessions: () => {
      expired = true;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
