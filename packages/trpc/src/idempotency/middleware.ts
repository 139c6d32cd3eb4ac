import { createHash } from 'node:crypto';
import { TRPCError } from '@trpc/server';
import { middlewareMarker } from '@trpc/server/unstable-core-do-not-import';
import { z } from 'zod';
import type { AuthUser } from '../auth/user.ts';
import type { RequestContext } from '../context.ts';
import { middleware } from '../procedures.ts';
import type { IdempotencyStore } from './store.ts';

export const idempotencyKeySchema = z
  .string({ message: 'idempotencyKey is required on every change' })
  .min(8, 'idempotencyKey needs at least 8 characters')
  .max(200);

/** Canonical JSON (sorted keys) so the same request always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * Every mutation carries `idempotencyKey` in its input. The first call runs and its response is kept;
 * a replay with the same key and payload gets that response without running again; the same key with
 * another payload is a CONFLICT, and so is a replay while the first call is still running.
 * Responses are JSON values, so a replay returns exactly what the first caller received over the wire.
 */
export function idempotent(store: IdempotencyStore) {
  return middleware(async ({ ctx, path, getRawInput, next }) => {
    const raw = (await getRawInput()) as Record<string, unknown> | undefined;
    const parsedKey = idempotencyKeySchema.safeParse(raw?.idempotencyKey);
    if (!parsedKey.success) {
      throw new TRPCError({ code: 'BAD_REQUEST', message: parsedKey.error.issues[0]?.message, cause: new z.ZodError(parsedKey.error.issues.map((i) => ({ ...i, path: ['idempotencyKey'] }))) });
    }
    const key = parsedKey.data;
    const { idempotencyKey: _key, ...payload } = raw ?? {};
    const user = (ctx as RequestContext).user as AuthUser | null;
    const scope = `${user?.sub ?? 'anonymous'}:${path}`;
    const requestHash = createHash('sha256').update(canonical(payload)).digest('hex');

    const claim = await store.claim(scope, key, requestHash);
    if (claim.kind === 'mismatch') {
      throw new TRPCError({ code: 'CONFLICT', message: 'idempotencyKey was already used for a different request' });
    }
    if (claim.kind === 'in-progress') {
      throw new TRPCError({ code: 'CONFLICT', message: 'a request with this idempotencyKey is still in progress' });
    }
    if (claim.kind === 'replay') {
      ctx.log.info({ path, idempotencyKey: key }, 'idempotent replay');
      return { marker: middlewareMarker, ok: true as const, data: claim.response, ctx };
    }
    const result = await next();
    if (result.ok) {
      await store.complete(scope, key, result.data);
    } else {
      await store.release(scope, key);
    }
    return result;
  });
}
