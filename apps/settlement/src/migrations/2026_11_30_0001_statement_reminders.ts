import { sql, type Kysely } from '@sanbao/db';

/** The settlement cycle's reminders to a provider that has not answered its statement, as the provider sees them. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table statements
      add column reminded_at timestamptz,
      add column reminder_count integer not null default 0 check (reminder_count >= 0)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table statements drop column reminded_at, drop column reminder_count`.execute(db);
}
