import type { AuthUser } from './user.ts';

/**
 * Verified tokens, remembered until they expire (at most `maxAgeMs`), so a client sending the same
 * bearer token on every request pays for the signature check once. Keyed by the exact token text: a
 * token that differs in any byte is verified afresh. Bounded; the oldest entry goes first.
 */
export function createVerifiedTokenCache(maxEntries = 10_000, maxAgeMs = 60_000) {
  const entries = new Map<string, { user: AuthUser; until: number }>();
  return {
    get(token: string, now = Date.now()): AuthUser | undefined {
      const hit = entries.get(token);
      if (!hit) return undefined;
      if (hit.until <= now) {
        entries.delete(token);
        return undefined;
      }
      return hit.user;
    },
    set(token: string, user: AuthUser, expiresAtMs: number | undefined, now = Date.now()) {
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
      entries.set(token, { user, until: Math.min(expiresAtMs ?? now + maxAgeMs, now + maxAgeMs) });
    },
  };
}
