import type { AuthUser } from '@sanbao/trpc/auth';

/** The provider whose records a caller may see: its own for a provider, every provider for staff. */
export function providerScope(user: AuthUser): string | undefined {
  return user.role === 'provider' ? user.providerId : undefined;
}

/** Who did it, for audit trails and `recorded_by` columns. */
export const actorOf = (user: AuthUser) => user.sub;
