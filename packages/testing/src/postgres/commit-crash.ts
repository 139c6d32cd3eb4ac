import { sql, type Kysely } from '@sanbao/db';

export interface CommitCrash {
  /** The next commit of a call with this idempotency key dies: its connection is terminated at COMMIT. */
  arm(idempotencyKey: string): Promise<void>;
  /** Lets calls with this key commit again (the client's retry). */
  disarm(idempotencyKey: string): Promise<void>;
}

/**
 * Kills the database connection of a mutation between its last write and its commit, as a crashed
 * process or a dropped network would. A deferred constraint trigger on the service's idempotency keys
 * runs at COMMIT, after every write of the call, and terminates its own backend when the key is armed;
 * the transaction never commits. For test databases only: the plan lives in the `public` schema, outside
 * the service's tables.
 */
export async function installCommitCrash(db: Kysely<unknown>): Promise<CommitCrash> {
  await sql`create table if not exists public.commit_crashes (key text primary key)`.execute(db);
  await sql`
    create or replace function public.crash_at_commit() returns trigger language plpgsql as $$
    begin
      if exists (select 1 from public.commit_crashes where key = new.key) then
        perform pg_terminate_backend(pg_backend_pid());
        perform pg_sleep(10); -- the termination lands here, before the commit is recorded
      end if;
      return null;
    end $$`.execute(db);
  await sql`drop trigger if exists crash_at_commit on idempotency_keys`.execute(db);
  await sql`
    create constraint trigger crash_at_commit after insert or update on idempotency_keys
    deferrable initially deferred for each row execute function public.crash_at_commit()`.execute(db);
  return {
    async arm(key) {
      await sql`insert into public.commit_crashes (key) values (${key}) on conflict do nothing`.execute(db);
    },
    async disarm(key) {
      await sql`delete from public.commit_crashes where key = ${key}`.execute(db);
    },
  };
}

/**
 * A fingerprint per table of the current schema (bar the idempotency keys and migration bookkeeping):
 * equal fingerprints before and after a call mean it wrote nothing.
 */
export async function fingerprintTables(db: Kysely<unknown>): Promise<Record<string, string>> {
  const { rows: tables } = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE'
      and table_name not in ('idempotency_keys', 'kysely_migration', 'kysely_migration_lock')
    order by table_name
  `.execute(db);
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const { rows } = await sql<{ fingerprint: string }>`
      select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') as fingerprint from ${sql.table(name)} t
    `.execute(db);
    out[name] = rows[0]!.fingerprint;
  }
  return out;
}
