import { sql, type Kysely } from '@sanbao/db';

const withPeriod = `'parts_request', 'claim', 'old_part_return', 'exception', 'settlement_period'`;
const withoutPeriod = `'parts_request', 'claim', 'old_part_return', 'exception'`;

/** Replaces the column checks of the request kinds, so an inbox row and a policy may be of these kinds. */
async function allowKinds(db: Kysely<unknown>, kinds: string): Promise<void> {
  await sql`alter table inbox_tasks drop constraint inbox_tasks_request_type_check,
    add constraint inbox_tasks_request_type_check check (request_type in (${sql.raw(kinds)}))`.execute(db);
  await sql`alter table approval_policies drop constraint approval_policies_kind_check,
    add constraint approval_policies_kind_check check (kind in (${sql.raw(kinds)}))`.execute(db);
}

/** Finance's approval of a month's settlement statements is an inbox task with a policy of its own. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await allowKinds(db, withPeriod);
}

/** Refused while a settlement_period row exists (policies are append-only): nothing is thrown away. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await allowKinds(db, withoutPeriod);
}
