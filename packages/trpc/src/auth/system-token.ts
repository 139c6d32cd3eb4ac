import { signToken, type SignSettings } from './tokens.ts';

/** A `system` bearer token for service-to-service calls, re-signed before it expires. */
export function systemTokenSource(settings: SignSettings, caller: string): () => Promise<string> {
  let cached: { token: string; renewAt: number } | undefined;
  return async () => {
    const now = Date.now();
    if (!cached || now >= cached.renewAt) {
      const token = await signToken({ sub: `system:${caller}`, role: 'system' }, settings);
      cached = { token, renewAt: now + (settings.ttlSeconds * 1000) / 2 };
    }
    return cached.token;
  };
}
