import type { AuthUser } from '@sanbao/trpc/auth';

/** The provider whose records a caller may see: its own for a provider, every provider for staff. */
export function providerScope(user: AuthUser): string | undefined {
  return user.role === 'provider' ? user.providerId : undefined;
}
