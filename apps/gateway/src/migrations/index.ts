import type { Migrations } from '@sanbao/db';
import * as usersSessionsLockout from './2026_11_29_0001_users_sessions_lockout.ts';

/** The `identity` schema, forward-only, in order. Add new migrations at the end with a later timestamp. */
export const identityMigrations: Migrations = {
  '2026_11_29_0001_users_sessions_lockout': usersSessionsLockout,
};
