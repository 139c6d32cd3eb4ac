/** The gateway's identity contract: cookies carry the session; the readable sanbao_csrf cookie is echoed on every change. */
export type Role = 'provider' | 'warehouse' | 'manager' | 'admin' | 'finance' | 'system';

export interface SessionUser {
  username: string;
  displayName: string;
  role: Role;
  providerId?: string;
  warehouseId?: string;
  locale?: string;
}

export type LoginResult =
  | { ok: true; user: SessionUser }
  | { ok: false; error: 'invalid_credentials' }
  | { ok: false; error: 'locked'; retryAfterSeconds: number }
  | { ok: false; error: 'unavailable' };

export const csrfCookie = 'sanbao_csrf';

export function readCsrfToken(): string | undefined {
  const match = document.cookie.split('; ').find((c) => c.startsWith(`${csrfCookie}=`));
  return match ? decodeURIComponent(match.slice(csrfCookie.length + 1)) : undefined;
}

const json = (body: unknown): RequestInit => ({
  method: 'POST',
  credentials: 'same-origin',
  headers: { 'content-type': 'application/json', 'x-csrf-token': readCsrfToken() ?? '' },
  body: JSON.stringify(body),
});

export async function login(username: string, password: string): Promise<LoginResult> {
  const res = await fetch('/auth/login', json({ username, password }));
  if (res.ok) return { ok: true, user: ((await res.json()) as { user: SessionUser }).user };
  const body = (await res.json().catch(() => ({}))) as { error?: string; retryAfterSeconds?: number };
  if (res.status === 423) return { ok: false, error: 'locked', retryAfterSeconds: body.retryAfterSeconds ?? 0 };
  if (res.status === 401) return { ok: false, error: 'invalid_credentials' };
  return { ok: false, error: 'unavailable' };
}

export async function currentUser(): Promise<SessionUser | null> {
  const res = await fetch('/auth/me', { credentials: 'same-origin' });
  if (!res.ok) return null;
  return ((await res.json()) as { user: SessionUser }).user;
}

let refreshing: Promise<boolean> | null = null;

/** One refresh at a time, however many requests found the access token expired together. */
export function refreshSession(): Promise<boolean> {
  refreshing ??= fetch('/auth/refresh', json({}))
    .then((res) => res.ok)
    .catch(() => false)
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

export async function logout(): Promise<void> {
  await fetch('/auth/logout', json({})).catch(() => undefined);
}

type ExpiredListener = () => void;
const expiredListeners = new Set<ExpiredListener>();
export const onSessionExpired = (listener: ExpiredListener) => {
  expiredListeners.add(listener);
  return () => {
    expiredListeners.delete(listener);
  };
};

/**
 * fetch for the services: sends the CSRF token on changes; on a 401 refreshes the session once and
 * retries; when that fails too, tells the app the session expired (it shows the login page).
 */
export async function apiFetch(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
  const send = () => {
    const headers = new Headers(init.headers);
    if ((init.method ?? 'GET').toUpperCase() !== 'GET') headers.set('x-csrf-token', readCsrfToken() ?? '');
    return fetch(input, { ...init, headers, credentials: 'same-origin' });
  };
  const first = await send();
  if (first.status !== 401) return first;
  if (!(await refreshSession())) {
    expiredListeners.forEach((l) => l());
    return first;
  }
  return send();
}
