import { sql, type Kysely } from '@sanbao/db';

export async function up(db: Kysely<unknown>): Promise<void> {
  // The people who sign in to the web UI. `system` is never a person: services mint those tokens themselves.
  await db.schema
    .createTable('users')
    .addColumn('username', 'text', (c) => c.primaryKey().check(sql`username ~ '^[a-z0-9][a-z0-9._-]{1,63}$'`))
    .addColumn('display_name', 'text', (c) => c.notNull().check(sql`length(display_name) between 1 and 200`))
    .addColumn('role', 'text', (c) =>
      c.notNull().check(sql`role in ('provider', 'warehouse', 'finance', 'manager', 'admin')`),
    )
    .addColumn('provider_id', 'text')
    .addColumn('warehouse_id', 'text')
    // A manager's step in the escalation chain: 1, 2, or 3 for the head of service.
    .addColumn('approval_level', 'smallint')
    .addColumn('locale', 'text', (c) =>
      c
        .notNull()
        .defaultTo('zh-CN')
        .check(sql`locale in ('zh-CN', 'en-US')`),
    )
    // scrypt$N=…,r=…,p=…$<salt>$<key>: the parameters and the salt live beside the derived key.
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('disabled_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('users_provider_has_provider_id', sql`(role = 'provider') = (provider_id is not null)`)
    .addCheckConstraint('users_warehouse_has_warehouse_id', sql`(role = 'warehouse') = (warehouse_id is not null)`)
    .addCheckConstraint(
      'users_approval_level_of_managers',
      sql`approval_level is null or (role = 'manager' and approval_level between 1 and 3)`,
    )
    .execute();

  // Refresh tokens: only a SHA-256 of the opaque token is kept. Each use replaces the token by a new one
  // of the same family; presenting a replaced token again revokes the whole family.
  await db.schema
    .createTable('refresh_tokens')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('family_id', 'uuid', (c) => c.notNull())
    .addColumn('username', 'text', (c) => c.notNull().references('users.username').onDelete('cascade'))
    .addColumn('token_hash', 'bytea', (c) => c.notNull().unique())
    .addColumn('issued_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('revoked_at', 'timestamptz')
    .addColumn('revoked_reason', 'text', (c) => c.check(sql`revoked_reason in ('rotated', 'logout', 'reuse')`))
    .execute();
  await db.schema.createIndex('refresh_tokens_family').on('refresh_tokens').column('family_id').execute();
  await db.schema.createIndex('refresh_tokens_username').on('refresh_tokens').column('username').execute();

  // Failed logins per username (known or not, so the answer never tells which), shared by every gateway process.
  await db.schema
    .createTable('login_throttle')
    .addColumn('username', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull().check(sql`failures >= 0`))
    .addColumn('window_started_at', 'timestamptz', (c) => c.notNull())
    .addColumn('locked_until', 'timestamptz')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('login_throttle').execute();
  await db.schema.dropTable('refresh_tokens').execute();
  await db.schema.dropTable('users').execute();
}
