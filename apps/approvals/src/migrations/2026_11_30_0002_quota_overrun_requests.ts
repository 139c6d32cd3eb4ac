import { sql, type Kysely } from '@sanbao/db';

// Settlement lines held beyond a provider's monthly budget (额度管控) wait in the inbox too: a request
// type and a policy kind of their own. Each list is written out: a migration never reads today's code.
const before = ['parts_request', 'claim', 'old_part_return', 'exception'];
const after = [...before, 'quota_overrun'];

async function allow(db: Kysely<unknown>, kinds: readonly string[]) {
  const list = sql.join(kinds.map((k) => sql.lit(k)));
  await sql`alter table inbox_tasks drop constraint inbox_tasks_request_type_check`.execute(db);
  await sql`alter table inbox_tasks add constraint inbox_tasks_request_type_check check (request_type in (${list}))`.execute(
    db,
  );
  await sql`alter table approval_policies drop constraint approval_policies_kind_check`.execute(db);
  await sql`alter table approval_policies add constraint approval_policies_kind_check check (kind in (${list}))`.execute(
    db,
  );
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await allow(db, after);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await allow(db, before);
}
