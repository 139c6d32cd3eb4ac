import { signToken, type AuthUser, type TokenSettings } from '@sanbao/trpc/auth';

export const testTokenSettings = {
  issuer: 'sanbao',
  audience: 'sanbao',
  secret: 'test-secret-0123456789abcdef',
} satisfies TokenSettings;

/** Signed bearer tokens for the standard test users of each role. */
export const testTokens = {
  settings: testTokenSettings,
  sign: (user: AuthUser) => signToken(user, { ...testTokenSettings, ttlSeconds: 3600 }),
  provider: (providerId = 'SP-001') =>
    signToken({ sub: `user-${providerId}`, role: 'provider', providerId }, { ...testTokenSettings, ttlSeconds: 3600 }),
  warehouse: (warehouseId = 'WH-CENTRAL') =>
    signToken(
      { sub: `user-${warehouseId}`, role: 'warehouse', warehouseId },
      { ...testTokenSettings, ttlSeconds: 3600 },
    ),
  role: (role: 'finance' | 'manager' | 'admin' | 'system') =>
    signToken({ sub: `user-${role}`, role }, { ...testTokenSettings, ttlSeconds: 3600 }),
};
