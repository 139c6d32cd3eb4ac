import { authUserSchema, signToken, type SignSettings } from '@sanbao/trpc/auth';
import type { Context } from 'hono';
import { z } from 'zod';

const devLoginInput = authUserSchema.omit({ sub: true }).extend({ sub: z.string().min(1).optional() });

/** POST /auth/dev-login { role, providerId?, warehouseId? } → { token } — development only. */
export function devLogin(sign: Omit<SignSettings, 'ttlSeconds'> & { ttlSeconds: number }) {
  return async (c: Context) => {
    const parsed = devLoginInput.safeParse(await c.req.json().catch(() => null));
    if (!parsed.success) {
      return c.json(
        {
          error: 'BAD_REQUEST',
          fieldErrors: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
        },
        400,
      );
    }
    const { sub, ...rest } = parsed.data;
    if (rest.role === 'system')
      return c.json({ error: 'FORBIDDEN', message: 'system tokens are not handed out at login' }, 403);
    if (rest.role === 'provider' && !rest.providerId)
      return c.json(
        { error: 'BAD_REQUEST', fieldErrors: [{ path: 'providerId', message: 'a provider logs in for a providerId' }] },
        400,
      );
    if (rest.role === 'warehouse' && !rest.warehouseId)
      return c.json(
        {
          error: 'BAD_REQUEST',
          fieldErrors: [{ path: 'warehouseId', message: 'warehouse staff log in for a warehouseId' }],
        },
        400,
      );
    const user = { sub: sub ?? `dev-${rest.role}-${rest.providerId ?? rest.warehouseId ?? 'hq'}`, ...rest };
    return c.json({ token: await signToken(user, sign), user, expiresInSeconds: sign.ttlSeconds });
  };
}
