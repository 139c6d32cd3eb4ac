import { createTRPCClient, httpLink, type TRPCLink } from '@trpc/client';
import type { AnyTRPCRouter } from '@trpc/server';

export interface ServiceClientSettings {
  /** The service's base URL, e.g. http://127.0.0.1:4101 — `/trpc` is appended. */
  url: string;
  /** A bearer token, or a function returning a fresh one (system tokens expire). */
  token: string | (() => string | Promise<string>);
  requestId?: () => string | undefined;
}

/** A typed client of another service: import that service's router *type* only. */
export function createServiceClient<TRouter extends AnyTRPCRouter>({ url, token, requestId }: ServiceClientSettings) {
  // No transformer: the wire is plain JSON (money is integer fen, dates are strings).
  const link = httpLink<AnyTRPCRouter>({
    url: `${url.replace(/\/$/, '')}/trpc`,
    async headers() {
      const bearer = typeof token === 'function' ? await token() : token;
      const id = requestId?.();
      return { authorization: `Bearer ${bearer}`, ...(id ? { 'x-request-id': id } : {}) };
    },
  }) as unknown as TRPCLink<TRouter>;
  return createTRPCClient<TRouter>({ links: [link] });
}
