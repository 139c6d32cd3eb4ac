import { sql, type Kysely } from '@sanbao/db';

/** What a line was for, for finance's cost views: the product model and the main part replaced (both optional). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table settlement_lines add column model_code text, add column part_code text`.execute(db);
  await sql`create index settlement_lines_business_date on settlement_lines (business_date)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index settlement_lines_business_date`.execute(db);
  await sql`alter table settlement_lines drop column model_code, drop column part_code`.execute(db);
}
