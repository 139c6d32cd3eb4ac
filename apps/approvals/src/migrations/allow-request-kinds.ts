import { sql, type Kysely } from '@sanbao/db';

/**
 * Replaces the column checks of the request kinds, so an inbox row and a policy may be of these kinds.
 * Each migration passes its own list written out: a migration never reads today's code.
 */
export async function allowRequestKinds(db: Kysely<unknown>, kinds: readonly string[]): Promise<void> {
  const list = sql.join(kinds.map((k) => sql.lit(k)));
  await sql`alter table inbox_tasks drop constraint inbox_tasks_request_type_check,
    add constraint inbox_tasks_request_type_check check (request_type in (${list}))`.execute(db);
  await sql`alter table approval_policies drop constraint approval_policies_kind_check,
    add constraint approval_policies_kind_check check (kind in (${list}))`.execute(db);
}
