import type { ColumnType, Generated } from '@sanbao/db';

export const identitySchemaName = 'identity';

export const userRoles = ['provider', 'warehouse', 'finance', 'manager', 'admin'] as const;
export type UserRole = (typeof userRoles)[number];
export const locales = ['zh-CN', 'en-US'] as const;
export type Locale = (typeof locales)[number];

export interface UserTable {
  username: string;
  displayName: string;
  role: UserRole;
  providerId: string | null;
  warehouseId: string | null;
  approvalLevel: number | null;
  locale: ColumnType<Locale, Locale | undefined, Locale>;
  passwordHash: string;
  disabledAt: Date | null;
  createdAt: Generated<Date>;
  updatedAt: Generated<Date>;
}

export interface RefreshTokenTable {
  id: Generated<string>;
  familyId: string;
  username: string;
  tokenHash: Buffer;
  issuedAt: Generated<Date>;
  expiresAt: Date;
  revokedAt: Date | null;
  revokedReason: 'rotated' | 'logout' | 'reuse' | null;
}

export interface LoginThrottleTable {
  username: string;
  failures: number;
  windowStartedAt: Date;
  lockedUntil: Date | null;
}

/** Tables of the `identity` schema, as Kysely sees them (camelCase). */
export interface IdentityDatabase {
  users: UserTable;
  refreshTokens: RefreshTokenTable;
  loginThrottle: LoginThrottleTable;
}
