import type { Kysely, Selectable } from '@sanbao/db';
import type { IdentityDatabase, Locale, UserRole, UserTable } from './schema.ts';

export type UserRow = Selectable<UserTable>;

/** What the web UI knows about the person signed in (never the hash). */
export interface SessionUser {
  username: string;
  displayName: string;
  role: UserRole;
  providerId?: string;
  warehouseId?: string;
  /** A manager's step in the escalation chain: 1, 2, or 3 for the head of service. */
  approvalLevel?: number;
  locale: Locale;
}

export const sessionUserOf = (row: UserRow): SessionUser => ({
  username: row.username,
  displayName: row.displayName,
  role: row.role,
  ...(row.providerId ? { providerId: row.providerId } : {}),
  ...(row.warehouseId ? { warehouseId: row.warehouseId } : {}),
  ...(row.approvalLevel ? { approvalLevel: row.approvalLevel } : {}),
  locale: row.locale,
});

/** Usernames are compared lower-cased and trimmed: `Provider1 ` is `provider1`. */
export const normalizeUsername = (username: string) => username.trim().toLowerCase();

export const findActiveUser = (db: Kysely<IdentityDatabase>, username: string) =>
  db
    .selectFrom('users')
    .selectAll()
    .where('username', '=', normalizeUsername(username))
    .where('disabledAt', 'is', null)
    .executeTakeFirst();

export async function setPasswordHash(db: Kysely<IdentityDatabase>, username: string, passwordHash: string) {
  await db.updateTable('users').set({ passwordHash, updatedAt: new Date() }).where('username', '=', username).execute();
}

export async function setLocale(db: Kysely<IdentityDatabase>, username: string, locale: Locale) {
  return db
    .updateTable('users')
    .set({ locale, updatedAt: new Date() })
    .where('username', '=', username)
    .where('disabledAt', 'is', null)
    .returningAll()
    .executeTakeFirst();
}

export interface NewUser {
  username: string;
  displayName: string;
  role: UserRole;
  providerId?: string | undefined;
  warehouseId?: string | undefined;
  approvalLevel?: number | undefined;
  locale?: Locale | undefined;
  passwordHash: string;
}

/** Creates the user, or replaces its profile and password when the username exists (seeding runs again). */
export async function upsertUser(db: Kysely<IdentityDatabase>, user: NewUser) {
  const row = {
    username: normalizeUsername(user.username),
    displayName: user.displayName,
    role: user.role,
    providerId: user.providerId ?? null,
    warehouseId: user.warehouseId ?? null,
    approvalLevel: user.approvalLevel ?? null,
    locale: user.locale ?? 'zh-CN',
    passwordHash: user.passwordHash,
    disabledAt: null,
  };
  const { username: _username, ...changes } = row;
  await db
    .insertInto('users')
    .values(row)
    .onConflict((oc) => oc.column('username').doUpdateSet({ ...changes, updatedAt: new Date() }))
    .execute();
}
